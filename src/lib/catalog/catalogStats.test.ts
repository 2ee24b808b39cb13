import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../tests/support/fixtureCatalog.ts';
import { GROUP_IDS } from '../../schemas/groups.ts';
import { PRODUCER_TYPES } from '../../schemas/producer.ts';
import { barChartLayout, catalogStats } from './catalogStats.ts';

const { catalog } = fixtureCatalog('tests/fixtures/minimal', '2026-11-23');
const stats = catalogStats(catalog, { groups: GROUP_IDS, producerTypes: PRODUCER_TYPES });
const sum = (counts: { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

describe('catalogStats', () => {
  it('counts only products certified today, and every chart adds up to that number', () => {
    expect(stats.certified).toBe(catalog.products.filter((p) => p.cert.certified).length);
    expect(stats.certified).toBeLessThan(stats.total); // the fixture's Ô Lâu wine certificate has lapsed
    for (const counts of [stats.byStars, stats.byGroup, stats.byProvince, stats.byProducerType, stats.byYear])
      expect(sum(counts)).toBe(stats.certified);
  });
  it('keeps every star level and group in the tables, with zeros', () => {
    expect(stats.byStars.map((c) => c.key)).toEqual(['5', 'potential-5', '4', '3']);
    expect(stats.byGroup).toHaveLength(GROUP_IDS.length);
  });
});

describe('barChartLayout', () => {
  it('scales the longest bar to the full width and stacks rows', () => {
    const { bars, height } = barChartLayout(
      [
        { key: 'a', label: 'A', count: 4 },
        { key: 'b', label: 'B', count: 1 },
        { key: 'c', label: 'C', count: 0 },
      ],
      { barArea: 200, rowHeight: 30 },
    );
    expect(bars.map((b) => b.width)).toEqual([200, 50, 0]);
    expect(bars.map((b) => b.y)).toEqual([0, 30, 60]);
    expect(height).toBe(90);
  });
});
