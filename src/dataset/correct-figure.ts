import { addedFigureId, FIGURE_FIELD_NAMES } from './corrections';
import { readUnit, scaleValue } from './read-unit';
import type { AnchorSpan } from './resolve-anchor';
import type { Figure, FigureFields, Indicator } from './schema';

/** A figure with corrected fields, or why the fields cannot stand together. */
export type CorrectedFigure = { figure: Figure; problem: null } | { figure: null; problem: string };

/** ISO 8601 to year, month or day precision, as the checker wants a period bound. */
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/**
 * `figure` with `fields` in place of the extracted ones. What follows from them follows as the
 * extractor would have it: the base value and unit from the value and the unit (read with the
 * extractor's lexicon), the category from a chosen indicator, and an indicator dropped when the
 * corrected unit kind or category no longer fits it (as the pipeline drops an overruled one).
 * The review record is the caller's.
 */
export function correctFigure(figure: Figure, fields: FigureFields, indicators: ReadonlyMap<string, Indicator>): CorrectedFigure {
  const value = fields.value ?? figure.value;
  const valueMax = fields.valueMax !== undefined ? fields.valueMax : figure.valueMax;
  const unit = fields.unit ?? figure.unit;
  let factor: number;
  let baseUnit = figure.baseUnit;
  let unitKind = figure.unitKind;
  // A change (下降3%) carries its sign in the base value only: keep it whatever is corrected.
  const sign = figure.value !== 0 && figure.baseValue !== 0 && Math.sign(figure.value) !== Math.sign(figure.baseValue) ? -1 : 1;
  if (fields.unit !== undefined && fields.unit !== figure.unit) {
    const reading = readUnit(unit);
    factor = reading.factor * sign;
    baseUnit = reading.base;
    unitKind = reading.kind;
  } else factor = figure.value !== 0 ? figure.baseValue / figure.value : readUnit(unit).factor * sign;

  let category = fields.category ?? figure.category;
  let indicatorId = fields.indicatorId !== undefined ? fields.indicatorId : figure.indicatorId;
  if (indicatorId !== null) {
    const indicator = indicators.get(indicatorId);
    const chosen = fields.indicatorId !== undefined;
    if (indicator === undefined) {
      if (chosen) return fail(`the indicator "${indicatorId}" is not in this dataset's taxonomy`);
      indicatorId = null;
    } else if (indicator.dimension !== unitKind) {
      if (chosen) return fail(`the indicator "${indicator.id}" measures ${indicator.dimension}, the unit "${unit}" is ${unitKind}`);
      indicatorId = null;
    } else if (chosen) {
      if (fields.category !== undefined && fields.category !== indicator.domain) {
        return fail(`the category ${fields.category} is not the domain of the indicator "${indicator.id}" (${indicator.domain})`);
      }
      category = indicator.domain;
    } else if (indicator.domain !== category) indicatorId = null;
  }

  if (!Number.isFinite(value)) return fail('the value is not a finite number');
  if (valueMax !== null && !(Number.isFinite(valueMax) && valueMax >= value)) return fail(`the value max ${String(valueMax)} is below the value ${value}`);
  const period = fields.period !== undefined ? fields.period : figure.period;
  for (const bound of [period?.start ?? null, period?.end ?? null]) {
    if (bound !== null && !PARTIAL_DATE.test(bound)) return fail(`the period bound "${bound}" is not an ISO 8601 date`);
  }
  const baseValue = scaleValue(value, factor);
  const baseValueMax = valueMax === null ? null : scaleValue(valueMax, factor);
  if (!Number.isFinite(baseValue) || (baseValueMax !== null && !Number.isFinite(baseValueMax))) return fail('the value is too large');
  const kind = unitKind === 'multiple' ? 'multiple' : figure.kind === 'multiple' ? 'quantity' : figure.kind;
  return {
    figure: {
      ...figure,
      value,
      valueMax,
      unit,
      baseValue,
      baseValueMax,
      baseUnit,
      unitKind,
      kind,
      qualifier: fields.qualifier ?? figure.qualifier,
      metric: fields.metric ?? figure.metric,
      category,
      indicatorId,
      period,
      localityId: fields.localityId !== undefined ? fields.localityId : figure.localityId,
      // A place a reviewer chose is certain; an unchanged one keeps the extractor's confidence.
      localityConfidence: fields.localityId !== undefined && fields.localityId !== figure.localityId ? (fields.localityId === null ? 0 : 1) : figure.localityConfidence,
    },
    problem: null,
  };
}

/**
 * The figure a reviewer added at `span` of a file: `fields` give what was read (value, unit, metric and
 * category at least); everything else is what an extracted figure without it would hold. Its id is
 * `<paragraph>-r<start>-<end>`, never one the extractor writes (`-f<start>`).
 */
export function createAddedFigure(file: string, span: AnchorSpan, fields: FigureFields, indicators: ReadonlyMap<string, Indicator>): CorrectedFigure {
  const { paragraph, start, end } = span;
  const value = fields.value ?? 0;
  const reading = readUnit(fields.unit ?? '');
  // The original script's text is as long as the simplified one almost always; else the same proportion.
  const ratio = paragraph.text.length === 0 ? 1 : paragraph.original.length / paragraph.text.length;
  const toOriginal = (offset: number) => Math.min(paragraph.original.length, Math.round(offset * ratio));
  const bare: Figure = {
    id: addedFigureId(paragraph.id, start, end),
    sourceFile: file,
    articleId: paragraph.articleId,
    paragraphId: paragraph.id,
    start,
    end,
    text: paragraph.text.slice(start, end),
    originalStart: toOriginal(start),
    originalEnd: toOriginal(end),
    value,
    valueMax: null,
    unit: fields.unit ?? '',
    baseValue: scaleValue(value, reading.factor),
    baseValueMax: null,
    baseUnit: reading.base,
    unitKind: reading.kind,
    kind: reading.kind === 'multiple' ? 'multiple' : 'quantity',
    qualifier: fields.valueMax !== undefined && fields.valueMax !== null ? 'range' : 'exact',
    metric: '',
    category: 'other',
    indicatorId: null,
    aspect: 'level',
    period: null,
    anecdote: false,
    localityId: null,
    localityConfidence: 0,
    previousFigureId: null,
    origin: 'review',
  };
  const { unit: _unit, ...rest } = fields; // the unit is read above already: correctFigure would take it as a change
  return correctFigure(bare, rest, indicators);
}

/** The extracted values of the fields `after` changed, keeping those an earlier review recorded. */
export function listReplacedFields(before: Figure, after: Figure): FigureFields {
  const earlier = before.review?.extracted ?? {};
  const replaced: Record<string, unknown> = {};
  for (const name of FIGURE_FIELD_NAMES) {
    const changed = JSON.stringify(before[name]) !== JSON.stringify(after[name]);
    if (name in earlier) replaced[name] = earlier[name];
    else if (changed) replaced[name] = before[name];
  }
  return replaced as FigureFields;
}

function fail(problem: string): CorrectedFigure {
  return { figure: null, problem };
}
