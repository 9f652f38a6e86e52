import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/core/locality/gazetteer';
import { runPipeline } from '../../src/core/pipeline';
import { applyCorrections } from '../../src/dataset/apply-corrections';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Decision } from '../../src/dataset/corrections';
import { createFigureDecision } from '../../src/dataset/create-decision';
import type { Dataset, Figure } from '../../src/dataset/schema';
import { loadGazetteer } from '../../scripts/load-gazetteer';
import { createSeedReview, createStamps, findSeedFigure, SEED_FILE, selectDecisionText } from '../helpers/make-review';

// The seed page of 张湾区 (web text: one paragraph per line), extracted by the real pipeline.
const FILE = SEED_FILE;
const SOURCE = readFileSync(new URL(`../../corpus/${FILE}`, import.meta.url), 'utf8');

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

const extract = (text: string): Dataset => runPipeline([{ file: FILE, text, encoding: 'utf-8', bytes: text.length }], gazetteer);

const textOf = selectDecisionText;
const figureReading = findSeedFigure;
const stamp = createStamps();

/** The seed page with a blank line after every first full stop of a long line: each such paragraph becomes two. */
function splitParagraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const stop = line.indexOf('。');
      return line.length > 60 && stop > 0 && stop < line.length - 1 ? `${line.slice(0, stop + 1)}\n\n${line.slice(stop + 1)}` : line;
    })
    .join('\n');
}

const review = (dataset: Dataset) => createSeedReview(dataset);

