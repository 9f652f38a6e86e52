import type { Decision } from '../../src/dataset/corrections';
import { createAddDecision, createFigureDecision, type DecisionStamp, type DecisionText } from '../../src/dataset/create-decision';
import { listPlaceChain } from '../../src/dataset/list-place-chain';
import type { Dataset, Figure } from '../../src/dataset/schema';

/** The seed page of 张湾区 the review helpers are written for (web text: one paragraph per line). */
export const SEED_FILE = '000_c4f9367712752f11.txt';

/** The text of a decision about `figure`: its file, its article's paragraphs and its paragraph. */
export function selectDecisionText(dataset: Dataset, figure: Pick<Figure, 'paragraphId' | 'articleId' | 'sourceFile'>): DecisionText {
  const paragraph = dataset.paragraphs.find((p) => p.id === figure.paragraphId);
  if (!paragraph) throw new Error(`no paragraph ${figure.paragraphId}`);
  return { file: figure.sourceFile, neighbours: dataset.paragraphs.filter((p) => p.articleId === figure.articleId), paragraph };
}

/** The figure reading `text` in the seed page; throws (naming what there is) when the pipeline reads none. */
export function findSeedFigure(dataset: Dataset, text: string): Figure {
  const found = dataset.figures.find((f) => f.sourceFile === SEED_FILE && f.text === text);
  if (!found) throw new Error(`the pipeline reads no "${text}" in ${SEED_FILE}: ${dataset.figures.filter((f) => f.sourceFile === SEED_FILE).map((f) => f.text).join(', ')}`);
  return found;
}

/** Stamps with ids and times that increase with every call, as a reviewer's clicks would. */
export function createStamps(): (reviewer?: string, note?: string) => DecisionStamp {
  let clock = 0;
  return (reviewer = '王芳', note = '') => {
    clock++;
    return { id: `d${clock}`, reviewer, at: `2026-12-03T08:${String(10 + clock).padStart(2, '0')}:00.000Z`, note };
  };
}

/** One review of the seed page: 27亿元 wrong, 6061.3亩 corrected (unit 平方米 and another county), 22日 added. */
export function createSeedReview(dataset: Dataset, stamp = createStamps()): { decisions: Decision[]; wrong: Figure; edited: Figure; addedText: string } {
  const wrong = findSeedFigure(dataset, '27亿元');
  const edited = findSeedFigure(dataset, '6061.3亩');
  const places = new Map(dataset.localities.map((l) => [l.id, l]));
  const otherPlace = dataset.localities.find((l) => l.id !== edited.localityId && l.level === 'county');
  if (!otherPlace) throw new Error('the seed corpus names no second county');
  // 2月22日 is a date, which the extractor rightly skips; the review adds its day as a missed figure.
  const text = selectDecisionText(dataset, wrong);
  const addedText = '22日';
  const start = text.paragraph.text.indexOf(addedText);
  if (start < 0) throw new Error(`no "${addedText}" beside "27亿元"`);
  const decisions = [
    createFigureDecision(text, wrong, 'wrong', stamp('王芳', '总投资是计划数')),
    createFigureDecision(selectDecisionText(dataset, edited), edited, 'edit', stamp(), {
      fields: { unit: '平方米', localityId: otherPlace.id },
      chainOf: (id) => listPlaceChain(places, id),
    }),
    createAddDecision(text, start, start + addedText.length, { value: 22, unit: '日', metric: '开工日', category: 'other' }, stamp()),
  ];
  return { decisions, wrong, edited, addedText };
}
