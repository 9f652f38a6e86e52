import type { LocalityLevel, Qualifier } from '../../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';
import type { Claim } from './select-claims';

/** A sub-place whose value a rolled-up row sums. */
export interface RollUpPart {
  localityId: string;
  locality: string;
  claim: Claim;
}

/** One row of the comparison: a place at the chosen level and the value that stands for it. */
export interface ComparisonRow {
  localityId: string;
  locality: string;
  chain: string;
  level: LocalityLevel;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  /** The place's own claim shown (its latest); null when the row sums its sub-places. */
  shown: Claim | null;
  /** For a rolled-up row, the sub-places summed, each by its latest claim; else empty. */
  parts: RollUpPart[];
  /** Every claim behind the row: the place's own, or those of the sub-places summed. */
  claims: Claim[];
}

/** What the comparison is of: claims already narrowed to one aspect, unit and period. */
export interface ComparisonOptions {
  level: LocalityLevel;
  /** Sum an additive indicator up from sub-places for a place that reports none itself. */
  rollUp: boolean;
}

/**
 * One row per place of the level: its own latest claim, or (rolling up) the sum of the nearest
 * sub-places that report one on each branch below it, so that a town and its own village are never
 * both counted. A place that reports the measure itself is never replaced by a partial sum.
 */
export function selectComparison(index: DatasetIndex, claims: readonly Claim[], options: ComparisonOptions): ComparisonRow[] {
  const own = new Map<string, [Claim, ...Claim[]]>();
  for (const claim of claims) {
    const list = own.get(claim.localityId);
    if (list) list.push(claim);
    else own.set(claim.localityId, [claim]);
  }
  const rows: ComparisonRow[] = [];
  for (const locality of index.dataset.localities) {
    if (locality.level !== options.level) continue;
    const mine = own.get(locality.id);
    const base = {
      localityId: locality.id,
      locality: locality.name,
      chain: selectLocalityChain(index, locality.id).join(CHAIN_SEPARATOR),
      level: locality.level,
    };
    if (mine) {
      const shown = selectLatestClaim(mine);
      rows.push({ ...base, value: shown.value, valueMax: shown.valueMax, qualifier: shown.qualifier, shown, parts: [], claims: mine });
    } else if (options.rollUp) {
      const parts = findReportingParts(index, own, locality.id);
      if (parts.length > 0) rows.push({ ...base, ...sumParts(parts), shown: null, parts, claims: parts.flatMap((p) => own.get(p.localityId) ?? []) });
    }
  }
  return rows;
}

/**
 * The claim that stands for a place: the one referring to the latest time, and of claims of one time
 * the last in reading order (the result after its before-value). Claims with no time come first.
 */
export function selectLatestClaim(claims: readonly [Claim, ...Claim[]]): Claim {
  let latest = claims[0];
  for (const claim of claims) if ((claim.reference ?? '') >= (latest.reference ?? '')) latest = claim;
  return latest;
}

/** The places below `parentId` that report, each the nearest one on its branch (a reporting town hides its villages). */
function findReportingParts(index: DatasetIndex, own: ReadonlyMap<string, readonly [Claim, ...Claim[]]>, parentId: string): RollUpPart[] {
  const parts: RollUpPart[] = [];
  const visit = (id: string): void => {
    for (const child of index.children.get(id) ?? []) {
      const claims = own.get(child.id);
      if (claims) parts.push({ localityId: child.id, locality: child.name, claim: selectLatestClaim(claims) });
      else visit(child.id);
    }
  };
  visit(parentId);
  return parts;
}

/** A sum keeps what its parts say of themselves: exact only if all are, ≥ if all are exact or ≥, and so on. */
function sumParts(parts: readonly RollUpPart[]): { value: number; valueMax: number | null; qualifier: Qualifier } {
  const value = parts.reduce((sum, p) => sum + p.claim.value, 0);
  const top = parts.reduce((sum, p) => sum + (p.claim.valueMax ?? p.claim.value), 0);
  const kinds = new Set(parts.map((p) => p.claim.qualifier));
  kinds.delete('exact');
  const qualifier: Qualifier = top !== value ? 'range' : kinds.size === 0 ? 'exact' : kinds.size === 1 ? [...kinds][0] ?? 'approx' : 'approx';
  return { value, valueMax: top !== value ? top : null, qualifier };
}
