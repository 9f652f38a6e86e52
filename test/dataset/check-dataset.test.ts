import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Dataset, Figure, Rejection } from '../../src/dataset/schema';
import {
  makeArticle,
  makeDataset,
  makeFigureIn,
  makeIndicator,
  makeLocality,
  makeParagraph,
  makeSource,
} from '../helpers/make-dataset';

/** A small sound dataset: one source, article, paragraph, a county under a province, one figure. */
function makeSound(): Dataset {
  const province = makeLocality({ id: 'p', name: '某省', level: 'province' });
  const county = makeLocality({ id: 'c', name: '某县', parentId: 'p', fullName: '某省某县', path: ['某省', '某县'] });
  const paragraph = makeParagraph({ text: '新建项目12个。' });
  return makeDataset({
    sources: [makeSource()],
    articles: [makeArticle({ localityId: 'c' })],
    paragraphs: [paragraph],
    localities: [province, county],
    figures: [makeFigureIn(paragraph, '12个', { localityId: 'c' })],
    indicators: [
      makeIndicator({ id: 'days', dimension: 'duration', baseUnit: '工作日', domain: 'approval_speed' }),
      makeIndicator({ id: 'projects', dimension: 'count', baseUnit: '个', domain: 'investment' }),
    ],
  });
}

const REVIEW = { status: 'correct' as const, reviewer: '王芳', at: '2026-12-03T08:15:00.000Z', note: '' };
/** A wrong figure of the sound dataset's paragraph, as a corrections file leaves it in `rejected`. */
const rejectedOf = (d: Dataset): Figure => ({ ...(d.figures[0] as Figure), id: 'gone', review: { ...REVIEW, status: 'wrong' } });

describe('checkDataset', () => {
  it('finds nothing wrong with a sound dataset', () => {
    expect(checkDataset(makeSound())).toEqual([]);
  });

  it('finds nothing wrong with a reviewed one: reviews, an added figure, a rejected list', () => {
    const dataset = makeSound();
    const figure = dataset.figures[0] as Figure;
    dataset.figures = [{ ...figure, review: { ...REVIEW, status: 'corrected', extracted: { unit: '项' } } }, { ...figure, id: 'added', origin: 'review', review: { ...REVIEW, status: 'added' } }];
    dataset.rejected = [{ figure: rejectedOf(dataset), reason: '是日期' }];
    expect(checkDataset(dataset)).toEqual([]);
  });

  it.each<[string, (d: Dataset) => void, string]>([
    ['a figure span that reads other words', (d) => { if (d.figures[0]) d.figures[0].end = 1; }, 'figures[0]'],
    ['a figure in a missing paragraph', (d) => { if (d.figures[0]) d.figures[0].paragraphId = 'nope'; }, 'figures[0].paragraphId'],
    ['a figure whose original span runs past the paragraph', (d) => { if (d.figures[0]) d.figures[0].originalEnd = 99; }, 'figures[0]'],
    ['a figure of an unknown locality', (d) => { if (d.figures[0]) d.figures[0].localityId = 'x'; }, 'figures[0].localityId'],
    ['a range whose upper bound is below its value', (d) => { if (d.figures[0]) d.figures[0].valueMax = 1; }, 'figures[0].valueMax'],
    ['a value that is not a number', (d) => { if (d.figures[0]) d.figures[0].value = Number.NaN; }, 'figures[0].value'],
    ['an article of a missing source', (d) => { if (d.articles[0]) d.articles[0].sourceId = 'x'; }, 'articles[0].sourceId'],
    ['a paragraph of a missing article', (d) => { if (d.paragraphs[0]) d.paragraphs[0].articleId = 'x'; }, 'paragraphs[0].articleId'],
    ['a locality whose parent is missing', (d) => { if (d.localities[1]) d.localities[1].parentId = 'x'; }, 'localities[1].parentId'],
    ['a locality chain that loops', (d) => { if (d.localities[0]) d.localities[0].parentId = 'c'; }, 'localities[0].parentId'],
    ['an id used twice', (d) => { d.localities.push(makeLocality({ id: 'c' })); }, 'localities[2].id'],
    ['an article date that is not ISO 8601', (d) => { if (d.articles[0]) d.articles[0].date = '2023年5月'; }, 'articles[0].date'],
    ['a figure of an unknown indicator', (d) => { if (d.figures[0]) d.figures[0].indicatorId = 'nope'; }, 'figures[0].indicatorId'],
    ['a figure whose unit kind is not its indicator’s dimension', (d) => { if (d.figures[0]) d.figures[0].indicatorId = 'days'; }, 'figures[0].unitKind'],
    ['a figure whose category is not its indicator’s domain', (d) => { if (d.figures[0]) d.figures[0].indicatorId = 'projects'; }, 'figures[0].category'],
    ['a figure of an unknown aspect', (d) => { if (d.figures[0]) d.figures[0].aspect = 'guess' as 'level'; }, 'figures[0].aspect'],
    ['a period bound that is not ISO 8601', (d) => { if (d.figures[0]) d.figures[0].period = { text: '去年', start: '去年', end: null }; }, 'figures[0].period.start'],
    ['a review of an unknown status', (d) => { if (d.figures[0]) d.figures[0].review = { ...REVIEW, status: 'maybe' as 'correct' }; }, 'figures[0].review'],
    ['a review without its reviewer', (d) => { if (d.figures[0]) d.figures[0].review = { status: 'correct', at: REVIEW.at, note: '' } as typeof REVIEW; }, 'figures[0].review'],
    ['an unknown origin', (d) => { if (d.figures[0]) d.figures[0].origin = 'guess' as 'review'; }, 'figures[0].origin'],
    ['a kept figure marked wrong', (d) => { if (d.figures[0]) d.figures[0].review = { ...REVIEW, status: 'wrong' }; }, 'figures[0].review'],
    ['a rejected figure without a wrong review', (d) => { d.rejected = [{ figure: { ...rejectedOf(d), review: { ...REVIEW, status: 'correct' } }, reason: '' }]; }, 'rejected[0].figure.review'],
    ['a rejected figure that is also kept', (d) => { d.rejected = [{ figure: { ...(d.figures[0] as Figure), review: { ...REVIEW, status: 'wrong' } }, reason: '' }]; }, 'rejected'],
    ['a rejected figure whose span reads other words', (d) => { d.rejected = [{ figure: { ...rejectedOf(d), end: 1 }, reason: '' }]; }, 'rejected[0].figure'],
    ['a rejection without a reason', (d) => { d.rejected = [{ figure: rejectedOf(d) } as Rejection]; }, 'rejected[0]'],
  ])('reports %s', (_, breakIt, path) => {
    const dataset = makeSound();
    breakIt(dataset);
    expect(checkDataset(dataset).map((p) => p.path)).toContain(path);
  });

  it('stops at a dataset of another schema version, naming both versions', () => {
    const problems = checkDataset({ ...makeSound(), schemaVersion: 3 as unknown as 2 });
    expect(problems).toEqual([{ path: 'schemaVersion', message: 'is 3, this program reads 2' }]);
  });

  it('reports a list that is missing', () => {
    const broken = { ...makeSound(), figures: undefined } as unknown as Dataset;
    expect(checkDataset(broken)).toEqual([{ path: 'figures', message: 'is not a list' }]);
  });
});
