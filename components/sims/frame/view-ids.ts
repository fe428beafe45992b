/**
 * Simulations that have a view. Kept apart from simulation-bindings.ts (a client
 * module with dynamic imports) so the build-time content check can tell an author that a
 * catalog entry cannot be embedded yet.
 */
export const viewIds = ['line-rate', 'rx-ring', 'irq-vs-napi', 'receive-path', 'cpu-placement', 'stack', 'frame-size-sweep', 'latency-budget', 'architectures', 'zero-copy', 'kernel-vs-bypass', 'choose-stack'] as const;
export type ViewId = (typeof viewIds)[number];

export function hasView(id: string): boolean {
  return (viewIds as readonly string[]).includes(id);
}
