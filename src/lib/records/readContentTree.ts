import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, IMAGE_EXTENSIONS, type CollectionName } from './contentLayout.ts';
import type { Problem } from './formatIssues.ts';

export interface RawFile {
  /** Path shown to editors, relative to the working directory: content/products/hue/me-xung.md. */
  file: string;
  collection: CollectionName;
  /** File name without extension. */
  id: string;
  /** Sub-folder (the province) for collections kept per province. */
  folder: string | undefined;
  text: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/**
 * Reads every record file under the content root. Files the site would not load (wrong extension, wrong folder
 * depth, an unknown top-level folder) come back as problems instead of being ignored. `text: false` lists the files
 * without reading them (their text is empty): for a count of the records.
 */
export function readContentTree(
  root: string,
  { text = true }: { text?: boolean } = {},
): { files: RawFile[]; problems: Problem[] } {
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  let top: string[];
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
    top = readdirSync(root).sort();
  } catch {
    return {
      files,
      problems: [
        { file: root, field: '', message: 'content folder not found (set OCOP_CONTENT_DIR or create content/)' },
      ],
    };
  }
  for (const name of COLLECTION_NAMES) {
    if (!top.includes(name)) problems.push({ file: join(root, name), field: '', message: 'folder is missing' });
  }
  for (const entry of top) {
    const path = join(root, entry);
    if (entry.startsWith('.') || entry.toLowerCase() === 'readme.md') continue;
    if (!(COLLECTION_NAMES as string[]).includes(entry)) {
      problems.push({
        file: path,
        field: '',
        message: `is not a collection folder; expected one of ${COLLECTION_NAMES.join(', ')}`,
      });
      continue;
    }
    const collection = entry as CollectionName;
    const layout = COLLECTIONS[collection];
    for (const full of walk(path)) {
      const rel = relative(path, full).split('\\').join('/');
      const parts = rel.split('/');
      const lower = rel.toLowerCase();
      if (IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
      if (lower.endsWith('readme.md')) continue;
      const shownPath = relative(process.cwd(), full) || full;
      if (!lower.endsWith(layout.ext) || parts.length !== layout.depth) {
        const where =
          layout.depth === 1 ? `${collection}/<id>${layout.ext}` : `${collection}/<province>/<id>${layout.ext}`;
        problems.push({
          file: shownPath,
          field: '',
          message: `is not loaded by the site: records of this kind must be at ${where}`,
        });
        continue;
      }
      files.push({
        file: shownPath,
        collection,
        id: (parts.at(-1) ?? rel).replace(/\.[^.]+$/, ''),
        folder: layout.depth === 2 ? parts[0] : undefined,
        text: text ? readFileSync(full, 'utf8') : '',
      });
    }
  }
  return { files, problems };
}
