import { describe, expect, it } from 'vitest';
import type { Certification } from '../../schemas/product.ts';
import { recentCertifications } from './recentCertifications.ts';

const cert = (signed: string, decision = `${signed}/QĐ`): Certification =>
  ({ decision, signed, level: 'province', authority: 'UBND', result: 4, kind: 'new', sample: true }) as Certification;
const product = (id: string, ...certifications: Certification[]) => ({ id, data: { certifications } });

describe('recentCertifications', () => {
  const products = [
    product('b', cert('2024-03-01'), cert('2026-12-01')),
    product('a', cert('2024-03-01'), cert('2020-11-16')),
  ];

  it('lists decisions most recently signed first, each product and decision once', () => {
    const items = recentCertifications(products, '2026-11-23', 10).map((i) => [i.product.id, i.certification.signed]);
    expect(items).toEqual([
      ['a', '2024-03-01'],
      ['b', '2024-03-01'],
      ['a', '2020-11-16'],
    ]);
  });

  it('leaves out decisions not signed yet, and stops at the limit', () => {
    expect(recentCertifications(products, '2026-12-01', 1).map((i) => i.certification.signed)).toEqual(['2026-12-01']);
  });
});
