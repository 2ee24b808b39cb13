import { describe, expect, it } from 'vitest';
import { decodeQr } from '../../../tests/support/decodeQr.ts';
import sharp from 'sharp';
import QRCode from 'qrcode';
import { bilevelPng, qrImages, qrPng, qrSvg } from './traceQr.ts';
import { absoluteUrl, traceUrl } from '../site/urls.ts';

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

  it('draws both images from one encoding, the SVG as qrcode writes it itself', async () => {
    const { svg, png } = qrImages(url);
    expect(svg).toBe(
      await QRCode.toString(url, {
        errorCorrectionLevel: 'M',
        margin: 4,
        type: 'svg',
        color: { dark: '#000000', light: '#ffffff' },
      }),
    );
    expect(svg).toBe(await qrSvg(url));
    expect(png.equals(await qrPng(url))).toBe(true);
    expect(await decodeQr(png)).toBe(url);
  });

  it('follows the configured site, not a hard-coded host', async () => {
    const other = absoluteUrl(traceUrl('3NW8PKRT', 'vi'), 'https://ocop.gov.example/');
    expect(await decodeQr(await qrSvg(other))).toBe('https://ocop.gov.example/t/3NW8PKRT/');
  });
});

describe('the PNG writer', () => {
  const url = absoluteUrl(traceUrl('7KQ2M9XD', 'vi'), 'https://ocop.example.vn');

  it('writes a 1-bit greyscale PNG of whole pixels per module that sharp reads at the expected size', async () => {
    const png = await qrPng(url, 10);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.channels).toBe(1);
    // 29 modules (version 3) plus a 4-module quiet zone each side, 10 pixels a module.
    expect(meta.width).toBe((29 + 8) * 10);
    expect(meta.height).toBe(meta.width);
    expect(png.length).toBeLessThan(2_000);
  });

  it('paints exactly the dark cells', async () => {
    const dark = [
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ];
    const { data, info } = await sharp(bilevelPng(dark, 3)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([9, 9]);
    for (let y = 0; y < 9; y++)
      for (let x = 0; x < 9; x++)
        expect(data[(y * 9 + x) * info.channels]).toBe(dark[Math.floor(y / 3)]?.[Math.floor(x / 3)] ? 0 : 255);
  });
});
