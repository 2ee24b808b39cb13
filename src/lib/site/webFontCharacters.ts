/**
 * The characters the site's web font (Be Vietnam Pro 400 and 700, one file per weight) is cut down to at build time
 * (src/integrations/webFonts.ts), and the check that a text is covered by them.
 *
 * Basic Latin, the Vietnamese letters (precomposed, and the combining marks of a query typed in NFD), and the
 * punctuation and currency signs the pages print. The @font-face rule declares what the cut font covers as its
 * unicode-range, so a character outside it (a new record with, say, "ñ") is drawn in the system font, as the symbols
 * in SYSTEM_FONT_SYMBOLS always are, and the build warns about it (scripts/check-build.ts) rather than stay silent.
 */

/** Inclusive code point ranges. */
export const WEB_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xa0], // no-break space (number and currency formats)
  [0xa7, 0xa7], // §
  [0xa9, 0xa9], // ©
  [0xab, 0xab], // «
  [0xb0, 0xb0], // °
  [0xb7, 0xb7], // ·
  [0xbb, 0xbb], // »
  [0xc0, 0xc3], // À Á Â Ã
  [0xc8, 0xca], // È É Ê
  [0xcc, 0xcd], // Ì Í
  [0xd2, 0xd5], // Ò Ó Ô Õ
  [0xd7, 0xd8], // × Ø (diameters in sizes)
  [0xd9, 0xda], // Ù Ú
  [0xdd, 0xdd], // Ý
  [0xe0, 0xe3], // à á â ã
  [0xe8, 0xea], // è é ê
  [0xec, 0xed], // ì í
  [0xf2, 0xf5], // ò ó ô õ
  [0xf9, 0xfa], // ù ú
  [0xfd, 0xfd], // ý
  [0x102, 0x103], // Ă ă
  [0x110, 0x111], // Đ đ
  [0x128, 0x129], // Ĩ ĩ
  [0x168, 0x169], // Ũ ũ
  [0x1a0, 0x1a1], // Ơ ơ
  [0x1af, 0x1b0], // Ư ư
  [0x300, 0x303], // combining grave, acute, circumflex, tilde (NFD)
  [0x306, 0x306], // combining breve
  [0x309, 0x309], // combining hook above
  [0x31b, 0x31b], // combining horn
  [0x323, 0x323], // combining dot below
  [0x1ea0, 0x1ef9], // Vietnamese letters with two marks
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x2039, 0x203a], // ‹ ›
  [0x20ab, 0x20ac], // ₫ €
  [0x2212, 0x2212], // −
  [0x2264, 0x2265], // ≤ ≥
];

/**
 * Symbols the pages print that Be Vietnam Pro has no glyph for: arrows, stars, check marks, box drawing, the
 * full-width plus. The browser draws them in the system font (as it did with the full font).
 */
export const SYSTEM_FONT_SYMBOLS = '←↑→↓─★☆✓✕✭＋';

/** Every character of WEB_FONT_RANGES, as a string (what the subsetter is given). */
export function webFontText(): string {
  let text = '';
  for (const [first, last] of WEB_FONT_RANGES) for (let cp = first; cp <= last; cp++) text += String.fromCodePoint(cp);
  return text;
}

/** The ranges as a CSS unicode-range value: `U+20-7E, U+A0, …`. */
export function unicodeRange(ranges: readonly (readonly [number, number])[] = WEB_FONT_RANGES): string {
  const hex = (cp: number) => cp.toString(16).toUpperCase();
  return ranges
    .map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
    .join(', ');
}

/** Code points that are not drawn at all (controls, line breaks, zero-width marks): never need a glyph. */
function invisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff;
}

/**
 * The characters of `text` outside `covered` (default: WEB_FONT_RANGES), each once, in order of first appearance.
 * Control characters and zero-width marks are ignored.
 */
export function uncoveredCharacters(text: string, covered: ReadonlySet<number> = webFontCodePoints()): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (seen.has(cp) || invisible(cp) || covered.has(cp)) continue;
    seen.add(cp);
    out.push(char);
  }
  return out;
}

let codePoints: ReadonlySet<number> | undefined;
/** WEB_FONT_RANGES as a set of code points. */
export function webFontCodePoints(): ReadonlySet<number> {
  codePoints ??= new Set([...webFontText()].map((char) => char.codePointAt(0) as number));
  return codePoints;
}
