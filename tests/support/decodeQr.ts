import jsQR from 'jsqr';
import sharp from 'sharp';

/** Reads a QR code back from an image the way a phone camera would: pixels in, text out. */
export async function decodeQr(image: Buffer | string, width = 400): Promise<string | undefined> {
  const { data, info } = await sharp(typeof image === 'string' ? Buffer.from(image) : image, { density: 300 })
    .resize(width, width, { kernel: 'nearest', fit: 'contain', background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}
