import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldOrder, RECORD_KINDS } from './cmsConfig.ts';
import { markdownFormat, yamlFormat } from './editorFormats.ts';

describe('the record formats the editor writes', () => {
  const order = fieldOrder();

  it('writes a product as the validator reads it: unfolded, dates as text, numbers-as-text quoted, schema order', () => {
    const format = markdownFormat(order.products);
    const text = `---
name: Bưởi
traceCode: 9FYT3RHS
certifications:
  - decision: 2919/QĐ-UBND
    signed: 2020-11-16
    level: province
    authority: UBND tỉnh Thừa Thiên Huế
    result: 3
    kind: new
sample: true
---

Mô tả dài.
`;
    const data = format.fromFile(text) as Record<string, unknown>;
    expect(format.toFile(data)).toBe(text);
    const certifications = data['certifications'] as Record<string, unknown>[];
    certifications.push({ kind: 'renewed', result: 'potential-5', signed: '2024-01-15', decision: '1/QĐ', sample: '' });
    data['descriptionEn'] = 'A very long English description that runs well past eighty characters, as they often do.';
    data['packs'] = [{ size: 'Túi 2 kg', gtin: '8930000000017' }];
    data['images'] = [{ src: 'images/buoi.jpg', alt: 'Bưởi' }];
    data['rawMaterial'] = {};
    expect(format.toFile(data)).toMatchInlineSnapshot(`
      "---
      name: Bưởi
      descriptionEn: A very long English description that runs well past eighty characters, as they often do.
      traceCode: 9FYT3RHS
      certifications:
        - decision: 2919/QĐ-UBND
          signed: 2020-11-16
          level: province
          authority: UBND tỉnh Thừa Thiên Huế
          result: 3
          kind: new
        - decision: 1/QĐ
          signed: 2024-01-15
          result: potential-5
          kind: renewed
      packs:
        - size: Túi 2 kg
          gtin: "8930000000017"
      images:
        - src: ./images/buoi.jpg
          alt: Bưởi
      sample: true
      ---

      Mô tả dài.
      "
    `);
  });

  it('keeps a Zalo number as text and leaves out an emptied field', () => {
    const format = yamlFormat(order.producers);
    const data = format.fromFile(
      'name: HTX\ncontact:\n  zalo: "0900000101"\n  phone: +84 234 3000 101\nsample: true\n',
    );
    expect(data).toEqual({ name: 'HTX', contact: { zalo: '0900000101', phone: '+84 234 3000 101' }, sample: true });
    expect(format.toFile({ ...data, nameEn: '' })).toBe(
      'name: HTX\ncontact:\n  phone: +84 234 3000 101\n  zalo: "0900000101"\nsample: true\n',
    );
  });

  it('writes every record of the sample catalogue back byte for byte when nothing is changed', () => {
    const changed: string[] = [];
    for (const kind of RECORD_KINDS) {
      const format = kind === 'products' ? markdownFormat(order.products) : yamlFormat(order[kind]);
      for (const province of readdirSync(join('content', kind))) {
        for (const file of readdirSync(join('content', kind, province)).filter((f) => /\.(md|yaml)$/.test(f))) {
          const path = join('content', kind, province, file);
          const text = readFileSync(path, 'utf8');
          if (format.toFile(format.fromFile(text)) !== text) changed.push(path);
        }
      }
    }
    expect(changed).toEqual([]);
  });

  it('quotes times and yes/no words that a YAML 1.1 reader would take for numbers and booleans', () => {
    const format = yamlFormat(order.outlets);
    expect(
      format.toFile({ openingHours: [{ days: ['mon'], opens: '07:30', closes: '21:00' }], note: { vi: 'no' } }),
    ).toBe('openingHours:\n  - days:\n      - mon\n    opens: "07:30"\n    closes: "21:00"\nnote:\n  vi: "no"\n');
  });
});
