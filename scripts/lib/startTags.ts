/**
 * A fast reader of the start tags of an HTML page, for the link check (linkCheck.ts): at 130,000 pages htmlparser2's
 * full tokenizer (text, closing tags, entity decoding of every attribute, one callback per token) was most of the
 * check's time.
 *
 * It reads only a strict, common subset of HTML: the subset Astro writes. Comments, doctype, closing tags, raw-text
 * elements (script, style, title, textarea…) and attributes in double or single quotes or without a value, with
 * &amp; &lt; &gt; &quot; &apos; &#39; and numeric character references. On anything else (an unquoted attribute
 * value, another named character reference, a processing instruction, CDATA, a stray "</", a comment ending in
 * "--!>"…) it stops and returns false: the caller discards what it was told and reads the page with htmlparser2
 * (version 12), which knows every rule. So for every page it reads, it reports what htmlparser2's onopentag
 * reports: the same tags, lower-cased names, the first of repeated attributes, the same decoded values
 * (startTags.test.ts compares the two; so did a run over the 130,852 pages of the 20,000-product build).
 */

/** Elements whose content is text up to their closing tag (htmlparser2's Tokenizer: special sequences). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'iframe', 'noembed', 'noframes', 'xmp']);

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
/** What may follow a tag's name: a space, "/" or ">". */
const isTagEnd = (c: number) => isSpace(c) || c === 47 || c === 62;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Characters of a tag name in the subset: letters, digits, "-", "_", ":" and ".". */
const isNameChar = (c: number) => isAlpha(c) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 58 || c === 46;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value's character references decoded, or undefined when it holds one outside the subset. */
function decodeValue(value: string): string | undefined {
  let out = '';
  let from = 0;
  for (let amp = value.indexOf('&'); amp >= 0; amp = value.indexOf('&', amp + 1)) {
    const next = value.charCodeAt(amp + 1);
    // "&" before anything that cannot start a reference stays as it is (in htmlparser2 too).
    if (next !== 35 && !isAlpha(next) && !(next >= 48 && next <= 57)) continue;
    const semicolon = value.indexOf(';', amp);
    if (semicolon < 0) return undefined;
    const body = value.slice(amp + 1, semicolon);
    let text: string | undefined;
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const digits = body.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
      const code = Number.parseInt(digits, hex ? 16 : 10);
      // NUL, C1 controls (mapped to Windows-1252 by the standard), surrogates and beyond Unicode: left to htmlparser2.
      if (code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
        return undefined;
      text = String.fromCodePoint(code);
    } else text = NAMED[body];
    if (text === undefined) return undefined;
    out += value.slice(from, amp) + text;
    from = semicolon + 1;
    amp = semicolon;
  }
  return from === 0 ? value : out + value.slice(from);
}

export interface ScanOptions {
  /**
   * `html` is the page's UTF-8 bytes read as Latin-1, one character a byte (readFileSync(file, 'latin1')): half the
   * time to read and a one-byte string to search. Every character the scanner looks for is ASCII, which UTF-8 never
   * uses inside another character, so only the attribute values are read again as UTF-8, those with a byte beyond
   * ASCII.
   */
  latin1?: boolean;
}

