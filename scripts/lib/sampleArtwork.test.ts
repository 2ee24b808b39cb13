import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../tests/support/fixtureCatalog.ts';
import { hash, motifFor, SAMPLE_LABEL, svgFor, type Artwork } from './sampleArtwork.ts';

const { catalog } = fixtureCatalog('content', '2026-12-03');
const artworks: Artwork[] = catalog.products.map((product) => ({
  name: product.data.name,
  nameEn: product.data.nameEn,
  group: product.data.group,
  subgroup: product.data.subgroup,
  seed: hash(product.data.traceCode),
}));

describe('sample illustrations', () => {
  it('draw no product name or other words but the "sample illustration" tag', () => {
    for (const art of artworks) {
      const svg = svgFor(art);
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(texts, art.name).toEqual([SAMPLE_LABEL]);
      expect(svg).not.toContain(art.name);
    }
  });

  it('draw the product, not its subgroup: honey is not a bowl of rice', () => {
    expect(motifFor({ name: 'Mật ong hoa cà phê Hoàng Nguyên', subgroup: 'raw-preprocessed' }).id).toBe('honey');
    expect(motifFor({ name: 'Gạo hữu cơ An Lỗ', subgroup: 'raw-preprocessed' }).id).toBe('rice-bowl');
    expect(motifFor({ name: 'Miến dong Tài Hoan', subgroup: 'processed' }).id).toBe('noodles');
    expect(motifFor({ name: 'Nước ớt Vinh Xuân', subgroup: 'condiments' }).id).toBe('chilli');
    // In the sample catalogue, products of one subgroup get different drawings wherever their names differ in kind.
    const bySubgroup = new Map<string, Set<string>>();
    for (const art of artworks) {
      const ids = bySubgroup.get(art.subgroup) ?? new Set();
      ids.add(motifFor(art).id);
      bySubgroup.set(art.subgroup, ids);
    }
    expect(bySubgroup.get('raw-preprocessed')?.size).toBeGreaterThanOrEqual(2);
    expect(bySubgroup.get('processed')?.size).toBeGreaterThanOrEqual(8);
    expect(new Set(artworks.map((art) => motifFor(art).id)).size).toBeGreaterThanOrEqual(35);
  });

  it('give every product its own picture', () => {
    expect(new Set(artworks.map(svgFor)).size).toBe(artworks.length);
  });
});
