import type { Aspect, Figure, Indicator, Qualifier } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';

/**
 * One thing a place claims for an indicator, in the indicator's terms: a figure, or an after-value
 * worked out from a before-value and the cut that follows it (由15个工作日压缩至一半 → 7.5个工作日).
 */
export interface Claim {
  /** The figure whose paragraph the claim opens: the figure itself, or the cut of a worked-out value. */
  figure: Figure;
  /** The figures the claim is read from: the one figure, or the before-value and its cut. */
  figures: readonly Figure[];
  localityId: string;
  aspect: Aspect;
  /** The unit compared: the figure's base unit, or for a count the indicator's (家 and 个 of one count compare). */
  unit: string;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  /** True for an after-value worked out from a before-value and its cut rather than printed. */
  derived: boolean;
  /** The time the claim refers to (ISO, to the precision known), for "latest" and years; null when nothing says. */
  reference: string | null;
  /** The words that give the period (2022年一季度), when the text names one. */
  periodText: string | null;
  /** The article's publication date, when it prints one. */
  published: string | null;
}

/**
 * Every comparable claim of an indicator among the given figures: placed figures of the indicator
 * that are no anecdote, plus the after-value of each before-value whose cut the text gives but whose
 * result it does not print. Claims keep the figures' order, a worked-out value at its cut.
 */
export function selectClaims(index: DatasetIndex, figures: readonly Figure[], indicator: Indicator): Claim[] {
  const followers = selectFollowers(index);
  const claims: Claim[] = [];
  for (const figure of figures) {
    if (figure.indicatorId !== indicator.id || figure.anecdote || figure.localityId === null) continue;
    const unit = indicator.dimension === 'count' ? indicator.baseUnit : figure.baseUnit;
    claims.push(createClaim(index, [figure], figure.localityId, figure.aspect, unit, figure.baseValue, figure.baseValueMax, figure.qualifier));
    if (figure.aspect !== 'before') continue;
    const after = followers.get(figure.id) ?? [];
    if (after.some((f) => f.indicatorId === figure.indicatorId && f.aspect === 'level')) continue; // the result is printed
    const cut = after.find((f) => !f.anecdote && applyCut(figure.baseValue, f, figure.baseUnit) !== null);
    if (cut === undefined) continue;
    // Each bound of a range of the before-value meets the same bound of a range of the cut.
    const bounds = [
      applyCut(figure.baseValue, cut, figure.baseUnit) ?? 0,
      applyCut(figure.baseValueMax ?? figure.baseValue, cut, figure.baseUnit, cut.baseValueMax ?? cut.baseValue) ?? 0,
    ];
    const [min, max] = [Math.min(...bounds), Math.max(...bounds)];
    const qualifier: Qualifier = min !== max ? 'range' : figure.qualifier === 'exact' && cut.qualifier === 'exact' ? 'exact' : 'approx';
    const claim = createClaim(index, [figure, cut], figure.localityId, 'level', unit, min, max, qualifier);
    claims.push({ ...claim, figure: cut, derived: true });
  }
  return claims;
}

/**
 * The result of a cut applied to a before-value, or null when the figure is no cut of it:
 * a share of it (压缩至一半: 50% → ×0.5), a change in % (压缩60%: −60% → ×0.4) or a change in its unit
 * (减少8个工作日: −8 → +(−8)). `amount` defaults to the cut's own value (the upper bound of a range is passed).
 */
function applyCut(before: number, cut: Figure, unit: string, amount = cut.baseValue): number | null {
  if (cut.aspect === 'share' && cut.baseUnit === '%') return (before * amount) / 100;
  if (cut.aspect === 'change' && cut.baseUnit === '%') return before * (1 + amount / 100);
  if (cut.aspect === 'change' && cut.baseUnit === unit) return before + amount;
  return null;
}

function createClaim(
  index: DatasetIndex,
  figures: readonly [Figure, ...Figure[]],
  localityId: string,
  aspect: Aspect,
  unit: string,
  value: number,
  valueMax: number | null,
  qualifier: Qualifier,
): Claim {
  const figure = figures[0];
  const published = index.articles.get(figure.articleId)?.date ?? null;
  // The cut's period, when it has one, is the after-value's: 今年 审批时限由15天压缩至一半.
  const period = figures.map((f) => f.period).findLast((p) => p !== null) ?? null;
  return {
    figure,
    figures,
    localityId,
    aspect,
    unit,
    value,
    valueMax: valueMax === value ? null : valueMax,
    qualifier,
    derived: false,
    // 2019年以来 in an article of 2023 reaches to 2023; a bare 今年 in an undated article says nothing.
    reference: period?.end ?? published ?? period?.start ?? null,
    periodText: period?.text ?? null,
    published,
  };
}

// Figures by the id of the figure they follow (由X压缩至Y: Y follows X), built once per dataset.
const FOLLOWERS = new WeakMap<DatasetIndex, Map<string, Figure[]>>();

function selectFollowers(index: DatasetIndex): Map<string, Figure[]> {
  let followers = FOLLOWERS.get(index);
  if (!followers) {
    followers = new Map();
    for (const figure of index.dataset.figures) {
      if (figure.previousFigureId === null) continue;
      const list = followers.get(figure.previousFigureId);
      if (list) list.push(figure);
      else followers.set(figure.previousFigureId, [figure]);
    }
    FOLLOWERS.set(index, followers);
  }
  return followers;
}
