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

/**
 * Why the frame answered a host message with `error`:
 *  - unsupported-version: tagged as ours but of another protocol version; ignored;
 *  - unknown-type: `type` is not one the frame accepts; ignored;
 *  - invalid-message: a known type of the wrong shape (a theme that is not one, a
 *    parameter value that is an object…); ignored, nothing of it applied;
 *  - params-adjusted: a setParams was applied, but some of its values were clamped
 *    or replaced and some names were unknown; `notices` says which and how.
 */
export type EmbedErrorCode = 'unsupported-version' | 'unknown-type' | 'invalid-message' | 'params-adjusted';

/** One parameter the frame adjusted or refused, in the words a link's notice uses (simulations/core/coerce.ts). */
export type EmbedNotice = { param: string; message: string };

/**
 * Frame → host. `height` is the CSS pixel height of the frame's content.
 * `error` answers the host's own message (`message`: the type it sent, or null
 * when that was not a string); the reader is not shown it, since the host's
 * code made the mistake, not the link the reader followed.
 */
export type FrameMessage =
  | { type: 'ready'; sim: string; params: EmbedParams; running: boolean; theme: EmbedTheme }
  | { type: 'resize'; sim: string; height: number }
  | { type: 'state'; sim: string; params: EmbedParams; running: boolean; theme: EmbedTheme }
  | { type: 'error'; sim: string; code: EmbedErrorCode; message: string | null; detail: string; notices: EmbedNotice[] };

const NAMED_IN_DETAIL = 5;

/** The `error` for a setParams that was applied with some of its parameters adjusted or ignored. */
export function paramsAdjusted(sim: string, notices: readonly EmbedNotice[]): FrameMessage {
  // The detail stays a short sentence however many keys the host sent; `notices` lists them all.
  const shown = notices.slice(0, NAMED_IN_DETAIL).map((n) => n.param);
  const names = notices.length > NAMED_IN_DETAIL ? [...shown, `${notices.length - NAMED_IN_DETAIL} more`] : shown;
  const count = `${notices.length} parameter${notices.length === 1 ? '' : 's'}`;
  return {
    type: 'error',
    sim,
    code: 'params-adjusted',
    message: 'setParams',
    detail: `setParams applied, but ${count} adjusted or ignored (${names.join(', ')}): see notices.`,
    notices: notices.map(({ param, message }) => ({ param, message })),
  };
}

/** Whether a message claims to be ours (it may still be malformed). */
export function isTagged(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { protocol?: unknown }).protocol === EMBED_PROTOCOL;
}

/** A frame message in its envelope, ready for postMessage. */
export function frameMessage(message: FrameMessage): FrameMessage & { protocol: typeof EMBED_PROTOCOL; version: typeof EMBED_PROTOCOL_VERSION } {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, ...message };
}
