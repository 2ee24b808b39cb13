import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cspReportUrl } from '../../../src/config.ts';
import { type HostOptions, type PathRule, pathRules } from './hostRules.ts';
import { mergePolicies, metaPolicyOf, readHead } from './sitePolicy.ts';

/** Every file of a built site, as paths relative to it with "/" separators. */
export function listFiles(dist: string): string[] {
  const all: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else all.push(prefix + entry.name);
    }
  };
  walk(dist, '');
  return all;
}

export interface SiteHost {
  rules: PathRule[];
  options: HostOptions;
  /** Pages that carry a policy, of all HTML pages. */
  pages: { withPolicy: number; total: number };
}

/** The distinct Content-Security-Policy values of a build's pages, and how many pages carry one. */
export interface PagePolicies {
  policies: string[];
  withPolicy: number;
  total: number;
}

/** Reads the policy of every page of a build (the first part of each page: its head). */
export function pagePolicies(dist: string): PagePolicies {
  const html = listFiles(dist).filter((file) => file.endsWith('.html'));
  // The distinct policies only: most pages carry the same one, and at 128,000 pages an array of every page's copy
  // (each holding on to the text of its page's head) ran out of memory.
  const policies = new Set<string>();
  let withPolicy = 0;
  for (const file of html) {
    const policy = metaPolicyOf(readHead(join(dist, file)));
    if (policy) {
      // A copy of its own: a string cut out of the page would keep the whole head alive.
      if (!policies.has(policy)) policies.add(policy.split('').join(''));
      withPolicy++;
    }
  }
  // Sorted: the header's union does not depend on the order the pages were read in (check-links.ts reads them in
  // threads and writes the same file).
  return { policies: [...policies].sort(), withPolicy, total: html.length };
}

/**
 * The host rules for a build in `dist`: the path rules for its Pagefind files and the union of its pages' policies
 * (read from the pages, or given: scripts/build.ts reads them while Pagefind writes its files).
 * OCOP_CSP_REPORT_URL (read at build time) names where browsers send policy violation reports.
 */
export function siteHost(dist: string, reportUrl = cspReportUrl(), read: PagePolicies = pagePolicies(dist)): SiteHost {
  if (read.policies.length === 0) throw new Error(`${dist}: no page carries a Content-Security-Policy <meta> tag`);
  if (reportUrl && !/^https:\/\/[^\s;,"]+$/.test(reportUrl))
    throw new Error(`OCOP_CSP_REPORT_URL must be one https:// address without spaces, ";" or "," (got "${reportUrl}")`);
  const pagefind = existsSync(join(dist, 'pagefind'))
    ? readdirSync(join(dist, 'pagefind'), { withFileTypes: true })
        .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
        .map((entry) => entry.name)
    : [];
  return {
    rules: pathRules(pagefind),
    options: { contentSecurityPolicy: mergePolicies(read.policies), reportUrl },
    pages: { withPolicy: read.withPolicy, total: read.total },
  };
}
