/** Exports against text a spreadsheet would run (see make-hostile-dataset.ts for text a page would run). */
import type { Dataset } from '../../src/dataset/schema';
import { makeArticle, makeDataset, makeFigureIn, makeLocality, makeParagraph, makeSource } from './make-dataset';

/** Text that a spreadsheet would run, or that breaks naive CSV: formulas in half and full width, control starts, quotes, commas, line breaks. */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://example.invalid","x")',
  '＝1+1',
  '＋1+1',
  '－2',
  '＠SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '@cmd',
  '-2+3',
  '+86',
  '他说:"好,很好"\r\n第二行',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u200B',
  'A_x0041_B\u0007',
] as const;

/**
 * A dataset whose every text field that reaches an export is hostile: each figure's metric, its
 * article's title and outlet, its place's name and its sentence hold one of HOSTILE_TEXTS.
 */
export function makeHostileDataset(): Dataset {
  const sources = [makeSource({ id: 's1', file: '=evil.txt' })];
  const localities = [makeLocality({ id: 'cn-110000', name: '=北京', fullName: '=北京', path: ['=北京'], level: 'province', code: '110000' })];
  const articles = HOSTILE_TEXTS.map((text, i) =>
    makeArticle({ id: `a${i}`, title: text, outlet: text, date: i % 2 === 0 ? '2023-05-22' : null, localityId: 'cn-110000' }),
  );
  const paragraphs = HOSTILE_TEXTS.map((text, i) => makeParagraph({ id: `p${i}`, articleId: `a${i}`, text: `${text}，共3个。` }));
  const figures = paragraphs.map((paragraph, i) =>
    makeFigureIn(paragraph, '3个', {
      sourceFile: '=evil.txt',
      metric: HOSTILE_TEXTS[i] ?? '',
      localityId: 'cn-110000',
      value: -3 - i,
      baseValue: -3 - i,
    }),
  );
  return makeDataset({ sources, localities, articles, paragraphs, figures });
}
