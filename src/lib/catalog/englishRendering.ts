/**
 * English renderings of the Vietnamese that records write as printed or as signed: pack sizes ("chai 500 ml") and
 * authorities ("UBND tỉnh Thừa Thiên Huế"). English pages show the record's own English when it has one, otherwise
 * the rendering made here, with the Vietnamese as written beside it; text these rules do not know stays Vietnamese
 * (undefined), never half-translated.
 */

/** Containers and counted things in pack sizes, singular and plural. Longest phrases are tried first. */
const PACK_NOUNS: Record<string, [string, string]> = {
  'hộp quà': ['gift box', 'gift boxes'],
  'túi lọc': ['tea bag', 'tea bags'],
  'túi bột': ['bag of powder', 'bags of powder'],
  chai: ['bottle', 'bottles'],
  bộ: ['set', 'sets'],
  bó: ['bunch', 'bunches'],
  giỏ: ['basket', 'baskets'],
  lọ: ['jar', 'jars'],
  hũ: ['jar', 'jars'],
  hộp: ['box', 'boxes'],
  gói: ['pack', 'packs'],
  túi: ['bag', 'bags'],
  thùng: ['carton', 'cartons'],
  lốc: ['pack', 'packs'],
  khay: ['tray', 'trays'],
  can: ['can', 'cans'],
  lon: ['can', 'cans'],
  bao: ['sack', 'sacks'],
  xấp: ['stack', 'stacks'],
  đòn: ['roll', 'rolls'],
  chậu: ['pot', 'pots'],
  quả: ['fruit', 'fruits'],
  trái: ['fruit', 'fruits'],
  cái: ['piece', 'pieces'],
  chiếc: ['piece', 'pieces'],
  nén: ['stick', 'sticks'],
  bông: ['flower', 'flowers'],
  cành: ['stem', 'stems'],
};

/** Units of measure: Vietnamese spellings to the English symbol. */
const UNITS: Record<string, string> = {
  g: 'g',
  gr: 'g',
  kg: 'kg',
  ml: 'ml',
  l: 'l',
  lít: 'l',
  mm: 'mm',
  cm: 'cm',
  m: 'm',
  mét: 'm',
};

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const MEASURE = new RegExp(`^(Ø)?(${NUMBER})\\s*(${Object.keys(UNITS).join('|')})$`, 'u');

/** "0,8" → "0.8": English writes a decimal point. */
const decimalPoint = (text: string) => text.replace(/(\d),(\d)/g, '$1.$2');

function measureEn(text: string): string | undefined {
  const match = MEASURE.exec(text.trim());
  if (!match) return undefined;
  const [, diameter = '', amount = '', unit = ''] = match;
  return `${diameter}${decimalPoint(amount)} ${UNITS[unit]}`;
}

/** The noun phrase at the start of `text`, longest first: ["hộp quà", rest]. */
function leadingNoun(text: string): [[string, string], string] | undefined {
  const lower = text.toLocaleLowerCase('vi');
  for (const phrase of Object.keys(PACK_NOUNS).sort((a, b) => b.length - a.length)) {
    if (lower === phrase || lower.startsWith(`${phrase} `) || lower.startsWith(`${phrase} (`))
      return [PACK_NOUNS[phrase] as [string, string], text.slice(phrase.length).trim()];
  }
  return undefined;
}

/** "24 chai 500 ml" → "24 × 500 ml bottles"; "10 gói" → "10 packs"; "500 g" → "500 g". */
function contentsEn(text: string): string | undefined {
  const measure = measureEn(text);
  if (measure) return measure;
  const counted = /^(\d+)\s+(.+)$/u.exec(text);
  if (!counted) return undefined;
  const [, count = '', rest = ''] = counted;
  const noun = leadingNoun(rest);
  if (!noun) return undefined;
  const [[one, many], after] = noun;
  const n = Number(count);
  if (after === '') return `${count} ${n === 1 ? one : many}`;
  const size = measureEn(after);
  return size ? `${count} × ${size} ${n === 1 ? one : many}` : undefined;
}

/**
 * A pack size as printed, in English: "chai 500 ml" → "500 ml bottle", "hộp 10 gói" → "box of 10 packs",
 * "thùng 24 chai 500 ml" → "carton of 24 × 500 ml bottles", "5 kg" → "5 kg", "chai 500 ml (29%)" → "500 ml
 * bottle (29%)", "trái (0,8–1 kg)" → "fruit (0.8–1 kg)". Undefined for anything else ("tour nửa ngày").
 */
