import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The build time stamp of an open-data file (`"generated": "2026-06-01T08:00:00.000Z"`, src/lib/openData/): the one
 * line of a built file that differs from one build to the next when the records did not change.
 */
export const GENERATED_AT = /^(\s*"generated": )"[^"]*"/m;

/**
 * Whether a file written again says the same as the one it replaces: byte-identical, or, for an open-data JSON file,
 * identical apart from its build time stamp.
 */
export function sameContent(path: string, written: Buffer, old: Buffer): boolean {
  if (written.length !== old.length) return false;
  if (written.equals(old)) return true;
  if (!path.endsWith('.json')) return false;
  // The stamp is on the file's second line: the two heads are compared as text, the rest (up to 20 MB) as bytes.
  const at = written.indexOf('\n', written.indexOf('"generated"'));
  if (at < 0 || at > 200 || old[at] !== 0x0a) return false;
  const head = (bytes: Buffer) => bytes.subarray(0, at).toString('utf8').replace(GENERATED_AT, '$1""');
  return head(written) === head(old) && written.subarray(at).equals(old.subarray(at));
}

export interface MergeOptions {
  /** A rebuild writing pages over an older build: the file of `from` replaces the other. */
  replace?: boolean;
  /**
   * With `replace`: a file that says the same as the one it would replace (sameContent) is not moved in; the older
   * file stays, with its time (the compressed copies beside it stay up to date, and the checks and the search index
   * need not read it again), and its path is added here.
   */
  unchanged?: Set<string>;
}

/**
 * Moves every file of `from` into `into`, keeping its path (a rename: no copy). A file both folders have must be
 * byte-identical (two render processes write the same script bundles, images and public files); the paths of
 * those that are not are returned, and those files are left where they are. With `replace`, see MergeOptions.
 */
export function mergeInto(from: string, into: string, { replace = false, unchanged }: MergeOptions = {}): string[] {
  const conflicts: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(from, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const source = join(from, path);
      const target = join(into, path);
      if (entry.isDirectory()) {
        if (!existsSync(target)) {
          mkdirSync(dirname(target), { recursive: true });
          renameSync(source, target);
        } else walk(path);
      } else if (!existsSync(target)) {
        mkdirSync(dirname(target), { recursive: true });
        renameSync(source, target);
      } else if (replace) {
        if (unchanged && sameContent(path, readFileSync(source), readFileSync(target))) {
          rmSync(source);
          unchanged.add(path);
        } else renameSync(source, target);
      } else if (statSync(source).size !== statSync(target).size || !readFileSync(source).equals(readFileSync(target)))
        conflicts.push(path);
    }
  };
  walk('');
  return conflicts;
}