/** Whether a string has a character beyond ASCII (a byte of a longer UTF-8 character, in a Latin-1 reading). */
export function beyondAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** HTML elements htmlparser2 treats specially (void, or closing others when they open): not read inside an <svg>. */
const HTML_ONLY = new Set([
  ...['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex'],
  ...['keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'tr', 'th', 'td', 'body', 'li', 'p', 'h1', 'h2'],
  ...['h3', 'h4', 'h5', 'h6', 'select', 'output', 'button', 'datalist', 'textarea', 'option', 'optgroup', 'dd', 'dt'],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure'],
  ...['footer', 'form', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul', 'rt', 'rp', 'tbody'],
  ...['tfoot', 'svg', 'math', 'plaintext'],
]);
/** Elements of an <svg> whose content is HTML again (htmlparser2: htmlIntegrationElements). */
const SVG_INTEGRATION = new Set(['foreignobject', 'desc', 'title']);

/**
 * Calls `onTag` with the name and attributes of each start tag of `html`, in order. Returns false, possibly after
 * some calls, when the page leaves the subset described above: the caller must then discard what it was told and
 * read the page with htmlparser2.
 *
 * Inside an <svg> (foreign content) htmlparser2 reads <style> and <title> as elements with content rather than as
 * text, and honours "/>": so there the scanner keeps the stack of open elements and wants each closed by its own
 * closing tag, in order, with no HTML element among them. Outside, it needs no stack: it tracks only whether a
 * <form> is open (htmlparser2 ignores a second one, attributes and all).
 */
export function scanStartTags(
  html: string,
  onTag: (name: string, attribs: Record<string, string>) => void,
  { latin1 = false }: ScanOptions = {},
): boolean {
  const n = html.length;
  let i = 0;
  /** The open elements of the <svg> being read, the <svg> first; undefined outside one. */
  let svg: string[] | undefined;
  let formOpen = false;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) return svg === undefined;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        // "<!-->" and "<!--->" are empty comments, and "--!>" also ends one: left to htmlparser2.
        if (html.startsWith('<!-->', lt) || html.startsWith('<!--->', lt)) return false;
        const end = html.indexOf('-->', lt + 4);
        if (end < 0) return false;
        if (html.slice(lt + 4, end).includes('--!>')) return false;
        i = end + 3;
        continue;
      }
      if (html.startsWith('<![', lt)) return false;
      const end = html.indexOf('>', lt + 2);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    if (c === 47 /* / */) {
      let j = lt + 2;
      if (!isAlpha(html.charCodeAt(j))) return false;
      while (j < n && isNameChar(html.charCodeAt(j))) j++;
      const boundary = html.charCodeAt(j);
      if (!isSpace(boundary) && boundary !== 62 && boundary !== 47) return false;
      const end = html.indexOf('>', j);
      if (end < 0) return false;
      const name = html.slice(lt + 2, j).toLowerCase();
      if (svg) {
        if (svg.at(-1) !== name) return false;
        svg.pop();
        if (svg.length === 0) svg = undefined;
      } else if (name === 'form') formOpen = false;
      i = end + 1;
      continue;
    }
    if (c === 63 /* ? */) return false;
    if (!isAlpha(c)) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    if (j >= n) return false;
    const after = html.charCodeAt(j);
    if (!isSpace(after) && after !== 62 /* > */ && after !== 47 /* / */) return false;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attribs: Record<string, string> = {};
    let selfClosing = false;
    // Attributes, up to ">".
    for (;;) {
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (j >= n) return false;
      let code = html.charCodeAt(j);
      if (code === 62) break;
      if (code === 47) {
        if (html.charCodeAt(j + 1) !== 62) return false;
        selfClosing = true;
        j++;
        break;
      }
      const nameStart = j;
      while (j < n) {
        code = html.charCodeAt(j);
        if (isSpace(code) || code === 61 /* = */ || code === 62 || code === 47) break;
        // Quotes and "<" in a name, and letters beyond ASCII (lower-cased differently once read as Latin-1): left
        // to htmlparser2.
        if (code === 34 || code === 39 || code === 60 /* " ' < */ || code > 127) return false;
        j++;
      }
      if (j === nameStart || j >= n) return false;
      const attribute = html.slice(nameStart, j).toLowerCase();
      let k = j;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      let value = '';
      if (html.charCodeAt(k) === 61) {
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        const quote = html.charCodeAt(k);
        if (quote !== 34 && quote !== 39) return false;
        const close = html.indexOf(quote === 34 ? '"' : "'", k + 1);
        if (close < 0) return false;
        const raw = html.slice(k + 1, close);
        const decoded = decodeValue(latin1 && beyondAscii(raw) ? Buffer.from(raw, 'latin1').toString() : raw);
        if (decoded === undefined) return false;
        value = decoded;
        j = close + 1;
      }
      // Without "=", j stays at the end of the name: the next round skips the spaces and reads what follows.
      if (!Object.hasOwn(attribs, attribute)) attribs[attribute] = value;
    }
    i = j + 1;
    if (svg) {
      if (HTML_ONLY.has(name)) return false;
      onTag(name, attribs);
      if (selfClosing) continue;
      svg.push(name);
      if (SVG_INTEGRATION.has(name)) {
        // Its content is HTML: read here only when it is plain text, up to its own closing tag.
        const close = indexOfCaseless(html, `</${name}`, i);
        if (close < 0 || html.slice(i, close).includes('<')) return false;
        i = close;
      }
      continue;
    }
    if (name === 'svg') {
      // "/>" does not close an <svg> in HTML: what follows would be inside it.
      if (selfClosing) return false;
      onTag(name, attribs);
      svg = ['svg'];
      continue;
    }
    if (name === 'math' || name === 'image' || name === 'plaintext') return false;
    if (name === 'form') {
      if (formOpen) return false;
      formOpen = true;
    }
    onTag(name, attribs);
    if (RAW_TEXT.has(name)) {
      // The element's text runs to its closing tag, matched without regard to case, as htmlparser2 does.
      let close = indexOfCaseless(html, `</${name}`, i);
      while (close >= 0 && !isTagEnd(html.charCodeAt(close + name.length + 2)))
        close = indexOfCaseless(html, `</${name}`, close + 1);
      if (close < 0) return false;
      i = close;
    }
  }
}

const closingTags = new Map<string, RegExp>();

/** indexOf for "</name", ignoring the case of the text ("</SCRIPT" closes a script too). */
function indexOfCaseless(text: string, needle: string, from: number): number {
  const exact = text.indexOf(needle, from);
  const pattern = closingTags.get(needle) ?? new RegExp(needle, 'i');
  closingTags.set(needle, pattern);
  // Only the text before the exact match can hold an earlier one in other letters.
  const earlier = pattern.exec(text.slice(from, exact < 0 ? undefined : exact));
  return earlier ? from + earlier.index : exact;
}
