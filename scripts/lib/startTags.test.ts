import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scanPage } from './linkCheck.ts';
import { scanStartTags } from './startTags.ts';

const SITE = 'https://ocop.example.vn';

/**
 * The start tags htmlparser2 reports, names lower-cased (inside <svg> it restores camelCase), without the ones it
 * only implies (a stray </p> or </br>: no attributes, nothing for the link check).
 */
function reference(html: string): [string, Record<string, string>][] {
  const tags: [string, Record<string, string>][] = [];
  const parser = new Parser({
    onopentag: (name, attribs, implied) => {
      if (!implied) tags.push([name.toLowerCase(), { ...attribs }]);
    },
  });
  parser.end(html);
  return tags;
}

function fast(html: string): [string, Record<string, string>][] | false {
  const tags: [string, Record<string, string>][] = [];
  return scanStartTags(html, (name, attribs) => tags.push([name, attribs])) ? tags : false;
}

/** The same, from the page's UTF-8 bytes read as Latin-1, as the link check reads pages. */
function fastFromBytes(html: string): [string, Record<string, string>][] | false {
  const tags: [string, Record<string, string>][] = [];
  const bytes = Buffer.from(html).toString('latin1');
  return scanStartTags(bytes, (name, attribs) => tags.push([name, attribs]), { latin1: true }) ? tags : false;
}

describe('scanStartTags', () => {
  const inSubset: Record<string, string> = {
    'a page as Astro writes it': `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trà &amp; <b>cà phê</b></title>
      <meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='"><link rel="stylesheet" href="/_astro/a.css">
      <script type="module">if (a < b && c > d) document.write('<a href="/nowhere">')</script>
      <style>a::before{content:"<img src=x>"}</style></head><body><a href="/products/?q=tr&#7843;&amp;page=2" class=''>x</a>
      <img src="/a.avif" srcset="/a.avif 400w, /b.avif 800w" alt="Trà &quot;Shan&quot; &#x1F375; &#39;x&#39;" loading="lazy"/>
      <!-- <a href="/in-a-comment"> --><input disabled id="q"><a name="top"></a><p>1 < 2 and 3 > 2</p>
      <SCRIPT>let x = '</scripted>';</SCRIPT><textarea id="t"><a href="/not-a-link"></textarea></body></html>`,
    'an svg with a title, a link and self-closed shapes': `<body><svg viewBox="0 0 10 10" aria-labelledby="t1"><title id="t1">Bản đồ</title>
      <a href="https://example.com/x"><circle cx="1" cy="1" r="1"/></a><linearGradient id="g"><stop offset="0"/></linearGradient>
      <style>.a{fill:red}</style></svg><a href="/after" id="after">after</a></body>`,
    'a form, closed, then another': '<form action="/search/" id="f1"></form><form action="/search/2/" id="f2"></form>',
    'repeated attributes and attributes without a value': '<a href="/first" href="/second" download data-x= "y" >x</a>',
    'an ampersand that starts no reference': '<a href="/a?x=1 & y" title="A & B">x</a>',
    'letters beyond ASCII in values, raw and as references':
      '<a href="/tìm/?q=trà&amp;p=ả" id="mục-lục" title="&#7843;ạ">x</a>',
    'a stray less-than and a closing tag with spaces': '<p>a <- b</p ><div\n id="x"\tclass="y"></div>',
  };
  for (const [what, html] of Object.entries(inSubset))
    it(`reports what htmlparser2 reports: ${what}`, () => {
      expect(fast(html)).toEqual(reference(html));
      expect(fastFromBytes(html)).toEqual(reference(html));
    });

  const outside: Record<string, string> = {
    'an unquoted attribute value': '<a href=/x>x</a>',
    'a letter beyond ASCII in an attribute name': '<a data-tên="x" href="/x">x</a>',
    'a named reference other than the five': '<a title="caf&eacute;">x</a>',
    'a reference without a semicolon': '<a title="&amp x">x</a>',
    'a C1 numeric reference (Windows-1252 in HTML)': '<a title="&#150;">x</a>',
    'a self-closed svg (not closed in HTML)': '<svg/><a href="/x">x</a>',
    'a second form inside the first': '<form id="a"><form id="b"></form></form>',
    'an HTML element inside an svg': '<svg><div id="x"></div></svg>',
    'an svg closed by an ancestor': '<div><svg><g></div><a href="/x"></a>',
    'an svg title with markup': '<svg><title>a <b>b</b></title></svg>',
    '<image> outside svg (an <img> to htmlparser2)': '<image src="/x.png">',
    'a processing instruction': '<?xml version="1.0"?><a href="/x">x</a>',
    CDATA: '<![CDATA[<a href="/x">]]>',
    'a comment ending in --!>': '<!-- a --!><a href="/x">x</a>-->',
    'an empty comment': '<!--><a href="/x">x</a>',
    'a script that is never closed': '<script>let a = 1;',
    'a tag cut off at the end': '<a href="/x"',
  };
  for (const [what, html] of Object.entries(outside))
    it(`leaves the page to htmlparser2: ${what}`, () => {
      expect(fast(html)).toBe(false);
      expect(fastFromBytes(html)).toBe(false);
    });

  it('gives scanPage the same references, ids and unsafe links as htmlparser2, on pages in and out of the subset', () => {
    for (const html of [...Object.values(inSubset), ...Object.values(outside)]) {
      expect(scanPage(html, SITE)).toEqual(scanPage(html, SITE, { parser: 'htmlparser2' }));
      const bytes = Buffer.from(html).toString('latin1');
      expect(scanPage(bytes, SITE, { latin1: true })).toEqual(scanPage(html, SITE, { parser: 'htmlparser2' }));
    }
  });

  // Pages as the build writes them (tests/fixtures/pages: copies of built pages, the sample catalogue's and the
  // synthetic national one's): the scanner reads them all itself, with no fallback, and as htmlparser2 does.
  const pages = join(import.meta.dirname, '../../tests/fixtures/pages');
  for (const page of readdirSync(pages))
    it(`reads a built page as htmlparser2 does, with no fallback: ${page}`, () => {
      const html = readFileSync(join(pages, page), 'utf8');
      expect(fast(html)).toEqual(reference(html));
      expect(fastFromBytes(html)).toEqual(reference(html));
      expect(scanPage(html, SITE)).toEqual(scanPage(html, SITE, { parser: 'htmlparser2' }));
    });
});
