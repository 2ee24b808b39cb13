import { foldVietnamese } from '../core/foldVietnamese.ts';

const PREFIXES = /^(tp|thanh pho|tinh|city of|province of) /;
const SUFFIXES = / (city|province)$/;

function keysOf(name: string): string[] {
  const folded = foldVietnamese(name);
  const bare = folded.replace(PREFIXES, '').replace(SUFFIXES, '');
  // Mutation testing, equivalent mutant: looking a key up twice finds the same unit.
  // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
  return bare === folded ? [folded] : [folded, bare];
}

export interface ProvinceMatch {
  id: string;
  /** True when the name is a pre-2025 name of that unit (renamed or merged into it). */
  former: boolean;
}

/**
 * The names of a provincial unit the resolver reads: a Province has them all; the validator also passes what it could
 * read of a province record that failed its schema, so products naming that province are not reported as well.
 */
export interface ProvinceNames {
  name?: { vi?: string | undefined; en?: string | undefined } | undefined;
  officialName?: { vi?: string | undefined; en?: string | undefined } | undefined;
  formerly?: readonly ({ name?: string | undefined } | undefined)[] | undefined;
}

/**
 * Resolves any name a person or an old certificate may use — current or former, with or without marks, "TP"/"tỉnh"
 * prefixes, Vietnamese or English — to the provincial unit in force today.
 */
export function makeProvinceResolver(provinces: ReadonlyArray<{ id: string; data: ProvinceNames }>) {
  const byKey = new Map<string, ProvinceMatch>();
  for (const { id, data } of provinces) {
    for (const name of [
      data.name?.vi,
      data.name?.en,
      data.officialName?.vi,
      data.officialName?.en,
      id.replace(/-/g, ' '),
    ]) {
      if (name === undefined) continue;
      for (const key of keysOf(name)) byKey.set(key, { id, former: false });
    }
  }
  for (const { id, data } of provinces) {
    for (const former of data.formerly ?? []) {
      if (former?.name === undefined) continue;
      for (const key of keysOf(former.name)) if (!byKey.has(key)) byKey.set(key, { id, former: true });
    }
  }
  return function resolveProvince(name: string): ProvinceMatch | undefined {
    for (const key of keysOf(name)) {
      const match = byKey.get(key);
      if (match) return match;
    }
    return undefined;
  };
}
