import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeQr } from '../../../tests/support/decodeQr.ts';
import { parseRecord } from '../records/parseRecord.ts';
import { readContentTree } from '../records/readContentTree.ts';
import { traceCodeOf, traceCodesOf, traceQrFile, writeTraceQrFiles } from './traceQrFiles.ts';

const out = mkdtempSync(join(tmpdir(), 'ocop-qr-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('trace QR files written beside the build', () => {
  const codes = traceCodesOf('tests/fixtures/minimal');

  it('finds one trace code per product record', () => {
    const products = readdirSync('tests/fixtures/minimal/products', { recursive: true }).filter((f) =>
      String(f).endsWith('.md'),
    );
    expect(codes.length).toBe(products.length);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('reads the code from its line as the YAML parser reads it, and parses any other way of writing it', () => {
    for (const file of readContentTree('content').files.filter((f) => f.collection === 'products')) {
      const parsed = parseRecord(file.file, file.text);
      expect('record' in parsed && traceCodeOf(file.file, file.text)).toBe(
        'record' in parsed && parsed.record.data['traceCode'],
      );
    }
    const md = (front: string, body = '') => `---\nname: Mắm\n${front}\n---\n${body}`;
    expect(traceCodeOf('a.md', md('traceCode: "7KQ2M9XD"  # dán trên tem'))).toBe('7KQ2M9XD');
    expect(traceCodeOf('a.md', md("traceCode: '7KQ2M9XD'"))).toBe('7KQ2M9XD');
    // Written as a block, or twice (the second in the body): the parser decides.
    expect(traceCodeOf('a.md', md('traceCode: >-\n  7KQ2M9XD'))).toBe('7KQ2M9XD');
    expect(traceCodeOf('a.md', md('traceCode: 7KQ2M9XD', 'traceCode: OTHER'))).toBe('7KQ2M9XD');
    // Not a top-level key, or malformed: none.
    expect(traceCodeOf('a.md', md('origin:\n  traceCode: 7KQ2M9XD'))).toBeUndefined();
    expect(traceCodeOf('a.md', md('traceCode: 7KQ 2M9XD'))).toBeUndefined();
    expect(traceCodeOf('a.yaml', 'name: Mắm\ntraceCode: 7KQ2M9XD\n')).toBe('7KQ2M9XD');
  });

  it('writes an SVG and a PNG per code that read back as the absolute trace URL', async () => {
    expect(await writeTraceQrFiles(out, codes, 'https://ocop.example.vn')).toBe(codes.length * 2);
    for (const code of codes) {
      const expected = `https://ocop.example.vn/t/${code}/`;
      expect(await decodeQr(readFileSync(join(out, 't', code, 'qr.svg'), 'utf8'))).toBe(expected);
      expect(await decodeQr(readFileSync(join(out, 't', code, 'qr.png')))).toBe(expected);
    }
  });

  it('serves the same images by path in development, and nothing else', async () => {
    const [code = ''] = codes;
    const svg = await traceQrFile(`/t/${code}/qr.svg`, 'https://ocop.example.vn');
    expect(svg?.type).toBe('image/svg+xml');
    expect(svg?.body).toBe(readFileSync(join(out, 't', code, 'qr.svg'), 'utf8'));
    expect(await traceQrFile(`/t/${code}/`, 'https://ocop.example.vn')).toBeUndefined();
    expect(await traceQrFile('/t/../etc/qr.svg', 'https://ocop.example.vn')).toBeUndefined();
  });
});
