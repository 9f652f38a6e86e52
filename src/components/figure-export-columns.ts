import type { Translate } from '../app/i18n/translate';
import type { ParagraphStore } from '../lib/create-paragraph-store';
import type { ExportColumn } from '../lib/export-column';
import type { FigureRow } from '../lib/select-figure-rows';
import { selectSentence } from '../lib/select-sentence';

/**
 * What each table column of a figures table exports, by column id: usually one cell, read as the
 * user reads it (enumerations translated); the normalised value exports its number, upper bound and
 * unit apart, so a spreadsheet can compute with it. The sentence reads `text`: the export loads the
 * chunks its rows need before it writes (figure-table.tsx).
 */
export function createFigureExportParts(t: Translate, text: ParagraphStore): Readonly<Record<string, readonly ExportColumn<FigureRow>[]>> {
  return {
    locality: [{ header: t('column.locality'), kind: 'text', value: (r) => r.locality }],
    metric: [{ header: t('column.metric'), kind: 'text', value: (r) => r.metric }],
    text: [{ header: t('column.text'), kind: 'text', value: (r) => r.text }],
    review: [
      { header: t('column.review'), kind: 'text', value: (r) => t(`review.status.${r.review}`) },
      { header: t('column.reviewNote'), kind: 'text', value: (r) => (r.reviewNote === '' ? null : r.reviewNote) },
    ],
    baseValue: [
      { header: t('column.baseValue'), kind: 'number', value: (r) => r.baseValue },
      { header: t('column.baseValueMax'), kind: 'number', value: (r) => r.baseValueMax },
      { header: t('column.baseUnit'), kind: 'text', value: (r) => r.baseUnit },
    ],
    qualifier: [{ header: t('column.qualifier'), kind: 'text', value: (r) => t(`qualifier.${r.qualifier}`) }],
    category: [{ header: t('column.category'), kind: 'text', value: (r) => t(`category.${r.category}`) }],
    sentence: [{ header: t('column.sentence'), kind: 'text', value: (r) => selectSentence(text, r.figure) }],
    articleTitle: [{ header: t('column.article'), kind: 'text', value: (r) => r.articleTitle }],
    date: [{ header: t('column.date'), kind: 'text', value: (r) => r.articleDate }],
    outlet: [{ header: t('column.outlet'), kind: 'text', value: (r) => r.articleOutlet }],
    localityChain: [{ header: t('column.chain'), kind: 'text', value: (r) => r.localityChain }],
    code: [{ header: t('column.localityCode'), kind: 'code', value: (r) => r.localityCode }],
    unit: [{ header: t('column.unit'), kind: 'text', value: (r) => r.unit }],
    sourceFile: [{ header: t('column.sourceFile'), kind: 'text', value: (r) => r.sourceFile }],
    id: [{ header: t('column.id'), kind: 'text', value: (r) => r.id }],
  };
}
