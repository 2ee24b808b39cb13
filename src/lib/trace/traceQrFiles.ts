import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRecord } from '../records/parseRecord.ts';
import { readContentTree } from '../records/readContentTree.ts';
import { qrImages, qrPng, qrSvg } from './traceQr.ts';
import { absoluteUrl, traceQrUrl, traceUrl } from '../site/urls.ts';

/** A top-level `traceCode: X7K2M9PQ` line, the code plain or quoted. */
const TRACE_CODE_LINE = /^traceCode:[ \t]*(["']?)([A-Za-z0-9-]+)\1[ \t]*(?:#.*)?$/gm;
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/**
 * The trace code of a product record, or undefined. Read from its one top-level `traceCode:` line when it has exactly
 * one (parsing the YAML of 20,000 records took 8 s of each build's check); any other way of writing it is parsed.
 */
export function traceCodeOf(file: string, text: string): string | undefined {
  const head = file.endsWith('.md') ? FRONT_MATTER.exec(text)?.[1] : text;
  const lines = head === undefined ? [] : [...head.matchAll(TRACE_CODE_LINE)];
  if (lines.length === 1) return lines[0]?.[2];
  const parsed = parseRecord(file, text);
  const code = 'record' in parsed ? parsed.record.data['traceCode'] : undefined;
  // The validator, which runs before every build, reports a missing or malformed code by file and field.
  return typeof code === 'string' && /^[A-Za-z0-9-]+$/.test(code) ? code : undefined;
}

/** The trace codes of every product record under a content root, in file order; unreadable records are skipped. */
export function traceCodesOf(contentRoot: string): string[] {
  return readContentTree(contentRoot).files.flatMap((file) =>
    file.collection === 'products' ? (traceCodeOf(file.file, file.text) ?? []) : [],
  );
}

/** The QR image a trace-code URL path asks for (/t/<code>/qr.svg or /t/<code>/qr.png), or undefined. */
export async function traceQrFile(
  pathname: string,
  site: string,
): Promise<{ body: string | Buffer; type: string } | undefined> {
  const match = /^\/t\/([A-Za-z0-9-]+)\/qr\.(svg|png)$/.exec(pathname);
  if (!match) return undefined;
  const [, code = '', format] = match;
  const url = absoluteUrl(traceUrl(code, 'vi'), site);
  return format === 'svg'
    ? { body: await qrSvg(url), type: 'image/svg+xml' }
    : { body: await qrPng(url), type: 'image/png' };
}

/**
 * Writes /t/<code>/qr.svg and /t/<code>/qr.png for every code into a built site. Both encode the absolute
 * Vietnamese trace URL, which links to the English one. Returns the number of files written.
 */
export async function writeTraceQrFiles(outDir: string, codes: readonly string[], site: string): Promise<number> {
  let written = 0;
  for (const code of codes) {
    const url = absoluteUrl(traceUrl(code, 'vi'), site);
    await mkdir(join(outDir, 't', code), { recursive: true });
    const { svg, png } = qrImages(url);
    await Promise.all([
      writeFile(join(outDir, traceQrUrl(code, 'svg')), svg),
      writeFile(join(outDir, traceQrUrl(code, 'png')), png),
    ]);
    written += 2;
  }
  return written;
}
