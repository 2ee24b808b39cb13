/**
 * Which pages one `astro build` process renders when `scripts/build.ts` splits the site over several processes
 * (OCOP_SHARD=i/n), or renders only the pages a change touched (OCOP_ONLY_PAGES).
 *
 * Every process gets the same page list from Astro in the same order, so dealing it out like cards (page k goes to
 * process k mod n) gives each process the same mix of product, trace, listing and producer pages: equal work
 * without knowing what a page costs.
 */

/** The pages of share `index` of `count`, in Astro's order. */
export function pagesOfShard<T>(pages: readonly T[], index: number, count: number): T[] {
  return pages.filter((_, k) => k % count === index);
}

/** The share a trace code's QR images are drawn in: the same rule over the trace codes in their own order. */
export function isInShard(position: number, index: number, count: number): boolean {
  return position % count === index;
}
