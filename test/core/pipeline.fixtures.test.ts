import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/core/locality/gazetteer';
import { runPipeline } from '../../src/core/pipeline';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Dataset } from '../../src/dataset/schema';
import { loadGazetteer } from '../../scripts/load-gazetteer';

// One input file per phenomenon; the expected file is a readable projection of what the pipeline
// extracts from it. Review every snapshot diff as if it were code.
const dir = new URL('../fixtures/pipeline/', import.meta.url);
const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();

function project(dataset: Dataset): unknown {
  const nameOf = (id: string | null): string | null => dataset.localities.find((l) => l.id === id)?.fullName ?? null;
  return dataset.articles.map((article) => ({
    title: article.title,
    date: article.date,
    outlet: article.outlet,
    locality: nameOf(article.localityId),
    paragraphs: dataset.paragraphs.filter((p) => p.articleId === article.id).map((p) => `[${p.role}] ${p.text}`),
    figures: dataset.figures
      .filter((f) => f.articleId === article.id)
      .map((f) => ({
        text: f.text,
        value: f.valueMax === null ? f.value : [f.value, f.valueMax],
        unit: f.unit,
        base: `${f.baseValue} ${f.baseUnit}`,
        qualifier: f.qualifier,
        metric: f.metric,
        category: f.category,
        indicator: f.indicatorId,
        aspect: f.aspect,
        period: f.period === null ? null : `${f.period.text}: ${f.period.start ?? '…'}–${f.period.end ?? '…'}`,
        ...(f.anecdote ? { anecdote: true } : {}),
        locality: nameOf(f.localityId),
      })),
  }));
}

describe('pipeline fixtures', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  });

  it.each(names)('extracts %s as expected', async (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const dataset = runPipeline([{ file: name, text, encoding: 'utf-8', bytes: text.length }], gazetteer);
    expect(checkDataset(dataset)).toEqual([]);
    await expect(JSON.stringify(project(dataset), null, 2)).toMatchFileSnapshot(
      `../fixtures/pipeline/${name.replace(/\.txt$/u, '.expected.json')}`,
    );
  });
});
