import { describe, expect, it } from 'vitest';
import { decodeQr } from '../../tests/decodeQr.ts';
import { qrPng, qrSvg } from './traceQr.ts';
import { absoluteUrl, traceUrl } from './urls.ts';

describe('trace QR codes', () => {
  const url = absoluteUrl(traceUrl('7KQ2M9XD', 'vi'), 'https://ocop.example.vn');

  it('encodes the absolute trace page URL, read back exactly from the SVG', async () => {
    expect(url).toBe('https://ocop.example.vn/t/7KQ2M9XD/');
    expect(await decodeQr(await qrSvg(url))).toBe(url);
  });

  it('reads back the same URL from the PNG', async () => {
    expect(await decodeQr(await qrPng(url))).toBe(url);
  });

  it('still reads when printed small (about 2 cm at 300 dpi is 240 px)', async () => {
    expect(await decodeQr(await qrSvg(url), 240)).toBe(url);
  });

  it('follows the configured site, not a hard-coded host', async () => {
    const other = absoluteUrl(traceUrl('3NW8PKRT', 'vi'), 'https://ocop.gov.example/');
    expect(await decodeQr(await qrSvg(other))).toBe('https://ocop.gov.example/t/3NW8PKRT/');
  });
});
