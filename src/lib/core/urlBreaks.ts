/**
 * A URL cut into the pieces between which a line may break, as style guides do it: after "//" and each "/", before
 * each "." and after "?", "&" and "=". Rendered with <wbr> between the pieces and no break-all, a long address
 * wraps at a slash or a dot on a phone instead of in the middle of a word ("calen|dar").
 */
export function urlBreaks(url: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < url.length; i++) {
    const char = url.charAt(i);
    if (char === '.' && piece !== '') {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
    const after = /[/?&=]/.test(char) && url.charAt(i + 1) !== '/' && i + 1 < url.length;
    if (after) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
