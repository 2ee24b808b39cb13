/**
 * Text typed on some keyboards (or pasted from PDFs) arrives in Unicode NFD, with tone marks as separate combining
 * characters, or with stray non-breaking and repeated spaces. Two spellings that look identical would then compare,
 * sort and search differently, so every string from a record goes through here when it is loaded.
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Normalises every string inside a parsed record (objects and arrays included), leaving other values untouched. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return normalizeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeDeep(item);
    return out as T;
  }
  return value;
}
