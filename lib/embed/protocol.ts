/**
 * The embed message protocol (version 1), shared by the frame (/embed/[sim]),
 * public/embed.js and the documentation page. Every message carries
 * `protocol: 'netsim-embed'` and `version`, so a frame can tell our messages
 * from the many others a host page posts (analytics, extensions, other
 * embeds) and ignore those silently.
 *
 * Frame → host: ready, resize, state. Host → frame: setParams, play, pause,
 * reset, setTheme. What the host sends is validated with zod/mini (small,
 * and jitless: the site's CSP forbids eval, which zod would otherwise probe).
 */
import { z } from 'zod/mini';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, isTagged } from './envelope';

export { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, frameMessage, isTagged, type EmbedParams, type EmbedTheme, type FrameMessage } from './envelope';

z.config({ jitless: true });

const envelope = { protocol: z.literal(EMBED_PROTOCOL), version: z.literal(EMBED_PROTOCOL_VERSION) };

/** Raw values as a URL would carry them: checked and clamped against the catalog afterwards (simulations/coerce.ts). */
const paramValue = z.union([z.number(), z.boolean(), z.string().check(z.maxLength(64))]);

const hostMessage = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('setParams'), params: z.record(z.string().check(z.maxLength(64)), paramValue) }),
  z.object({ ...envelope, type: z.literal('play') }),
  z.object({ ...envelope, type: z.literal('pause') }),
  z.object({ ...envelope, type: z.literal('reset') }),
  z.object({ ...envelope, type: z.literal('setTheme'), theme: z.enum(['light', 'dark', 'auto']) }),
]);

/** Host → frame, after validation. */
export type HostMessage = z.infer<typeof hostMessage>;

export type ParsedHostMessage =
  | { ok: true; message: HostMessage }
  /** Not addressed to us (no protocol tag): ignore without a word. */
  | { ok: false; ours: false }
  /** Tagged as ours but malformed: ignore, and say why to the host's developer. */
  | { ok: false; ours: true; problem: string };

export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isTagged(data)) return { ok: false, ours: false };
  const version = (data as { version?: unknown }).version;
  if (version !== EMBED_PROTOCOL_VERSION) {
    return { ok: false, ours: true, problem: `unsupported protocol version ${JSON.stringify(version)} (this frame speaks ${EMBED_PROTOCOL_VERSION})` };
  }
  const parsed = hostMessage.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { ok: false, ours: true, problem: `${issue?.message ?? 'invalid message'}${where}` };
}
