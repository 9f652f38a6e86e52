import type { Direction } from '../../dataset/schema';
import type { SortKey } from '../../lib/url-state';

/** How the compare rows are ordered: by merit where the indicator has a direction, else by size; or by name. */
export const SORT_CHOICES = ['best', 'worst', 'largest', 'smallest', 'name'] as const;
export type SortChoice = (typeof SORT_CHOICES)[number];

/** The orders an indicator offers: best and worst first when more (or less) is better, else largest and smallest. */
export function selectSortChoices(direction: Direction | null): SortChoice[] {
  return direction === null ? ['largest', 'smallest', 'name'] : ['best', 'worst', 'name'];
}

/**
 * The table sort of an order: best first is the smallest first when less is better (审批时限).
 * @example toSortKeys('best', 'down') // [{ id: 'value', desc: false }]
 */
export function toSortKeys(choice: SortChoice, direction: Direction | null): SortKey[] {
  if (choice === 'name') return [{ id: 'locality', desc: false }];
  const largestFirst = choice === 'largest' || (choice === 'best' && direction === 'up') || (choice === 'worst' && direction === 'down');
  return [{ id: 'value', desc: largestFirst }];
}

/** The order a table sort amounts to, or null for a sort the choices do not name (a header pressed). */
export function resolveSortChoice(sort: readonly SortKey[], direction: Direction | null): SortChoice | null {
  return selectSortChoices(direction).find((choice) => JSON.stringify(toSortKeys(choice, direction)) === JSON.stringify(sort)) ?? null;
}
