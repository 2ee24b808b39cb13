/**
 * JSON to embed in a <script> element (JSON-LD, island props). "<" is written as \u003c so that text from a record
 * such as "</script><script>…" cannot close the element and run; the JSON value is unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
