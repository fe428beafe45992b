/*!
 * Line Rate embed helper (protocol netsim-embed, version 1). One script tag on
 * the host page:
 *
 *   <script src="https://<site>/embed.js" async></script>
 *
 *  - sizes every embedded simulation frame to its content: each frame posts
 *    { protocol: 'netsim-embed', version: 1, type: 'resize', height } and the
 *    iframe that sent it (matched by its window, so sandboxed frames work too)
 *    gets that height;
 *  - lazy-loads frames written as <iframe data-netsim-src="…">: the src is set
 *    when the frame nears the viewport (frames with a plain src should carry
 *    loading="lazy", which the browser honours itself);
 *  - defines <netsim-embed sim="line-rate" params="frameBytes=64&linkGbps=10"
 *    theme="dark" controls="compact" autoplay panel="wire" title="…">, which
 *    writes such an iframe pointing at the site this script came from.
 *
 * Plain ES5-level code with no dependencies: it runs on any host page, and
 * never throws into it.
 */
(function () {
  'use strict';
  if (window.__netsimEmbed) return; // the tag may be pasted once per frame
  window.__netsimEmbed = true;

  var PROTOCOL = 'netsim-embed';
  var MAX_HEIGHT = 10000;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.protocol !== PROTOCOL || data.type !== 'resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
  });

  var observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          function (entries) {
            entries.forEach(function (entry) {
              if (!entry.isIntersecting) return;
              observer.unobserve(entry.target);
              load(entry.target);
            });
          },
          { rootMargin: '400px 0px' },
        )
      : null;

  function load(frame) {
    var src = frame.getAttribute('data-netsim-src');
    if (src && !frame.getAttribute('src')) frame.setAttribute('src', src);
  }

  function watch(frame) {
    if (frame.__netsimWatched) return;
    frame.__netsimWatched = true;
    if (observer) observer.observe(frame);
    else load(frame);
  }

  function scan() {
    var frames = document.querySelectorAll('iframe[data-netsim-src]');
    for (var i = 0; i < frames.length; i++) watch(frames[i]);
  }

  /** The embed URL for a <netsim-embed> element: its params without the `<sim>.` prefix get it added. */
  function srcFor(el) {
    var sim = (el.getAttribute('sim') || '').trim();
    var query = new URLSearchParams(el.getAttribute('params') || '');
    var out = new URLSearchParams();
    query.forEach(function (value, key) {
      out.append(key.indexOf('.') >= 0 ? key : sim + '.' + key, value);
    });
    ['theme', 'controls', 'panel'].forEach(function (name) {
      var v = el.getAttribute(name);
      if (v) out.set(name, v);
    });
    if (el.hasAttribute('autoplay') && el.getAttribute('autoplay') !== '0') out.set('autoplay', '1');
    var search = out.toString();
    return origin + '/embed/' + encodeURIComponent(sim) + '/' + (search ? '?' + search : '');
  }

  if ('customElements' in window && !customElements.get('netsim-embed')) {
    customElements.define(
      'netsim-embed',
      class extends HTMLElement {
        connectedCallback() {
          if (this.querySelector('iframe')) return;
          var frame = document.createElement('iframe');
          frame.setAttribute('data-netsim-src', srcFor(this));
          frame.setAttribute('title', this.getAttribute('title') || 'Simulation: ' + (this.getAttribute('sim') || ''));
          frame.setAttribute('loading', 'lazy');
          frame.setAttribute('allow', 'fullscreen; clipboard-write');
          var sandbox = this.getAttribute('sandbox');
          if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
          frame.style.cssText = 'display:block;border:0;width:100%;max-width:100%;height:' + (this.getAttribute('height') || '560') + 'px';
          this.appendChild(frame);
          watch(frame);
        }
      },
    );
  }

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
