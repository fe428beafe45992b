// @ts-check
/**
 * A tiny HTML scanner for the two things our tooling reads from the static
 * export: <script> elements (with their exact text, for CSP hashes) and <link>
 * tags (preloads and stylesheets, for the size benchmark).
 *
 * It is not a general HTML parser. It follows the tokenizer where it matters
 * for Next's output: comments are skipped (so `<!--$-->` markers or a
 * commented-out tag never count), and script/style/textarea/title contents are
 * raw text that ends at the first `</name` (React escapes `<` inside inline
 * scripts as \u003c, so a payload never closes its own element early).
 */

/** Elements whose content is raw text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' });

/** Decode the few character references that appear in attribute values. */
function decodeAttribute(/** @type {string} */ value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (whole, ref) => {
    const name = ref.toLowerCase();
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Read the attributes of a start tag beginning at `from` (just after the name).
 * @param {string} html
 * @param {number} from
 * @returns {{ attrs: Record<string, string>, end: number }} end = index after '>'
 */
function readAttributes(html, from) {
  /** @type {Record<string, string>} */
  const attrs = {};
  let at = from;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(html);
    if (!match) break;
    const name = /** @type {string} */ (match[1]).toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeAttribute(match[2] ?? match[3] ?? match[4] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
  const close = html.indexOf('>', at);
  return { attrs, end: close === -1 ? html.length : close + 1 };
}

/**
 * @typedef {{ attrs: Record<string, string>, text: string }} ScriptTag
 * @typedef {{ scripts: ScriptTag[], links: Record<string, string>[] }} ScannedHtml
 */

/**
 * Every <script> (attributes + exact raw text) and every <link> (attributes)
 * in document order. Attribute names are lower-cased (`noModule` → `nomodule`).
 * @param {string} html
 * @returns {ScannedHtml}
 */
export function scanHtml(html) {
  /** @type {ScannedHtml} */
  const found = { scripts: [], links: [] };
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    TAG_NAME.lastIndex = at + 1;
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      // </end>, <!DOCTYPE>, <?…> or a stray '<': nothing we collect.
      at += 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const { attrs, end } = readAttributes(html, TAG_NAME.lastIndex);
    at = end;
    if (name === 'link') found.links.push(attrs);
    if (!RAW_TEXT.has(name)) continue;
    const closeTag = new RegExp(`</${name}[\\s/>]`, 'ig');
    closeTag.lastIndex = end;
    const close = closeTag.exec(html);
    const textEnd = close ? close.index : html.length;
    if (name === 'script') found.scripts.push({ attrs, text: html.slice(end, textEnd) });
    at = textEnd;
  }
  return found;
}

/** True for a script the browser runs from its own text (no src, a JavaScript type). */
export function isInlineExecutable(/** @type {ScriptTag} */ script) {
  if ('src' in script.attrs) return false;
  const type = (script.attrs.type ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/**
 * The same-origin JavaScript a page loads up front: <script src> (without
 * `nomodule`, which modern browsers skip) plus <link rel=preload as=script>
 * and <link rel=modulepreload>, deduplicated, in document order.
 * @param {ScannedHtml} page
 * @returns {string[]} URL paths without query or fragment
 */
export function firstLoadScripts(page) {
  const urls = page.scripts.filter((s) => 'src' in s.attrs && !('nomodule' in s.attrs)).map((s) => s.attrs.src);
  for (const link of page.links) {
    const rel = (link.rel ?? '').toLowerCase().split(/\s+/);
    if ((rel.includes('preload') && link.as === 'script') || rel.includes('modulepreload')) urls.push(link.href);
  }
  return dedupePaths(urls);
}

/**
 * Stylesheets a page loads: <link rel=stylesheet> (and preloads as=style).
 * @param {ScannedHtml} page
 */
export function stylesheets(page) {
  const urls = page.links
    .filter((l) => {
      const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
      return rel.includes('stylesheet') || (rel.includes('preload') && l.as === 'style');
    })
    .map((l) => l.href);
  return dedupePaths(urls);
}

/** @param {Array<string | undefined>} urls */
function dedupePaths(urls) {
  const paths = urls.filter((u) => typeof u === 'string' && u !== '').map((u) => String(u).split(/[?#]/)[0] ?? '');
  return [...new Set(paths)];
}
