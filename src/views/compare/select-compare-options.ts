import { ASPECTS, type Aspect } from '../../dataset/schema';
import { compareChinese } from '../../lib/compare-chinese';
import { UNDATED } from '../../lib/url-state';
import type { Claim } from './select-claims';

/** One choice of a compare control, with how many claims it would show. */
export interface CountedChoice<Value extends string> {
  value: Value;
  count: number;
}

/** The aspects the claims have, in schema order (level, before, change, share, target). */
export function selectAspectOptions(claims: readonly Claim[]): CountedChoice<Aspect>[] {
  const counts = countBy(claims, (c) => c.aspect);
  return ASPECTS.flatMap((value) => (counts.has(value) ? [{ value, count: counts.get(value) ?? 0 }] : []));
}

/** The aspect to compare: the chosen one while offered, else the level, else the most common one. */
export function resolveAspect(options: readonly CountedChoice<Aspect>[], chosen: Aspect | null): Aspect | null {
  return resolveChoice(options, chosen) ?? resolveChoice(options, 'level') ?? selectMostCommon(options);
}

/** The units of the claims, most used first: 工作日 and 天 are never compared in one chart. */
export function selectUnitOptions(claims: readonly Claim[]): CountedChoice<string>[] {
  return [...countBy(claims, (c) => c.unit)]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareChinese(a.value, b.value));
}

/** The unit to compare: the chosen one while offered, else the most used one. */
export function resolveUnit(options: readonly CountedChoice<string>[], chosen: string | null): string | null {
  return resolveChoice(options, chosen) ?? selectMostCommon(options);
}

/** The year a claim refers to (`2022`), or UNDATED when neither its text nor its article says. */
export function selectClaimYear(claim: Claim): string {
  return claim.reference?.slice(0, 4) ?? UNDATED;
}

/** The years the claims refer to, newest first, and UNDATED last. */
export function selectPeriodOptions(claims: readonly Claim[]): CountedChoice<string>[] {
  return [...countBy(claims, selectClaimYear)]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => Number(a.value === UNDATED) - Number(b.value === UNDATED) || b.value.localeCompare(a.value));
}

/** The period to compare within: the chosen year while offered, else null (each place's latest claim). */
export function resolvePeriod(options: readonly CountedChoice<string>[], chosen: string | null): string | null {
  return resolveChoice(options, chosen);
}

function resolveChoice<Value extends string>(options: readonly CountedChoice<Value>[], chosen: Value | null): Value | null {
  return options.find((option) => option.value === chosen)?.value ?? null;
}

function selectMostCommon<Value extends string>(options: readonly CountedChoice<Value>[]): Value | null {
  let best: CountedChoice<Value> | null = null;
  for (const option of options) if (best === null || option.count > best.count) best = option;
  return best?.value ?? null;
}

function countBy<Key>(claims: readonly Claim[], key: (claim: Claim) => Key): Map<Key, number> {
  const counts = new Map<Key, number>();
  for (const claim of claims) counts.set(key(claim), (counts.get(key(claim)) ?? 0) + 1);
  return counts;
}

/** The claims of one aspect, unit and period (null: every period, each place showing its latest). */
export function selectNarrowedClaims(
  claims: readonly Claim[],
  choice: { aspect: Aspect | null; unit: string | null; period: string | null },
): Claim[] {
  return claims.filter(
    (c) => c.aspect === choice.aspect && c.unit === choice.unit && (choice.period === null || selectClaimYear(c) === choice.period),
  );
}
