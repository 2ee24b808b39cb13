import { describe, expect, it } from 'vitest';
import { certificateState } from '../../src/lib/certification/certificateState.ts';
import { COLLECTIONS, type CollectionName } from '../../src/lib/records/contentLayout.ts';
import { parseRecord } from '../../src/lib/records/parseRecord.ts';
import type { RawFile } from '../../src/lib/records/readContentTree.ts';
import { seededRandom } from './seededRandom.ts';
import { CERTIFICATE_SCENARIOS, generateSyntheticCatalog, readProvinceSeeds } from './syntheticCatalog.ts';
import { validateCatalog } from '../../src/lib/records/validateCatalog.ts';
import { ProductSchema } from '../../src/schemas/product.ts';

const provinces = readProvinceSeeds('content/provinces');
const today = '2026-05-01';
const generate = (products: number, seed = 7) => generateSyntheticCatalog({ products, seed, today, provinces });

function asRawFiles(files: { path: string; text: string }[]): RawFile[] {
  return files.map(({ path, text }) => {
    const [collection, ...rest] = path.split('/') as [CollectionName, ...string[]];
    return {
      file: path,
      collection,
      id: (rest.at(-1) ?? '').replace(/\.[^.]+$/, ''),
      folder: COLLECTIONS[collection].depth === 2 ? rest[0] : undefined,
      text,
    };
  });
}

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateSyntheticCatalog', () => {
  const catalog = generate(200);

  it('writes the same bytes for the same seed, and another catalogue for another seed', () => {
    expect(generate(200).files).toEqual(catalog.files);
    expect(generate(400, 8).files).not.toEqual(catalog.files);
  });

  it('passes the validator as a real content tree', () => {
    const result = validateCatalog(asRawFiles(catalog.files), { today, imageExists: () => true });
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({ products: 200, producers: 100, provinces: provinces.length });
  }, 30_000);

  it('spreads about N/2 producers over every province', () => {
    const folders = new Set(
      catalog.files.filter((f) => f.path.startsWith('producers/')).map((f) => f.path.split('/')[1]),
    );
    expect(folders.size).toBe(provinces.length);
  });

  it('contains every certificate situation, even in a tiny catalogue', () => {
    const small = generate(CERTIFICATE_SCENARIOS.length);
    expect(Object.values(small.scenarios).every((count) => count === 1)).toBe(true);
    const states = new Set<string>();
    const kinds = new Set<string>();
    const results = new Set<string>();
    for (const file of small.files.filter((f) => f.path.startsWith('products/'))) {
      const parsed = parseRecord(file.path, file.text);
      if (!('record' in parsed)) throw new Error(file.path);
      const product = ProductSchema.parse(parsed.record.data);
      states.add(certificateState(product.certifications, today).state);
      for (const c of product.certifications) {
        kinds.add(c.kind);
        results.add(String(c.result));
      }
    }
    expect([...states].sort()).toEqual(['expired', 'expiring', 'revoked', 'valid']);
    expect([...kinds].sort()).toEqual(['new', 'renewed', 'upgraded']);
    expect([...results].sort()).toEqual(['3', '4', '5', 'potential-5']);
  });

  it('gives every product its own Crockford trace code', () => {
    const codes = catalog.files
      .filter((f) => f.path.startsWith('products/'))
      .map((f) => /^traceCode: "?([0-9A-Z]{8})"?$/m.exec(f.text)?.[1]);
    expect(codes.every((code) => code !== undefined && /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(200);
  });

  it('writes Vietnamese names with every tone mark and đ', () => {
    const text = catalog.files
      .map((f) => f.text)
      .join('\n')
      .normalize('NFD');
    for (const mark of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) expect(text).toContain(mark);
    expect(text).toMatch(/[đĐ]/);
  });
});
