/**
 * The search key of a text, for both sides of the search index: NFC (an NFD paste and a composed spelling become the
 * same string), đ → d, spacing collapsed; tone and vowel marks are kept. Pagefind already folds combining marks on
 * both sides and ranks the spelling with the same marks first, but đ is a letter of its own, not a mark, so
 * "dong trung ha thao" would never meet "Đông trùng hạ thảo". Product pages carry a copy of their key fields through
 * this function; the search page runs a query through it as a second, looser pass after the exact one.
 */
export function searchKey(value: string): string {
  return value.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\s+/g, ' ').trim();
}

/**
 * Folds Vietnamese text to a plain lowercase ASCII key: tone marks and vowel marks removed, đ → d, NFC/NFD alike.
 * One function for every comparison that should ignore marks: province look-ups by name and URL slugs, so that
 * "Thua Thien Hue", "thừa thiên huế" and an NFD paste all meet. Built on searchKey so the two never disagree on đ.
 */
export function foldVietnamese(value: string): string {
  return searchKey(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL slug from Vietnamese text: "Mè xửng Thiên Hương" → "me-xung-thien-huong". */
export function slugify(value: string): string {
  return foldVietnamese(value).replace(/ /g, '-');
}

/**
 * The queries to run for what a visitor typed, most exact first: the text as typed (NFC), then its search key when
 * that differs (đ typed as d). Results of the first rank above those only the second finds.
 */
export function searchQueries(typed: string): string[] {
  const exact = typed.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (exact === '') return [];
  const loose = searchKey(exact);
  return loose === exact ? [exact] : [exact, loose];
}
