import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../../src/config.ts';
import type { ProductsExport } from '../../src/lib/openData/productsExport.ts';

/** The built site the browser tests read: `dist/`, or OCOP_DIST. */
export const dist = distDir();

/** The built site's own /data/products.json: tests pick their products from it instead of naming sample records. */
export function builtProducts(): ProductsExport {
  return JSON.parse(readFileSync(join(dist, 'data/products.json'), 'utf8')) as ProductsExport;
}
