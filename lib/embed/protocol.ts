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

const MAX_TEXT = 64;
/**
 * Raw values as a URL would carry them: checked and clamped against the catalog afterwards (simulations/core/coerce.ts).
 * Any number, NaN and ±Infinity included: a URL's "NaN" gets a notice for that parameter and the rest applies,
 * so a NaN sent by postMessage must not sink the whole message.
 */
const paramValue = z.union([z.custom<number>((v) => typeof v === 'number', 'expected a number'), z.boolean(), z.string().check(z.maxLength(MAX_TEXT))]);
export type RawParamValue = z.infer<typeof paramValue>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const hostMessage = z.discriminatedUnion('type', [
  // The bag's entries are checked one by one below (readParams), not by z.record, which drops an own "__proto__" key.
  z.object({
    ...envelope,
    type: z.literal('setParams'),
    params: z.custom<Record<string, unknown>>(isPlainObject, 'params must be an object of parameter values'),
  }),
  z.object({ ...envelope, type: z.literal('play') }),
  z.object({ ...envelope, type: z.literal('pause') }),
  z.object({ ...envelope, type: z.literal('reset') }),
  z.object({ ...envelope, type: z.literal('setTheme'), theme: z.enum(['light', 'dark', 'auto']) }),
]);

type Validated = z.infer<typeof hostMessage>;
/** Host → frame, after validation. `params` has no prototype: every own key the host sent, `__proto__` too, is there to be applied or reported. */
export type HostMessage =
  Exclude<Validated, { type: 'setParams' }> | (Omit<Extract<Validated, { type: 'setParams' }>, 'params'> & { params: Record<string, RawParamValue> });

export type ParsedHostMessage =
  | { ok: true; message: HostMessage }
  /** Not addressed to us (no protocol tag): ignore without a word. */
  | { ok: false; ours: false }
  /** Tagged as ours but malformed: ignore, and say why to the host's developer. */
  | { ok: false; ours: true; problem: string };

/** Each own entry of the host's bag, copied into a bag without a prototype; the first bad one is the problem. */
function readParams(raw: Record<string, unknown>): { params: Record<string, RawParamValue> } | { problem: string } {
  const params = Object.create(null) as Record<string, RawParamValue>;
  for (const [key, value] of Object.entries(raw)) {
    const where = `at params.${Array.from(key).slice(0, MAX_TEXT).join('')}`;
    if (key.length > MAX_TEXT) return { problem: `parameter name longer than ${MAX_TEXT} characters ${where}…` };
    const parsed = paramValue.safeParse(value);
    if (!parsed.success) return { problem: `${parsed.error.issues[0]?.message ?? 'invalid value'} ${where}` };
    params[key] = parsed.data;
  }
  return { params };
}

export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isTagged(data)) return { ok: false, ours: false };
  const version = (data as { version?: unknown }).version;
  if (version !== EMBED_PROTOCOL_VERSION) {
    return { ok: false, ours: true, problem: `unsupported protocol version ${JSON.stringify(version)} (this frame speaks ${EMBED_PROTOCOL_VERSION})` };
  }
  const parsed = hostMessage.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, ours: true, problem: `${issue?.message ?? 'invalid message'}${where}` };
  }
  if (parsed.data.type !== 'setParams') return { ok: true, message: parsed.data };
  const read = readParams(parsed.data.params);
  if ('problem' in read) return { ok: false, ours: true, problem: read.problem };
  return { ok: true, message: { ...parsed.data, params: read.params } };
}
