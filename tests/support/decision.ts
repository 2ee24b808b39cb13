import type { Certification } from '../../src/schemas/product.ts';

/** A provincial 3-star decision of 16 Nov 2020 (Thừa Thiên Huế's 2919/QĐ-UBND), with any field replaced. */
export const decision = (over: Partial<Certification> = {}): Certification => ({
  decision: '2919/QĐ-UBND',
  signed: '2020-11-16',
  level: 'province',
  authority: 'UBND tỉnh Thừa Thiên Huế',
  result: 3,
  kind: 'new',
  sample: false,
  ...over,
});
