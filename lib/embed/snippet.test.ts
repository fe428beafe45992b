import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet } from './snippet';

const defaults = { frameBytes: 1518, linkGbps: 10, gro: true };

describe('embedUrl', () => {
  it('carries only changed parameters, in the chapters’ codec, and only non-default options', () => {
    expect(embedUrl('https://x.test', 'line-rate', defaults, defaults)).toBe('https://x.test/embed/line-rate/');
    expect(
      embedUrl('https://x.test', 'line-rate', { ...defaults, frameBytes: 64, gro: false }, defaults, {
        theme: 'dark',
        controls: 'compact',
        autoplay: true,
        panel: 'wire',
      }),
    ).toBe('https://x.test/embed/line-rate/?line-rate.frameBytes=64&line-rate.gro=0&panel=wire&theme=dark&controls=compact&autoplay=1');
    expect(embedUrl('', 'line-rate', defaults, defaults, { theme: 'auto', controls: 'full', autoplay: false })).toBe('/embed/line-rate/');
  });
});

describe('iframeSnippet', () => {
  it('escapes attribute values and loads the sizing script from the site', () => {
    const html = iframeSnippet('https://x.test', 'https://x.test/embed/a/?a.b=1&theme=dark', 'Frames "on" <the> wire');
    expect(html).toContain('src="https://x.test/embed/a/?a.b=1&amp;theme=dark"');
    expect(html).toContain('title="Frames &quot;on&quot; &lt;the> wire"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('<script src="https://x.test/embed.js" async></script>');
  });
});
