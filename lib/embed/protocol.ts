/**
 * The embed message protocol (version 1), shared by the frame (/embed/[sim]),
 * public/embed.js and the documentation page. Every message carries
 * `protocol: 'netsim-embed'` and `version`, so a frame can tell our messages
 * from the many others a host page posts (analytics, extensions, other
 * embeds) and ignore those silently.
 *
 * Frame → host: ready, resize, state, error. Host → frame: setParams, play,
 * pause, reset, setTheme. What the host sends is validated with zod/mini (small,
 * and jitless: the site's CSP forbids eval, which zod would otherwise probe).
 * A tagged message that is refused is answered with `error` (refusalMessage).
 */
import { z } from 'zod/mini';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, isTagged, type EmbedErrorCode, type EmbedNotice, type FrameMessage } from './envelope';

export {
  EMBED_PROTOCOL,
  EMBED_PROTOCOL_VERSION,
  frameMessage,
  isTagged,
  paramsAdjusted,
  type EmbedErrorCode,
  type EmbedNotice,
  type EmbedParams,
  type EmbedTheme,
  type FrameMessage,
} from './envelope';

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

/** The types a host may send; anything else is answered `unknown-type`. */
export const HOST_MESSAGE_TYPES = ['setParams', 'play', 'pause', 'reset', 'setTheme'] as const;

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

/**
 * Tagged as ours but refused. `type` is the message type the host sent (cut to
 * MAX_TEXT characters), or null when it was not a string; `param` names the
 * parameter whose value sank a setParams.
 */
export type Refusal = { ok: false; ours: true; code: Exclude<EmbedErrorCode, 'params-adjusted'>; type: string | null; problem: string; param?: string };

export type ParsedHostMessage =
  | { ok: true; message: HostMessage }
  /** Not addressed to us (no protocol tag): ignore without a word. */
  | { ok: false; ours: false }
  /** Tagged as ours but malformed: ignore, and tell the host why (refusalMessage). */
  | Refusal;

const cut = (text: string, max: number) => Array.from(text).slice(0, max).join('');
/** A host's text quoted in a problem: short, so a problem stays one line whatever was sent. */
const quote = (text: string) => JSON.stringify(cut(text, 24));

/** Each own entry of the host's bag, copied into a bag without a prototype; the first bad one is the problem. */
function readParams(raw: Record<string, unknown>): { params: Record<string, RawParamValue> } | { problem: string; param: string } {
  const params = Object.create(null) as Record<string, RawParamValue>;
  for (const [key, value] of Object.entries(raw)) {
    const param = cut(key, MAX_TEXT);
    const where = `at params.${param}`;
    if (key.length > MAX_TEXT) return { problem: `parameter name longer than ${MAX_TEXT} characters ${where}…`, param };
    const parsed = paramValue.safeParse(value);
    // The union's own message ("Invalid input") says nothing a host's developer could act on.
    if (!parsed.success) return { problem: `expected a number, a boolean or a string of at most ${MAX_TEXT} characters ${where}`, param };
    params[key] = parsed.data;
  }
  return { params };
}

const isHostType = (type: unknown): type is HostMessage['type'] => typeof type === 'string' && (HOST_MESSAGE_TYPES as readonly string[]).includes(type);

export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isTagged(data)) return { ok: false, ours: false };
  const { version, type } = data as { version?: unknown; type?: unknown };
  const sent = typeof type === 'string' ? cut(type, MAX_TEXT) : null;
  const refuse = (code: Refusal['code'], problem: string, param?: string): Refusal => ({
    ok: false,
    ours: true,
    code,
    type: sent,
    problem,
    ...(param === undefined ? {} : { param }),
  });
  if (version !== EMBED_PROTOCOL_VERSION) {
    const shown =
      typeof version === 'string'
        ? quote(version)
        : typeof version === 'number' || version === undefined || version === null
          ? String(version)
          : typeof version;
    return refuse('unsupported-version', `unsupported protocol version ${shown} (this frame speaks ${EMBED_PROTOCOL_VERSION})`);
  }
  if (!isHostType(type)) {
    const what =
      typeof type === 'string'
        ? `unknown message type ${quote(type)}`
        : type === undefined
          ? 'no message type'
          : `message type is a ${typeof type}, not a string`;
    return refuse('unknown-type', `${what}; the frame accepts ${HOST_MESSAGE_TYPES.join(', ')}`);
  }
  const parsed = hostMessage.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return refuse('invalid-message', `${issue?.message ?? 'invalid message'}${where}`);
  }
  if (parsed.data.type !== 'setParams') return { ok: true, message: parsed.data };
  const read = readParams(parsed.data.params);
  if ('problem' in read) return refuse('invalid-message', read.problem, read.param);
  return { ok: true, message: { ...parsed.data, params: read.params } };
}

/** The `error` a refused message is answered with: nothing of it was applied. */
export function refusalMessage(sim: string, refusal: Refusal): FrameMessage {
  const notices: EmbedNotice[] = refusal.param === undefined ? [] : [{ param: refusal.param, message: refusal.problem }];
  return { type: 'error', sim, code: refusal.code, message: refusal.type, detail: `Ignored: ${refusal.problem}.`, notices };
}
