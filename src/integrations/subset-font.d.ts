/** subset-font 2.x ships no types: the part src/integrations/webFonts.ts uses. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
  }
  export default function subsetFont(buffer: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
