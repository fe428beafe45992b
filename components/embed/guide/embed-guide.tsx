/**
 * The /embed documentation page: how to embed, the options, a live example,
 * the custom element, the message protocol and the parameter reference of
 * every simulation (generated from the catalog, so it never drifts).
 */
import Script from 'next/script';
import { EMBED_OPTION_HELP } from '@/lib/embed/options';
import { DEFAULT_FRAME_HEIGHT, embedUrl, iframeSnippet } from '@/lib/embed/snippet';
import { ParamReference } from './param-reference';
import { ProtocolReference } from './protocol-reference';
import { SnippetExample } from './snippet-example';

const O = '{origin}';
const exampleValues = { frameBytes: 64, linkGbps: 10 };
const exampleDefaults = { frameBytes: 1518, linkGbps: 10 };
const basicSnippet = iframeSnippet(
  O,
  embedUrl(O, 'line-rate', exampleValues, exampleDefaults, { controls: 'compact' }),
  'The line-rate budget at 64-byte frames',
);
const sandboxedSnippet = `<iframe src="${O}/embed/stack/?stack.stack=dpdk&amp;theme=dark" title="DPDK against the kernel"
  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
  loading="lazy" width="100%" height="${DEFAULT_FRAME_HEIGHT}" style="border:0;width:100%"></iframe>
<script src="${O}/embed.js" async></script>`;
const elementSnippet = `<script src="${O}/embed.js" async></script>
<netsim-embed sim="rx-ring" params="ring_size=4096&burst_frames=2048" theme="auto" controls="compact"></netsim-embed>`;
const hostScript = `const frame = document.querySelector('iframe');
addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.data?.protocol !== 'netsim-embed') return;
  if (event.data.type === 'state') console.log(event.data.params, event.data.running);
  if (event.data.type === 'error') console.warn(event.data.code, event.data.detail, event.data.notices);
});
const send = (message) => frame.contentWindow.postMessage({ protocol: 'netsim-embed', version: 1, ...message }, '*');
send({ type: 'setParams', params: { frameBytes: 1518 } });
send({ type: 'play' });
send({ type: 'setTheme', theme: 'dark' });`;

const h2 = 'mt-12 text-2xl font-bold tracking-tight text-ink';

export function EmbedGuide() {
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12 font-sans text-[0.95rem] leading-relaxed text-ink-2 sm:px-6 sm:pt-16 [&_code]:font-mono [&_code]:text-[0.85em] [&_p]:mt-3">
      <h1 className="text-4xl font-bold tracking-tight text-ink">Embed a simulation</h1>
      <p className="font-serif text-lg text-ink-2">
        Any simulation on this site can live in your blog post, slides or docs: one iframe, its parameters in the URL, sized to its content, in your page’s
        theme. It sets no cookies, stores nothing, and works inside a sandboxed iframe.
      </p>

      <h2 className={h2}>The snippet</h2>
      <p>
        Every figure in the chapters has a <strong>Share / embed</strong> button that writes this for its current settings. By hand: the frame’s address is{' '}
        <code>/embed/&lt;simulation&gt;/</code>, followed by the parameters as the chapters’ links write them (<code>?line-rate.frameBytes=64</code>). The
        script sizes every frame on the page to its content; without it the frame keeps its height and scrolls.
      </p>
      <SnippetExample label="HTML" template={basicSnippet} />

      <h3 className="mt-6 text-lg font-semibold text-ink">What it looks like</h3>
      <iframe
        data-netsim-src="/embed/line-rate/?line-rate.frameBytes=64&controls=compact"
        title="Example: the line-rate budget at 64-byte frames, compact controls"
        loading="lazy"
        className="mt-3 block w-full rounded-lg border border-rule"
        style={{ height: DEFAULT_FRAME_HEIGHT }}
      />
      <Script src="/embed.js" strategy="lazyOnload" />

      <h2 className={h2}>Options</h2>
      <dl className="mt-3 divide-y divide-rule rounded-lg border border-rule text-sm">
        {Object.entries(EMBED_OPTION_HELP).map(([name, help]) => (
          <div key={name} className="grid gap-x-4 px-3 py-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
            <dt>
              <code className="text-ink">{name}</code>
            </dt>
            <dd>{help}</dd>
          </div>
        ))}
      </dl>
      <p>
        A value the frame cannot use (a theme it does not know, a frame size above the maximum) is replaced by the nearest valid one and the frame says so in a
        notice, exactly as the chapters do with a bad link; it never shows a blank frame.
      </p>

      <h2 className={h2}>Sandboxed frames and the custom element</h2>
      <p>
        <code>sandbox=&quot;allow-scripts&quot;</code> is enough for the simulation to run and size itself. Add{' '}
        <code>allow-popups allow-popups-to-escape-sandbox</code> so the “open in the full explanation” link can open the chapter in a new tab.
      </p>
      <SnippetExample label="Sandboxed" template={sandboxedSnippet} />
      <p>
        The script also defines <code>&lt;netsim-embed&gt;</code>, which writes the iframe for you and loads it when it nears the viewport. Its{' '}
        <code>params</code> take parameter names with or without the <code>&lt;sim&gt;.</code> prefix; <code>theme</code>, <code>controls</code>,{' '}
        <code>panel</code>, <code>autoplay</code>, <code>height</code>, <code>title</code> and <code>sandbox</code> pass through.
      </p>
      <SnippetExample label="Custom element" template={elementSnippet} />

      <h2 className={h2}>Talking to the frame</h2>
      <ProtocolReference />
      <SnippetExample label="JavaScript on the host page" template={hostScript} />

      <h2 className={h2}>Every simulation’s parameters</h2>
      <p>
        Generated from the simulation catalog; the same names work in the chapters’ links, the frame’s URL and <code>setParams</code>.
      </p>
      <ParamReference />
    </div>
  );
}