export function packSizeEn(size: string): string | undefined {
  const text = size.normalize('NFC').trim().replace(/\s+/g, ' ');
  const note = /^(.*?)\s*(\([^()]*\))$/u.exec(text);
  const main = note ? (note[1] ?? '') : text;
  const suffix = note?.[2] ? ` ${decimalPoint(note[2]).replace(/\bngười\b/u, 'per person')}` : '';
  if (/[^\p{ASCII}]/u.test(suffix.replace(/[–×Ø]/gu, ''))) return undefined;
  if (main === '') return undefined;
  const contents = contentsEn(main);
  if (contents) return `${contents}${suffix}`;
  const noun = leadingNoun(main);
  if (!noun) return undefined;
  const [[one], rest] = noun;
  if (rest === '') return `${one}${suffix}`;
  const measure = measureEn(rest);
  if (measure) return `${measure} ${one}${suffix}`;
  const inside = contentsEn(rest);
  return inside ? `${one} of ${inside}${suffix}` : undefined;
}

/** Ministries that sign 5-star decisions, as named at the time. */
const MINISTRIES: Record<string, string> = {
  'Bộ Nông nghiệp và Phát triển nông thôn': 'Ministry of Agriculture and Rural Development',
  'Bộ Nông nghiệp và Môi trường': 'Ministry of Agriculture and Environment',
  'Bộ Công Thương': 'Ministry of Industry and Trade',
};

/** "UBND <kind> <place>": the kinds of people's committee, in English word order. */
const COMMITTEES: [RegExp, string][] = [
  [/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) tỉnh (.+)$/iu, "$1 Provincial People's Committee"],
  [/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:thành phố|TP\.?) (.+)$/iu, "$1 City People's Committee"],
  [/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) thị xã (.+)$/iu, "$1 Town People's Committee"],
  [/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) huyện (.+)$/iu, "$1 District People's Committee"],
  [/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) quận (.+)$/iu, "$1 Urban District People's Committee"],
  [/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:xã|phường) (.+)$/iu, "$1 Commune People's Committee"],
  [/^Sở Công Thương (?:tỉnh |thành phố |TP )?(.+)$/iu, '$1 Department of Industry and Trade'],
  [
    /^Sở Nông nghiệp và (?:Phát triển nông thôn|Môi trường) (?:tỉnh |thành phố |TP )?(.+)$/iu,
    '$1 Department of Agriculture',
  ],
];

/**
 * An authority or organiser as written, in English: "UBND tỉnh Thừa Thiên Huế" → "Thừa Thiên Huế Provincial
 * People's Committee", a ministry by its English name. Several joined by ";" are rendered one by one. Undefined
 * when any part is not a body these rules know.
 */
export function authorityEn(authority: string): string | undefined {
  const parts = authority
    .normalize('NFC')
    .split(';')
    .map((part) => part.trim());
  const rendered = parts.map((part) => {
    const ministry = MINISTRIES[part];
    if (ministry) return ministry;
    for (const [pattern, english] of COMMITTEES) if (pattern.test(part)) return part.replace(pattern, english);
    return undefined;
  });
  return rendered.every((part) => part !== undefined) ? rendered.join('; ') : undefined;
}

/**
 * What an English page shows for a Vietnamese text: the record's own English first, else the rule's rendering.
 * `english` is undefined when neither exists, and the page then shows the Vietnamese alone.
 */
export function inEnglish(
  vietnamese: string,
  recordEnglish: string | undefined,
  rule: (text: string) => string | undefined,
): { vietnamese: string; english: string | undefined } {
  const english = recordEnglish?.trim() || rule(vietnamese);
  return { vietnamese, english: english === vietnamese ? undefined : english };
}

/**
 * The same choice as plain text, for feeds, calendars and structured data: in English the English with the
 * Vietnamese in brackets, otherwise the Vietnamese as written.
 */
export function writtenText(
  lang: 'vi' | 'en',
  vietnamese: string,
  recordEnglish: string | undefined,
  rule: (text: string) => string | undefined,
): string {
  if (lang === 'vi') return vietnamese;
  const { english } = inEnglish(vietnamese, recordEnglish, rule);
  return english ? `${english} (${vietnamese})` : vietnamese;
}