describe('applyCorrections', () => {
  it('lands on the same figures in a re-extraction with other paragraph splits', () => {
    const before = extract(SOURCE);
    const after = extract(splitParagraphs(SOURCE));
    expect(after.paragraphs.length).toBeGreaterThan(before.paragraphs.length + 5); // the premise: the splits differ
    const { decisions, wrong, edited, addedText } = review(before);
    expect(after.figures.some((f) => f.id === wrong.id && f.text === wrong.text)).toBe(false); // ids moved too

    const result = applyCorrections(after, decisions);

    expect(result.report).toEqual({ applied: 3, stale: [], conflicts: [] });
    expect(result.rejected.map((r) => [r.figure.text, r.reason, r.figure.review?.status])).toEqual([['27亿元', '总投资是计划数', 'wrong']]);
    expect(result.figures.some((f) => f.text === '27亿元')).toBe(false);
    const corrected = result.figures.filter((f) => f.review?.status === 'corrected');
    expect(corrected.map((f) => [f.text, f.unit, f.baseValue, f.baseUnit, f.unitKind, f.localityId, f.localityConfidence])).toEqual([
      ['6061.3亩', '平方米', 6061.3, '平方米', 'area', decisions[1]?.fields?.localityId, 1],
    ]);
    expect(corrected[0]?.review?.extracted).toEqual({ unit: '亩', localityId: edited.localityId });
    const added = result.figures.filter((f) => f.origin === 'review');
    expect(added.map((f) => [f.text, f.value, f.unit, f.baseUnit, f.unitKind, f.metric, f.review?.status])).toEqual([[addedText, 22, '日', '天', 'duration', '开工日', 'added']]);
    // Landed where the words are, in the re-split paragraph, and the result is a sound dataset.
    const paragraph = after.paragraphs.find((p) => p.id === added[0]?.paragraphId);
    expect(paragraph?.text.slice(added[0]?.start, added[0]?.end)).toBe(addedText);
    const rebuilt: Dataset = { ...after, figures: result.figures, localities: result.localities, rejected: result.rejected };
    expect(checkDataset(rebuilt)).toEqual([]);
  });

  it('reports a correction whose words changed as stale and applies the others', () => {
    const before = extract(SOURCE);
    const { decisions } = review(before);
    expect(SOURCE.split('6061.3亩').length).toBe(2);
    const after = extract(SOURCE.replace('6061.3亩', '6100亩'));

    const result = applyCorrections(after, decisions);

    expect(result.report.applied).toBe(2);
    expect(result.report.stale.map((s) => [s.decision.anchor.text, s.reason])).toEqual([['6061.3亩', '"6061.3亩" is no longer in the text']]);
    expect(result.figures.find((f) => f.text === '6100亩')?.review).toBeUndefined(); // never moved to the new number
  });

  it('reports words that now stand only in another sentence as stale', () => {
    const before = extract(SOURCE);
    const { decisions } = review(before);
    const edit = decisions[1] as Decision;
    const after = extract(`${SOURCE.replace('6061.3亩', '6100亩')}\n\n全区另有6061.3亩耕地完成流转。\n`);
    expect(after.figures.some((f) => f.text === '6061.3亩')).toBe(true); // the words are there, in a new sentence

    const result = applyCorrections(after, [edit]);

    expect(result.report.applied).toBe(0);
    expect(result.report.stale.map((s) => s.reason)).toEqual([expect.stringContaining('is no longer in its context')]);
  });

  it('reports two decisions that disagree about one figure as a conflict and applies neither', () => {
    const dataset = extract(SOURCE);
    const figure = figureReading(dataset, '6061.3亩');
    const text = textOf(dataset, figure);
    const decisions = [
      createFigureDecision(text, figure, 'edit', stamp('王芳'), { fields: { unit: '平方米' } }),
      createFigureDecision(text, figure, 'edit', stamp('李明'), { fields: { unit: '公顷' } }),
      createFigureDecision(textOf(dataset, figureReading(dataset, '27亿元')), figureReading(dataset, '27亿元'), 'correct', stamp('李明')),
    ];

    const result = applyCorrections(dataset, decisions);

    expect(result.report.applied).toBe(1);
    expect(result.report.conflicts).toHaveLength(1);
    expect(result.report.conflicts[0]?.decisions.map((d) => d.reviewer)).toEqual(['王芳', '李明']);
    expect(result.report.conflicts[0]?.reason).toBe('the decisions set unit to "平方米" and to "公顷"');
    expect(result.figures.find((f) => f.id === figure.id)).toEqual(figure); // untouched
  });

  it('merges agreeing decisions of two reviewers and reports wrong against kept as a conflict', () => {
    const dataset = extract(SOURCE);
    const figure = figureReading(dataset, '6061.3亩');
    const text = textOf(dataset, figure);
    const agreeing = [
      createFigureDecision(text, figure, 'edit', stamp('王芳', '单位'), { fields: { unit: '平方米' } }),
      createFigureDecision(text, figure, 'edit', stamp('李明', '指标'), { fields: { metric: '规划面积' } }),
    ];
    const merged = applyCorrections(dataset, agreeing).figures.find((f) => f.id === figure.id);
    expect([merged?.unit, merged?.metric, merged?.review?.reviewer, merged?.review?.note]).toEqual(['平方米', '规划面积', '王芳、李明', '单位 | 指标']);

    const other = figureReading(dataset, '27亿元');
    const disagreeing = [createFigureDecision(textOf(dataset, other), other, 'wrong', stamp()), createFigureDecision(textOf(dataset, other), other, 'correct', stamp('李明'))];
    const result = applyCorrections(dataset, disagreeing);
    expect(result.report.conflicts.map((c) => c.reason)).toEqual(['one decision marks the figure wrong, another keeps it']);
    expect(result.rejected).toEqual([]);
  });

  it('gives the same output whatever order the decisions come in, and applying twice changes nothing', () => {
    const dataset = extract(SOURCE);
    const { decisions } = review(dataset);
    const once = applyCorrections(dataset, decisions);
    const reversed = applyCorrections(dataset, [...decisions].reverse());
    expect(JSON.stringify(reversed.figures)).toBe(JSON.stringify(once.figures));
    const rebuilt: Dataset = { ...dataset, figures: once.figures, localities: once.localities, rejected: once.rejected };
    const twice = applyCorrections(rebuilt, decisions);
    expect(twice.report).toEqual(once.report);
    expect(JSON.stringify(twice.figures)).toBe(JSON.stringify(once.figures));
    expect(JSON.stringify(twice.rejected)).toBe(JSON.stringify(once.rejected));
  });

  it('keeps what a correction replaced when a corrected figure is marked correct in the rebuilt dataset', () => {
    const dataset = extract(SOURCE);
    const { decisions, edited } = review(dataset);
    const once = applyCorrections(dataset, decisions);
    const rebuilt: Dataset = { ...dataset, figures: once.figures, localities: once.localities, rejected: once.rejected };
    const corrected = rebuilt.figures.find((f) => f.id === edited.id) as Figure;
    const confirmation = createFigureDecision(textOf(rebuilt, corrected), corrected, 'correct', stamp());
    expect([confirmation.action, confirmation.fields]).toEqual(['edit', { unit: '平方米', localityId: corrected.localityId }]);
    const fresh = applyCorrections(dataset, [confirmation]).figures.find((f) => f.id === edited.id);
    expect([fresh?.unit, fresh?.localityId, fresh?.review?.status]).toEqual(['平方米', corrected.localityId, 'corrected']);
  });
});
