/**
 * Folds Vietnamese text to a plain lowercase ASCII key: tone marks and vowel marks removed, đ → d, NFC/NFD alike.
 * One function for every comparison that should ignore marks: province look-ups by name, the search index and
 * search queries, so that "Thua Thien Hue", "thừa thiên huế" and an NFD paste all meet.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL slug from Vietnamese text: "Mè xửng Thiên Hương" → "me-xung-thien-huong". */
export function slugify(value: string): string {
  return foldVietnamese(value).replace(/ /g, '-');
}
