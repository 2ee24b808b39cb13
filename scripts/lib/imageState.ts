import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { intern } from './intern.ts';

/**
 * Which of Astro's image files each page shows, kept between builds so that a rebuild can remove the images no page
 * shows any longer: a record's photo replaced under the same file name, or the photo of a removed product, leaves
 * its old files in dist/_astro/ otherwise (a full build would not write them).
 *
 * Astro names an image it copies `<name>.<hash>.<ext>` (the hash of the source file's bytes) and each size or format
 * it makes of it `<name>.<hash>_<variant>.<ext>`: `<name>.<hash>` is the image's base, and every file of one base
 * goes when the last page showing any of them is gone.
 */

const IMAGE_FILE = /^_astro\/([^/]+)\.(?:avif|gif|jpe?g|png|svg|tiff?|webp)$/i;
/** `<name>.<hash>` of Astro's asset names (hash: 8 characters). */
const BASE = /\.[A-Za-z0-9_-]{8}$/;
const VARIANT = /^(.*\.[A-Za-z0-9_-]{8})_[A-Za-z0-9-]+$/;

/** The base of one of Astro's image files (a path in dist/), or undefined for any other file. */
export function imageBaseOf(file: string): string | undefined {
  const stem = IMAGE_FILE.exec(file)?.[1];
  if (stem === undefined) return undefined;
  if (BASE.test(stem)) return stem;
  return VARIANT.exec(stem)?.[1];
}

/** The image bases some checked files show, as a part of the link check found them. */
export interface ImageTally {
  bases: string[];
  /** File (a page, stylesheet or feed) → indexes in `bases`. Files that show none are left out. */
  files: [string, number[]][];
}

export interface ImageState {
  bases: string[];
  /** File → indexes in `bases`; files that show no image are not listed. */
  files: Record<string, number[]>;
}

/** An empty tally, and the function that adds the bases one file shows. */
export function imageTally(): { tally: ImageTally; add: (file: string, bases: Iterable<string>) => void } {
  const tally: ImageTally = { bases: [], files: [] };
  const index = new Map<string, number>();
  const add = (file: string, bases: Iterable<string>) => {
    const indexes = [...new Set(bases)].map((base) => intern(tally.bases, index, base));
    if (indexes.length > 0) tally.files.push([file, indexes]);
  };
  return { tally, add };
}

/**
 * The state after a check: the files of `previous` (its files that `keep` denies dropped: those checked again, or
 * gone), then the files of the tallies.
 */
export function imageState(
  tallies: readonly ImageTally[],
  previous?: ImageState,
  keep: (file: string) => boolean = () => true,
): ImageState {
  const state: ImageState = { bases: [], files: {} };
  const index = new Map<string, number>();
  const put = (file: string, bases: readonly string[], indexes: readonly number[]) => {
    state.files[file] = indexes.map((at) => intern(state.bases, index, bases[at] ?? ''));
  };
  if (previous)
    for (const [file, indexes] of Object.entries(previous.files)) if (keep(file)) put(file, previous.bases, indexes);
  for (const tally of tallies) for (const [file, indexes] of tally.files) put(file, tally.bases, indexes);
  return state;
}

/** The bases some file of `state` shows. */
function shown(state: ImageState): Set<string> {
  const bases = new Set<string>();
  for (const indexes of Object.values(state.files)) for (const at of indexes) bases.add(state.bases[at] ?? '');
  return bases;
}

/**
 * The image files of dist/ that a file of `before` showed (through their base) and no file of `after` shows. Only
 * those: an image no checked file ever showed (one only a data file names, say) is never taken for a leftover.
 */
export function imagesNoLongerShown(dist: string, before: ImageState, after: ImageState): string[] {
  const now = shown(after);
  const gone = new Set([...shown(before)].filter((base) => !now.has(base)));
  if (gone.size === 0 || !existsSync(join(dist, '_astro'))) return [];
  return readdirSync(join(dist, '_astro'))
    .map((name) => `_astro/${name}`)
    .filter((file) => {
      const base = imageBaseOf(file);
      return base !== undefined && gone.has(base);
    })
    .sort();
}
