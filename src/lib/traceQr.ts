import QRCode from 'qrcode';

/**
 * Error correction M (15 % of the code can be lost) with the standard 4-module quiet zone: stamps get scuffed and
 * printed small, and a trace URL is short enough that M keeps the code at 33 × 33 modules or less.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** The QR code of a URL as a standalone SVG, black modules on white, scalable for print. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
}

/** The same code as a PNG of whole pixels per module (no blur when printed or placed in a document). */
export function qrPng(text: string, pixelsPerModule = 12): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', scale: pixelsPerModule });
}
