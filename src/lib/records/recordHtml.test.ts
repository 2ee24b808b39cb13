import { describe, expect, it } from 'vitest';
import { executableTraces, XSS_PAYLOADS } from '../../../tests/support/xssCorpus.ts';
import { containsHtmlTag, findUnsafeHtml, firstHtmlTag, sanitizeRecordHtml } from './recordHtml.ts';

describe('sanitizeRecordHtml', () => {
  it.each(XSS_PAYLOADS)('leaves nothing executable of %s', (payload) => {
    expect(executableTraces(sanitizeRecordHtml(`<p>Mè xửng</p>${payload}`))).toEqual([]);
  });

  it('keeps allowed formatting and marks external links', () => {
    expect(
      sanitizeRecordHtml(
        '<p><strong>Đặc sản</strong> <a href="https://example.vn/x">Huế</a> <a href="/products/x/">x</a></p>',
      ),
    ).toBe(
      '<p><strong>Đặc sản</strong> <a href="https://example.vn/x" rel="noopener noreferrer">Huế</a> <a href="/products/x/">x</a></p>',
    );
  });
});

describe('findUnsafeHtml (the validator side)', () => {
  it.each(XSS_PAYLOADS)('reports %s', (payload) => {
    expect(findUnsafeHtml(`Mô tả sản phẩm.\n\n${payload}\n`)).not.toEqual([]);
  });

  it('names what it found', () => {
    expect(findUnsafeHtml('<p onclick="x()">a</p> <script>x</script> [a](javascript:x)')).toEqual([
      { found: 'onclick= on <p>' },
      { found: '<script>' },
      { found: 'javascript: link' },
    ]);
  });

  it('accepts Markdown, allowed tags, and HTML shown as code', () => {
    expect(findUnsafeHtml('**Đậm**, <em>nghiêng</em>, [liên kết](https://example.vn) và `<script>` trong mã.')).toEqual(
      [],
    );
  });
});

describe('containsHtmlTag', () => {
  it('finds tags in plain-text fields but not comparisons', () => {
    expect(containsHtmlTag('Nước mắm <b>ngon</b>')).toBe(true);
    expect(containsHtmlTag('độ đạm < 30 g/l và > 20 g/l')).toBe(false);
  });
});

describe('firstHtmlTag', () => {
  it('gives the first tag as written, for the validator to quote', () => {
    expect(firstHtmlTag('Strong <b>rice</b> wine')).toBe('<b>');
    expect(firstHtmlTag('Nước mắm <a href="https://example.vn">ngon</a>')).toBe('<a href="https://example.vn">');
    expect(firstHtmlTag('độ đạm < 30 g/l và > 20 g/l')).toBeUndefined();
  });
});
