import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cspReportUrl } from '../../../src/config.ts';
import { type HostOptions, type PathRule, pathRules } from './hostRules.ts';
import { detached, mergePolicies, metaPolicyOf, readHead } from './sitePolicy.ts';
import { intern } from '../intern.ts';

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

/**
 * The files a list names (paths in a built site, one a line), as scripts/build.ts writes the files a rebuild changed
 * or removed for the steps after the render.
 */
export function listedFiles(listFile: string): string[] {
  return readFileSync(listFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** Whether a path in a built site is a file (not a folder, not gone). */
export function isFileIn(dist: string, file: string): boolean {
  return statSync(join(dist, file), { throwIfNoEntry: false })?.isFile() ?? false;
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
 * The policies of some pages: the distinct ones only, each kept once (most pages carry the same one, and at 128,000
 * pages an array of every page's copy ran out of memory), and each page's as an index into them (-1: none). Plain
 * data: check-links.ts's threads each keep one and send it back.
 */
export interface PolicyTally {
  /** The distinct policies, in the order they were first seen. */
  policies: string[];
  /** Each page read: its file in dist/ and the index of its policy in `policies`, -1 when it has none. */
  pages: [string, number][];
  /** Where each policy is in `policies`. */
  index: Map<string, number>;
}

export const policyTally = (): PolicyTally => ({ policies: [], pages: [], index: new Map() });

/** Counts one page's policy (undefined: the page has none). */
export function tallyPolicy(tally: PolicyTally, file: string, policy: string | undefined): void {
  tally.pages.push([file, intern(tally.policies, tally.index, policy, detached)]);
}

/**
 * Every page's policy, kept by scripts/build.ts from one build to the next: a rebuild reads again only the pages
 * written since (check-links.ts --policy-state).
 */
export interface PolicyState {
  policies: string[];
  /** Page file → index in `policies`, -1 when the page has none. */
  pages: Record<string, number>;
}

/** The state of the pages of some tallies, over `previous` (whose pages that `exists` denies are dropped). */
export function policyState(
  tallies: readonly PolicyTally[],
  previous?: PolicyState,
  exists: (file: string) => boolean = () => true,
): PolicyState {
  const state: PolicyState = { policies: [], pages: {} };
  const index = new Map<string, number>();
  const add = (file: string, policies: readonly string[], at: number) => {
    state.pages[file] = intern(state.policies, index, policies[at]);
  };
  if (previous)
    for (const [file, at] of Object.entries(previous.pages)) if (exists(file)) add(file, previous.policies, at);
  for (const tally of tallies) for (const [file, at] of tally.pages) add(file, tally.policies, at);
  return state;
}

/**
 * The policies of a build from the state of its pages: those some page carries, sorted (the header's union does not
 * depend on the order the pages were read in: check-links.ts reads them in threads).
 */
export function pagePoliciesOf(state: PolicyState): PagePolicies {
  const pages = Object.values(state.pages);
  const used = new Set(pages.filter((at) => at >= 0));
  return {
    policies: state.policies.filter((_, at) => used.has(at)).sort(),
    withPolicy: pages.length - pages.filter((at) => at < 0).length,
    total: pages.length,
  };
}

/** Reads the policy of every page of a build (the first part of each page: its head). */
export function pagePolicies(dist: string): PagePolicies {
  const html = listFiles(dist).filter((file) => file.endsWith('.html'));
  const tally = policyTally();
  for (const file of html) tallyPolicy(tally, file, metaPolicyOf(readHead(join(dist, file))));
  return pagePoliciesOf(policyState([tally]));
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
