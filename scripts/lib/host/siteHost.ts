import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cspReportUrl } from '../../../src/config.ts';
import { type HostOptions, type PathRule, pathRules } from './hostRules.ts';
import { detached, mergePolicies, metaPolicyOf, readHead } from './sitePolicy.ts';

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

/**
 * The policies seen on some pages: the distinct ones only (most pages carry the same one, and at 128,000 pages an
 * array of every page's copy ran out of memory), and how many pages carry one. Plain data: check-links.ts's threads
 * each keep one and send it back.
 */
export interface PolicyTally {
  policies: Set<string>;
  withPolicy: number;
}

export const policyTally = (): PolicyTally => ({ policies: new Set(), withPolicy: 0 });

/** Counts one page's policy (undefined: the page has none). */
export function tallyPolicy(tally: PolicyTally, policy: string | undefined): void {
  if (!policy) return;
  if (!tally.policies.has(policy)) tally.policies.add(detached(policy));
  tally.withPolicy++;
}

/**
 * The policies of a build from the tallies of its pages, `total` pages in all. Sorted: the header's union does not
 * depend on the order the pages were read in (check-links.ts reads them in threads).
 */
export function pagePoliciesOf(tallies: readonly PolicyTally[], total: number): PagePolicies {
  return {
    policies: [...new Set(tallies.flatMap((tally) => [...tally.policies]))].sort(),
    withPolicy: tallies.reduce((sum, tally) => sum + tally.withPolicy, 0),
    total,
  };
}

/** Reads the policy of every page of a build (the first part of each page: its head). */
export function pagePolicies(dist: string): PagePolicies {
  const html = listFiles(dist).filter((file) => file.endsWith('.html'));
  const tally = policyTally();
  for (const file of html) tallyPolicy(tally, metaPolicyOf(readHead(join(dist, file))));
  return pagePoliciesOf([tally], html.length);
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
