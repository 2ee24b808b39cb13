import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLabel, formatProblem } from '../src/lib/records/formatIssues.ts';
import { readContentTree } from '../src/lib/records/readContentTree.ts';
import { validateCatalog } from '../src/lib/records/validateCatalog.ts';

const validate = (root: string) => {
  const { files, problems } = readContentTree(root);
  const result = validateCatalog(files, {
    today: '2026-11-23',
    imageExists: (file, src) => existsSync(resolve(dirname(file), src)),
  });
  return { ...result, errors: [...problems, ...result.errors].map(formatProblem).sort() };
};

describe('validator on a tree with one mistake per file', () => {
  it('lists every problem at once, each naming file and field', () => {
    expect(validate('tests/fixtures/broken').errors).toMatchInlineSnapshot(`
      [
        "tests/fixtures/broken/events/festival-ocop-2026.md: end: must not be before start 2026-12-18 (got 2026-12-01)",
        "tests/fixtures/broken/outlets/hue/ocop-dai-noi.yaml: producers[0]: no producer has the id "htx-khong-ton-tai" (the id is the file name without its ending, from content/producers/<province>/)",
        "tests/fixtures/broken/producers/hue/htx-an-lo.yaml: contact.email: must be an e-mail address (got "anlo-at-example.vn")",
        "tests/fixtures/broken/producers/hue/htx-an-lo.yaml: contact.phnoe: is not a field of this record; did you mean "phone"? (check the spelling; see the README for the record format)",
        "tests/fixtures/broken/products/hue/bad-gtin.md: packs[0].gtin: check digit is wrong: a GTIN-13 starting 893456313816 ends in 5; check the number on the pack (got "8934563138164")",
        "tests/fixtures/broken/products/hue/bad-gtin.md: packs[1].gtin: must be a GTIN of 8, 12, 13 or 14 digits, as printed under the barcode (got "89345631381")",
        "tests/fixtures/broken/products/hue/bad-stars.md: certifications[0].result: must be 3, 4, 5 or "potential-5" (1 and 2 stars are not certified) (got 6)",
        "tests/fixtures/broken/products/hue/bad-subgroup.md: subgroup: is not a subgroup of "beverages"; use one of alcoholic, non-alcoholic (got tea)",
        "tests/fixtures/broken/products/hue/broken-yaml.md: YAML syntax error on line 2: Missing closing "quote",
        "tests/fixtures/broken/products/hue/expiry-before-signing.md: certifications[0].validUntil: must be after the signing date 2020-11-16 (got 2019-01-01)",
        "tests/fixtures/broken/products/hue/feb-thirty.md: certifications[0].signed: is not a real calendar date: February 2023 has 28 days; check the day (got "2023-02-30")",
        "tests/fixtures/broken/products/hue/future-decision.md: certifications[0].signed: is after today (2026-11-23); a decision cannot be signed in the future, check the year and the day-month order (got "2027-06-16")",
        "tests/fixtures/broken/products/hue/future-decision.md: certifications[1].revoked.date: is after today (2026-11-23); record a revocation once its decision is signed (got "2027-01-10")",
        "tests/fixtures/broken/products/hue/image-outside.md: images[0].src: must stay inside the content folder; put the image beside the record, like "./images/photo.jpg" (got "../../../minimal/products/hue/images/gao-huu-co-an-lo.jpg")",
        "tests/fixtures/broken/products/hue/image-outside.md: images[1].src: must stay inside the content folder; put the image beside the record, like "./images/photo.jpg" (got "../../../../../../../../../../etc/hostname")",
        "tests/fixtures/broken/products/hue/image-outside.md: images[2].src: must be a path relative to the record, like "./images/photo.jpg", not an absolute path (got "/etc/hostname")",
        "tests/fixtures/broken/products/hue/image-outside.md: images[3].src: must be an image file ending in .jpg, .jpeg, .png, .webp, .avif (got "./gao-huu-co-an-lo.md")",
        "tests/fixtures/broken/products/hue/missing-image.md: images[0].src: the image file is not there: put the photo at tests/fixtures/broken/products/hue/images/khong-co.jpg or correct the file name (got "./images/khong-co.jpg")",
        "tests/fixtures/broken/products/hue/origin-elsewhere.md: origin.province: names a place now in "quang-ninh", not "hue" where the file is (got "Quảng Ninh")",
        "tests/fixtures/broken/products/hue/ruou-o-lau.md: traceCode: is already used by tests/fixtures/broken/products/hue/duplicate-code.md; every product needs its own code (got "3NW8PKRT")",
        "tests/fixtures/broken/products/hue/unknown-producer.md: producer: no producer has the id "htx-khong-co" (producer files are content/producers/<province>/<id>.yaml; the id is the file name without ".yaml")",
        "tests/fixtures/broken/products/hue/wrong-folder.md: producer: belongs to province "thai-nguyen" but this product is in folder "hue"; move the file to content/products/thai-nguyen/",
        "tests/fixtures/broken/products/loose.md: is not loaded by the site: records of this kind must be at products/<province>/<id>.md",
      ]
    `);
  });
});

describe('validator on valid trees', () => {
  it('passes the minimal fixture with only a warning for the lapsed certificate', () => {
    const result = validate('tests/fixtures/minimal');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'tests/fixtures/minimal/products/hue/ruou-o-lau.md: certifications: certificate expired on 2023-11-16; record a renewal or it is shown as expired',
    ]);
  });

  it('passes the sample catalogue', () => {
    const result = validate('content');
    expect(result.errors).toEqual([]);
    expect(result.counts.provinces).toBe(34);
  });
});

describe('npm run validate', () => {
  const run = (root: string) =>
    spawnSync(process.execPath, ['scripts/validate.ts', '--quiet'], {
      env: { ...process.env, OCOP_CONTENT_DIR: root, OCOP_TODAY: '2026-11-23' },
      encoding: 'utf8',
    });

  it('exits 1 on a broken tree, prints one line per problem and no stack trace', () => {
    const result = run('tests/fixtures/broken');
    expect(result.status).toBe(1);
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('tests/'));
    expect(lines).toHaveLength(validate('tests/fixtures/broken').errors.length);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the problems grouped by file, and says that list items are counted from 0', () => {
    const result = run('tests/fixtures/broken');
    const files = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('tests/'))
      .map((line) => line.slice(0, line.indexOf(': ')));
    expect(files).toEqual([...files].sort());
    expect(result.stderr).toContain('Items in a list are counted from 0: certifications[0] is the first decision');
  });

  it('names each field as the web editor does too, in Vietnamese, after its path in the file', () => {
    const result = run('tests/fixtures/broken');
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('tests/'));
    expect(
      lines.some((line) => /\/products\/.*: certifications\[\d+\]\.\w+ \(«Quyết định công nhận OCOP › /.test(line)),
    ).toBe(true);
    expect(fieldLabel('content/products/hue/gao.md', 'certifications[1].signed')).toBe(
      'Quyết định công nhận OCOP › Ngày ký',
    );
    expect(fieldLabel('content/outlets/hue/cho.yaml', 'openingHours[0].opens')).toBe('Giờ mở cửa › Mở cửa');
    expect(fieldLabel('content/producers/hue/htx.yaml', 'tpye')).toBeUndefined();
    expect(fieldLabel('content/events/hoi-cho.md', 'start')).toBeUndefined();
  });

  it('exits 0 on a valid tree', () => {
    const result = run('tests/fixtures/minimal');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/3 products.*no errors/);
  });
});
