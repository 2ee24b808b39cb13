import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/records/formatIssues.ts';
import { readContentTree } from '../src/lib/records/readContentTree.ts';
import { validateCatalog } from '../src/lib/records/validateCatalog.ts';

const ROOT = 'tests/fixtures/minimal';

/** Validates the minimal fixture with some of its files rewritten in memory; every image but `missing` exists. */
function validateEdited(edits: Record<string, (text: string) => string>, missing: readonly string[] = []) {
  const { files } = readContentTree(ROOT);
  const edited = files.map((raw) => {
    const edit = edits[raw.file.slice(ROOT.length + 1)];
    return edit === undefined ? raw : { ...raw, text: edit(raw.text) };
  });
  for (const path of Object.keys(edits)) expect(files.some((raw) => raw.file === `${ROOT}/${path}`)).toBe(true);
  const result = validateCatalog(edited, {
    today: '2026-11-23',
    imageExists: (_file, src) => !missing.includes(src),
  });
  return { errors: result.errors.map(formatProblem).sort(), warnings: result.warnings.map(formatProblem) };
}

const replace =
  (...pairs: [string, string][]) =>
  (text: string) =>
    pairs.reduce((out, [from, to]) => {
      expect(out).toContain(from);
      return out.replace(from, to);
    }, text);

describe('a record with a schema error is still checked against the rest of the catalogue', () => {
  it('reports a malformed date and a missing required field together with an unknown producer, province and a missing image', () => {
    const { errors } = validateEdited(
      {
        'products/hue/gao-huu-co-an-lo.md': replace(
          ['signed: 2024-03-01', 'signed: 2024-03-32'],
          ['producer: htx-an-lo', 'producer: htx-khong-co'],
          ['./images/gao-huu-co-an-lo.jpg', './images/khong-co.jpg'],
          ['outlets: [ocop-dai-noi]', 'outlets: [ocop-dai-noi, cua-hang-ma]'],
        ),
        'products/hue/ruou-o-lau.md': replace(
          ['name: Rượu Ô Lâu\n', ''],
          ['province: Thừa Thiên Huế', 'province: Xứ Sở Thần Tiên'],
        ),
      },
      ['./images/khong-co.jpg'],
    );
    const product = `${ROOT}/products/hue/gao-huu-co-an-lo.md`;
    const other = `${ROOT}/products/hue/ruou-o-lau.md`;
    expect(errors.filter((line) => line.startsWith(product))).toEqual([
      expect.stringMatching(/^\S+: certifications\[1\]\.signed: is not a real calendar date/),
      expect.stringMatching(
        /^\S+: images\[0\]\.src: the image file is not there: put the photo at \S+\/products\/hue\/images\/khong-co\.jpg or correct the file name/,
      ),
      expect.stringMatching(/^\S+: outlets\[1\]: no outlet has the id "cua-hang-ma"/),
      expect.stringMatching(/^\S+: producer: no producer has the id "htx-khong-co"/),
    ]);
    expect(errors.filter((line) => line.startsWith(other))).toEqual([
      expect.stringMatching(/^\S+: name: is required but missing; add a line "name: …"/),
      expect.stringMatching(/^\S+: origin\.province: is not a current or former province name/),
    ]);
  });

  it('checks province, folder and producer references of producers, outlets and events that failed their schema', () => {
    const { errors } = validateEdited({
      'producers/hue/htx-an-lo.yaml': replace(
        ['type: cooperative', 'type: hop-tac-xa'],
        ['province: hue', 'province: thai-nguyen'],
      ),
      'outlets/hue/ocop-dai-noi.yaml': (text) =>
        `${replace(['kind: showroom', 'kind: cua-hang'])(text)}producers: [htx-ma]\n`,
      'events/festival-ocop-2026.md': replace(
        ['start: 2026-12-18', 'start: 18/12/2026'],
        ['province: hue', 'province: ha-noi-cu'],
        ['products: [mien-dong-tai-hoan]', 'products: [mien-dong-tai-hoan, banh-ma]'],
      ),
    });
    const fields = errors.map((line) => line.slice(ROOT.length + 1).replace(/^(\S+): (\S+): .*$/, '$1 $2'));
    expect(fields).toEqual([
      'events/festival-ocop-2026.md products[1]',
      'events/festival-ocop-2026.md province',
      'events/festival-ocop-2026.md start',
      'outlets/hue/ocop-dai-noi.yaml kind',
      'outlets/hue/ocop-dai-noi.yaml producers[0]',
      'producers/hue/htx-an-lo.yaml province',
      'producers/hue/htx-an-lo.yaml type',
    ]);
  });

  it('does not add a follow-on error about a reference whose own value is malformed', () => {
    const { errors } = validateEdited({
      'products/hue/gao-huu-co-an-lo.md': replace(['producer: htx-an-lo', 'producer: HTX An Lo']),
    });
    expect(errors).toEqual([
      expect.stringMatching(/^\S+gao-huu-co-an-lo\.md: producer: must be lowercase letters, digits and hyphens/),
    ]);
  });

  it('still warns about a lapsed certificate of a record with an error elsewhere, but not when a decision is invalid', () => {
    const lapsed = validateEdited({ 'products/hue/ruou-o-lau.md': replace(['name: Rượu Ô Lâu\n', '']) });
    expect(lapsed.warnings).toEqual([expect.stringContaining('ruou-o-lau.md: certifications: certificate expired')]);
    const broken = validateEdited({ 'products/hue/ruou-o-lau.md': replace(['result: 3', 'result: 2']) });
    expect(broken.warnings).toEqual([]);
  });
});

