/** qrcode's SVG writer, which its types do not declare: the part src/lib/trace/traceQr.ts uses. */
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode } from 'qrcode';
  const svgTag: {
    render(code: QRCode, options: { margin?: number; color?: { dark?: string; light?: string } }): string;
  };
  export default svgTag;
}
