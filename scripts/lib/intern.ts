/**
 * Where `value` is in `list`, added at the end (as `copy` makes it) when it is not there yet; -1 for none. `index`
 * maps each value of `list` to its place. The link check's states keep each distinct policy or image once this way,
 * and a number for each page.
 */
export function intern(
  list: string[],
  index: Map<string, number>,
  value: string | undefined,
  copy: (value: string) => string = (same) => same,
): number {
  if (!value) return -1;
  let at = index.get(value);
  if (at === undefined) {
    const kept = copy(value);
    at = list.push(kept) - 1;
    index.set(kept, at);
  }
  return at;
}
