import type { Article, Figure, Indicator, Locality, Paragraph, Rejection } from '../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from './create-dataset-index';
import type { ExportColumn } from './export-column';
import { CHAIN_SEPARATOR } from './select-figure-rows';
import { toSentence } from './split-sentences';

/** A column of an analyst table: a stable snake_case name (what pandas and R see) and what it means. */
export interface DictionaryColumn<Row> extends ExportColumn<Row> {
  /** A sentence for the data dictionary, in the UI's language. */
  description: string;
}

/** One CSV file of the dataset download. */
export interface DatasetTable<Row = never> {
  file: string;
  columns: readonly DictionaryColumn<Row>[];
  rows: readonly Row[];
}

/** Describes a column name for the data dictionary; the app passes its translations. */
export type DescribeColumn = (table: string, column: string) => string;

type Spec<Row> = readonly [name: string, kind: ExportColumn<Row>['kind'], value: ExportColumn<Row>['value']];

const flag = (value: boolean): string => (value ? 'true' : 'false');
const joined = (values: readonly string[]): string => values.join('|');

/**
 * The whole dataset as tables an analyst opens directly: one row per figure (with its sentence, place
 * chain and article), per place, per article, per paragraph and per indicator; ids join them.
 * `paragraphs` is the whole text, in dataset order: the caller loads every chunk first.
 */
export function selectDatasetTables(index: DatasetIndex, paragraphs: readonly Paragraph[], describe: DescribeColumn): DatasetTable<unknown>[] {
  const { dataset } = index;
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const table = <Row,>(file: string, rows: readonly Row[], specs: readonly Spec<Row>[]): DatasetTable<unknown> => ({
    file,
    rows,
    columns: specs.map(([header, kind, value]) => ({ header, kind, value, description: describe(file, header) })),
  }) as DatasetTable<unknown>;
  const chain = (id: string | null) => selectLocalityChain(index, id).join(CHAIN_SEPARATOR);
  const code = (id: string | null) => (id === null ? null : (index.localities.get(id)?.code ?? null));
  const sentence = (f: Figure) => {
    const text = paragraphById.get(f.paragraphId)?.text;
    return text === undefined ? null : toSentence(text, f.start, f.end);
  };
  // What review decided about a figure (src/dataset/corrections.ts): empty for an unreviewed one.
  const reviewColumns: Spec<Figure>[] = [
    ['origin', 'text', (f) => f.origin ?? 'extracted'],
    ['review_status', 'text', (f) => f.review?.status ?? null],
    ['review_note', 'text', (f) => f.review?.note ?? null],
    ['reviewer', 'text', (f) => f.review?.reviewer ?? null],
    ['reviewed_at', 'text', (f) => f.review?.at ?? null],
  ];
  const figuresPerArticle = new Map<string, number>();
  for (const f of dataset.figures) figuresPerArticle.set(f.articleId, (figuresPerArticle.get(f.articleId) ?? 0) + 1);

  return [
    table<Figure>('figures.csv', dataset.figures, [
      ['figure_id', 'text', (f) => f.id],
      ['article_id', 'text', (f) => f.articleId],
      ['paragraph_id', 'text', (f) => f.paragraphId],
      ['locality_id', 'text', (f) => f.localityId],
      ['locality_chain', 'text', (f) => chain(f.localityId)],
      ['division_code', 'code', (f) => code(f.localityId)],
      ['metric', 'text', (f) => f.metric],
      ['category', 'text', (f) => f.category],
      ['indicator_id', 'text', (f) => f.indicatorId],
      ['aspect', 'text', (f) => f.aspect],
      ['text', 'text', (f) => f.text],
      ['value', 'number', (f) => f.value],
      ['value_max', 'number', (f) => f.valueMax],
      ['unit', 'text', (f) => f.unit],
      ['base_value', 'number', (f) => f.baseValue],
      ['base_value_max', 'number', (f) => f.baseValueMax],
      ['base_unit', 'text', (f) => f.baseUnit],
      ['unit_kind', 'text', (f) => f.unitKind],
      ['qualifier', 'text', (f) => f.qualifier],
      ['period_start', 'text', (f) => f.period?.start ?? null],
      ['period_end', 'text', (f) => f.period?.end ?? null],
      ['anecdote', 'text', (f) => flag(f.anecdote)],
      ['sentence', 'text', sentence],
      ['start', 'number', (f) => f.start],
      ['end', 'number', (f) => f.end],
      ['previous_figure_id', 'text', (f) => f.previousFigureId],
      ...reviewColumns,
    ]),
    // Figures a reviewer marked wrong: out of figures.csv, kept here with the reason.
    table<Rejection>('rejected.csv', dataset.rejected ?? [], [
      ['figure_id', 'text', (r) => r.figure.id],
      ['article_id', 'text', (r) => r.figure.articleId],
      ['paragraph_id', 'text', (r) => r.figure.paragraphId],
      ['text', 'text', (r) => r.figure.text],
      ['metric', 'text', (r) => r.figure.metric],
      ['value', 'number', (r) => r.figure.value],
      ['unit', 'text', (r) => r.figure.unit],
      ['reason', 'text', (r) => r.reason],
      ...reviewColumns.slice(1).map(([name, kind, value]): Spec<Rejection> => [name, kind, (r) => value(r.figure)]),
    ]),
    table<Locality>('localities.csv', dataset.localities, [
      ['locality_id', 'text', (l) => l.id],
      ['name', 'text', (l) => l.name],
      ['full_name', 'text', (l) => l.fullName],
      ['level', 'text', (l) => l.level],
      ['division_code', 'code', (l) => l.code],
      ['parent_id', 'text', (l) => l.parentId],
      ['aliases', 'text', (l) => joined(l.aliases)],
    ]),
    table<Article>('articles.csv', dataset.articles, [
      ['article_id', 'text', (a) => a.id],
      ['source_file', 'text', (a) => index.sources.get(a.sourceId)?.file ?? null],
      ['title', 'text', (a) => a.title],
      ['title_derived', 'text', (a) => flag(a.titleDerived)],
      ['date', 'text', (a) => a.date],
      ['outlet', 'text', (a) => a.outlet],
      ['bylines', 'text', (a) => joined(a.bylines)],
      ['locality_id', 'text', (a) => a.localityId],
      ['locality_chain', 'text', (a) => chain(a.localityId)],
      ['figures', 'number', (a) => figuresPerArticle.get(a.id) ?? 0],
    ]),
    table<Paragraph>('paragraphs.csv', paragraphs, [
      ['paragraph_id', 'text', (p) => p.id],
      ['article_id', 'text', (p) => p.articleId],
      ['index', 'number', (p) => p.index],
      ['role', 'text', (p) => p.role],
      ['text', 'text', (p) => p.text],
    ]),
    table<Indicator>('indicators.csv', dataset.indicators, [
      ['indicator_id', 'text', (i) => i.id],
      ['name_zh', 'text', (i) => i.nameZh],
      ['name_en', 'text', (i) => i.nameEn],
      ['domain', 'text', (i) => i.domain],
      ['dimension', 'text', (i) => i.dimension],
      ['base_unit', 'text', (i) => i.baseUnit],
      ['additive', 'text', (i) => flag(i.additive)],
      ['direction', 'text', (i) => i.direction],
    ]),
  ];
}
