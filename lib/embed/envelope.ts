/**
 * The embed protocol's envelope, without zod: what the frame needs on every
 * page load (posting, and telling our messages from everyone else's). The
 * validation of incoming messages (./protocol.ts, zod/mini) is fetched only
 * when a message tagged as ours arrives, keeping it out of the frame's first load.
 */
export const EMBED_PROTOCOL = 'netsim-embed';
export const EMBED_PROTOCOL_VERSION = 1;

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type EmbedParams = Record<string, number | boolean>;

/** Frame → host. `height` is the CSS pixel height of the frame's content. */
export type FrameMessage =
  | { type: 'ready'; sim: string; params: EmbedParams; running: boolean; theme: EmbedTheme }
  | { type: 'resize'; sim: string; height: number }
  | { type: 'state'; sim: string; params: EmbedParams; running: boolean; theme: EmbedTheme };

/** Whether a message claims to be ours (it may still be malformed). */
export function isTagged(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { protocol?: unknown }).protocol === EMBED_PROTOCOL;
}

/** A frame message in its envelope, ready for postMessage. */
export function frameMessage(message: FrameMessage): FrameMessage & { protocol: typeof EMBED_PROTOCOL; version: typeof EMBED_PROTOCOL_VERSION } {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, ...message };
}
