/** The /embed page's description of the postMessage protocol (lib/embed/protocol.ts is the source of truth). */
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION } from '@/lib/embed/envelope';

const tag = `protocol: '${EMBED_PROTOCOL}', version: ${EMBED_PROTOCOL_VERSION}`;

const fromFrame = [
  ['ready', `{ ${tag}, type: 'ready', sim, params, running, theme }`, 'The figure has loaded and read its URL; messages sent before this wait for it.'],
  ['resize', `{ ${tag}, type: 'resize', sim, height }`, 'The content’s height in CSS pixels changed; set the iframe to it (embed.js does).'],
  ['state', `{ ${tag}, type: 'state', sim, params, running, theme }`, 'Parameters, play state or theme changed, by the reader or by your message.'],
  [
    'error',
    `{ ${tag}, type: 'error', sim, code, message, detail, notices: [{ param, message }] }`,
    'Your message was refused or only partly applied. code: unsupported-version, unknown-type or invalid-message (ignored, nothing applied), or params-adjusted (a setParams applied with values clamped or names unknown; notices names each). message is the type you sent (null if it was not a string); detail says why in words. Shown to you only: the reader sees no notice for it.',
  ],
] as const;

const toFrame = [
  [
    'setParams',
    `{ ${tag}, type: 'setParams', params: { frameBytes: 1518 } }`,
    'Parameter names without the “<sim>.” prefix; values as numbers, booleans or the words a link may use. Out-of-range values are clamped and unknown names refused exactly as in a link, the rest applies, and an error (params-adjusted) tells you which: the reader is shown no notice for your message.',
  ],
  ['play / pause', `{ ${tag}, type: 'play' }`, 'Starts or stops an animated simulation (still figures ignore it).'],
  ['reset', `{ ${tag}, type: 'reset' }`, 'Back to the parameters the frame started with, and the clock to zero.'],
  ['setTheme', `{ ${tag}, type: 'setTheme', theme: 'dark' }`, 'light, dark or auto.'],
] as const;

function MessageTable({ caption, rows }: { caption: string; rows: ReadonlyArray<readonly [string, string, string]> }) {
  return (
    <dl className="mt-3 divide-y divide-rule rounded-lg border border-rule text-sm" aria-label={caption}>
      {rows.map(([name, shape, what]) => (
        <div key={name} className="px-3 py-2">
          <dt className="font-semibold text-ink">{name}</dt>
          <dd className="text-ink-2">
            <code className="block whitespace-pre-wrap break-words text-xs">{shape}</code>
            <p className="mt-1">{what}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ProtocolReference() {
  return (
    <>
      <p>
        Every message is a plain object tagged <code>protocol: &apos;{EMBED_PROTOCOL}&apos;</code> and <code>version: {EMBED_PROTOCOL_VERSION}</code>. The frame
        posts to its parent with target origin <code>*</code> (what it says is public); check <code>event.source</code> against your iframe’s{' '}
        <code>contentWindow</code> to tell frames apart.
      </p>
      <h3 className="mt-6 text-lg font-semibold text-ink">From the frame</h3>
      <MessageTable caption="Messages from the frame" rows={fromFrame} />
      <h3 className="mt-6 text-lg font-semibold text-ink">To the frame</h3>
      <p className="mt-2">
        Send with <code>iframe.contentWindow.postMessage(message, &apos;*&apos;)</code>. The frame listens to its parent window only and validates every
        message: anything without the tag is ignored silently; a tagged message that is malformed or of another version is ignored, answered with an{' '}
        <code>error</code> and logged as a warning in the frame’s console. Notices in the frame itself are about its <code>src</code> only: that link is what
        the reader’s page asked for.
      </p>
      <MessageTable caption="Messages to the frame" rows={toFrame} />
    </>
  );
}
