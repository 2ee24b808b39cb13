import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Moves every file of `from` into `into`, keeping its path (a rename: no copy). A file both folders have must be
 * byte-identical (two render processes write the same script bundles, images and public files); the paths of
 * those that are not are returned, and those files are left where they are. With `replace` (a rebuild writing
 * pages over an older build), the file of `from` replaces the other.
 */
export function mergeInto(from: string, into: string, { replace = false } = {}): string[] {
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
      } else if (replace || !existsSync(target)) {
        mkdirSync(dirname(target), { recursive: true });
        renameSync(source, target);
      } else if (statSync(source).size !== statSync(target).size || !readFileSync(source).equals(readFileSync(target)))
        conflicts.push(path);
    }
  };
  walk('');
  return conflicts;
}
