import { Parser } from 'htmlparser2';

/** Classic cross-site scripting payloads an editor might paste, knowingly or not, into a record. */
export const XSS_PAYLOADS = [
  '<script>alert("xss-1")</script>',
  '<img src=x onerror=alert("xss-2")>',
  '<svg onload=alert("xss-3")>',
  '<iframe src="javascript:alert(\'xss-4\')"></iframe>',
  '<a href="javascript:alert(\'xss-5\')">bấm vào đây</a>',
  '[bấm vào đây](javascript:alert("xss-6"))',
  '<a href="  JaVaScRiPt:alert(\'xss-7\')">x</a>',
  '<style>body{display:none}</style>',
  '<p onclick="alert(\'xss-9\')">đoạn văn</p>',
  '<object data="javascript:alert(\'xss-10\')"></object>',
  '<embed src="javascript:alert(\'xss-11\')">',
  '<form action="javascript:alert(\'xss-12\')"><button>gửi</button></form>',
  '<details open ontoggle=alert("xss-13")>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTE0Jyk8L3NjcmlwdD4=">x</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss-15\')">',
  '<input autofocus onfocus=alert("xss-16")>',
  '<video><source onerror=alert("xss-17")></video>',
  '<scr<script>ipt>alert("xss-18")</scr</script>ipt>',
  '<a href="&#106;avascript:alert(\'xss-19\')">x</a>',
  '<math><mi xlink:href="javascript:alert(\'xss-20\')">x</mi></math>',
  '<span style="background:url(javascript:alert(\'xss-21\'))">x</span>',
  '<base href="javascript:alert(\'xss-22\')//">',
  '</script><script>alert("xss-23")</script>',
];

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'data',
  'formaction',
  'xlink:href',
  'srcdoc',
  'poster',
  'background',
]);
const NEVER_ON_THIS_SITE = new Set(['iframe', 'object', 'embed', 'base', 'math', 'frame', 'frameset', 'applet']);

/**
 * Signs, in HTML as a browser parses it, that a payload survived in a form that would run: a script element with a
 * payload, any event-handler attribute, a javascript:/data: URL in a URL attribute, an element this site never
 * emits, a refresh to a script URL, or a style attribute with a URL. Escaped text is not a trace.
 */
export function executableTraces(html: string): string[] {
  const traces = new Set<string>();
  let inScript: string | null = null;
  let scriptText = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') {
          inScript = attribs['type'] ?? 'text/javascript';
          scriptText = '';
        }
        if (NEVER_ON_THIS_SITE.has(name)) traces.add(`<${name}> element`);
        for (const [attribute, value] of Object.entries(attribs)) {
          if (/^on/i.test(attribute)) traces.add(`${attribute}= on <${name}>`);
          if (URL_ATTRIBUTES.has(attribute) && /^\s*(javascript|vbscript|data):/i.test(value))
            traces.add(`${attribute}=${value.trim().split(':')[0]}: on <${name}>`);
          if (attribute === 'style' && /url\s*\(/i.test(value)) traces.add(`style url() on <${name}>`);
          // Astro's redirect pages (the retired /sort/ addresses) refresh to a path on this site; anything else is a trace.
          if (
            attribute === 'http-equiv' &&
            /refresh/i.test(value) &&
            !/^\s*\d+\s*;\s*url=\/(?!\/)/i.test(attribs['content'] ?? '')
          )
            traces.add('<meta http-equiv="refresh">');
        }
      },
      ontext(text) {
        if (inScript !== null) scriptText += text;
      },
      onclosetag(name) {
        if (name === 'script' && inScript !== null) {
          if (/xss-/.test(scriptText) && inScript !== 'application/ld+json')
            traces.add('script element with a payload');
          if (inScript === 'application/ld+json') {
            try {
              JSON.parse(scriptText);
            } catch {
              traces.add('JSON-LD broken out of its script element');
            }
          }
          inScript = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return [...traces];
}
