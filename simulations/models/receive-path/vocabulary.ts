/**
 * Names the receive-path model and its views share. Kept apart from model.ts
 * so a view can import them without pulling in the model, which is loaded
 * only when the reader reaches the figure.
 */

/** What a core is doing; also the keys of its CPU-time breakdown. */
export const CORE_ACTIVITIES = ['idle', 'hardirq', 'softirq', 'ksoftirqd', 'app', 'busy_poll'] as const;
export type CoreActivity = (typeof CORE_ACTIVITIES)[number];

/** Stages of a packet, for drawing and for conservation checks (the model's stage numbers index this). */
export const STAGES = ['ring', 'driver', 'backlog', 'protocol', 'socket', 'recv'] as const;
export type Stage = (typeof STAGES)[number];
