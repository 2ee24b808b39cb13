/** UI strings handed to an island by its page (the page translates; islands never hold user-visible text). */
export type Strings = Record<string, string>;

/** Fills {placeholders} in a translated string, as useTranslations does on the server. */
export function fill(strings: Strings, key: string, params: Record<string, string | number> = {}): string {
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
