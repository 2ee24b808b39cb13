import { contentDir } from '../../config.ts';

/**
 * Where each kind of record lives under the content root. The Astro collections and the validator both read this,
 * so a file the site would not load is never silently skipped: the validator reports it.
 */
export const COLLECTIONS = {
  provinces: { pattern: '*.yaml', depth: 1, ext: '.yaml' },
  producers: { pattern: '*/*.yaml', depth: 2, ext: '.yaml' },
  products: { pattern: '*/*.md', depth: 2, ext: '.md' },
  events: { pattern: '*.md', depth: 1, ext: '.md' },
  outlets: { pattern: '*/*.yaml', depth: 2, ext: '.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Image files may sit anywhere under a collection folder (products/<province>/images/…). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** The content root: OCOP_CONTENT_DIR, or content/ beside package.json. Fixture and synthetic trees use the variable. */
export function contentRoot(): string {
  return contentDir();
}

/** The record id is the file name without extension: content/products/hue/me-xung.md → "me-xung". */
export function idFromPath(relativePath: string): string {
  const name = relativePath.split('/').at(-1) ?? relativePath;
  return name.replace(/\.[^.]+$/, '');
}