describe('an invalid date gets one message, for its own field', () => {
  it('reports a signing date that does not exist once, without a revocation or future-date message derived from it', () => {
    const { errors } = validateEdited({
      'products/hue/gao-huu-co-an-lo.md': replace([
        'signed: 2024-03-01',
        'signed: 2027-02-30\n    validUntil: 2026-01-01\n    revoked:\n      date: 2025-02-01\n      decision: 5/QĐ-UBND',
      ]),
    });
    expect(errors).toEqual([
      `${ROOT}/products/hue/gao-huu-co-an-lo.md: certifications[1].signed: is not a real calendar date: February 2027 has 28 days; check the day (got "2027-02-30")`,
    ]);
  });
});

describe('reference messages name the id most likely meant', () => {
  it('suggests an existing producer, outlet and province one typing slip away', () => {
    const { errors } = validateEdited({
      'products/hue/gao-huu-co-an-lo.md': replace(
        ['producer: htx-an-lo', 'producer: htx-an-loo'],
        ['outlets: [ocop-dai-noi]', 'outlets: [ocop-dai-nio]'],
      ),
      'producers/hue/htx-an-lo.yaml': replace(['province: hue', 'province: hu']),
    });
    expect(errors).toEqual([
      `${ROOT}/producers/hue/htx-an-lo.yaml: province: is not a province id; did you mean "hue"? Otherwise use one of hue, quang-ninh, thai-nguyen (got "hu")`,
      `${ROOT}/products/hue/gao-huu-co-an-lo.md: outlets[0]: no outlet has the id "ocop-dai-nio"; did you mean "ocop-dai-noi"? (the id is the file name without its ending, from content/outlets/<province>/)`,
      `${ROOT}/products/hue/gao-huu-co-an-lo.md: producer: no producer has the id "htx-an-loo"; did you mean "htx-an-lo"? (producer files are content/producers/<province>/<id>.yaml; the id is the file name without ".yaml")`,
    ]);
  });
});

describe('a province record that failed its schema still lends its names', () => {
  it('does not report the origin of a product naming that province, but still reports a name no province has', () => {
    const { errors } = validateEdited({
      'provinces/thai-nguyen.yaml': replace(['region: northern-midlands-mountains', 'region: bac-bo']),
      'products/hue/ruou-o-lau.md': replace(['province: Thừa Thiên Huế', 'province: Xứ Sở Thần Tiên']),
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /ruou-o-lau\.md: origin\.province: is not a current or former province name; .*"Xứ Sở Thần Tiên"/,
      ),
      expect.stringMatching(/provinces\/thai-nguyen\.yaml: region: must be one of .*\(got "bac-bo"\)$/),
    ]);
  });
});

describe('checking what could be read of a badly broken record', () => {
  it('does not crash on values of the wrong kind and reports each of them', () => {
    const { errors } = validateEdited({
      'products/hue/gao-huu-co-an-lo.md': replace(
        ['producer: htx-an-lo', 'producer: [htx-an-lo]'],
        ['  asWritten: thôn An Lỗ, xã Phong Hiền, huyện Phong Điền\n  province: Thừa Thiên Huế', '  - 1'],
        ['outlets: [ocop-dai-noi]', 'outlets: { a: 1 }\nkeywords: [null]'],
        [
          '  - src: ./images/gao-huu-co-an-lo.jpg',
          '  - null\n  - 5\n  - src: 3\n    alt: x\n  - src: ./images/gao-huu-co-an-lo.jpg',
        ],
        ['traceCode: 7KQ2M9XD', 'traceCode: 3NW8PKRT'],
      ),
    });
    const product = `${ROOT}/products/hue/gao-huu-co-an-lo.md: `;
    expect(
      errors.filter((line) => line.startsWith(product)).map((line) => line.slice(product.length).split(':')[0]),
    ).toEqual(['images[0]', 'images[1]', 'images[2].src', 'keywords[0]', 'origin', 'outlets', 'producer']);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /ruou-o-lau\.md: traceCode: is already used by .*gao-huu-co-an-lo\.md|gao-huu-co-an-lo\.md: traceCode: is already used by/,
      ),
    );
  });
});
