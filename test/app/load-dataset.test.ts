import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, loadDataset } from '../../src/app/load-dataset';
import { makeAppLayout, makeSiteFiles, serveFiles } from '../helpers/make-app-layout';
import { makeFigure, makeSampleDataset } from '../helpers/make-dataset';

function answer(body: string, status = 200, type = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': type } });
}

describe('loadDataset', () => {
  it('accepts a sound index, fetching it alone: no paragraph chunk before a view asks for text', async () => {
    const requests: string[] = [];
    const result = await loadDataset(serveFiles(makeSiteFiles(makeSampleDataset()), requests));
    expect(result.status).toBe('ready');
    expect(requests).toEqual([APP_INDEX_URL]);
    expect(result.status === 'ready' && result.dataset).not.toHaveProperty('paragraphs');
  });

  it('gives back the records as the complete dataset has them, each article naming its chunk', async () => {
    const dataset = makeSampleDataset();
    const result = await loadDataset(serveFiles(makeSiteFiles(dataset)));
    if (result.status !== 'ready') throw new Error('not ready');
    expect(result.dataset.figures).toEqual(dataset.figures);
    expect(result.dataset.articles.map(({ paragraphChunk, ...article }) => [article, paragraphChunk])).toEqual(dataset.articles.map((a, i) => [a, Math.floor(i / 2)]));
  });

  it.each([
    ['a 404', answer('not found', 404, 'text/plain'), { kind: 'missing' }],
    ['the dev server’s index.html fallback', answer('<!doctype html>', 200, 'text/html'), { kind: 'missing' }],
    ['a server error', answer('', 500), { kind: 'unreadable', detail: 'HTTP 500' }],
    ['broken JSON', answer('{"schemaVersion":'), { kind: 'unreadable' }],
    ['a JSON list', answer('[]'), { kind: 'unreadable', detail: 'not a JSON object' }],
    ['another schema version', answer('{"schemaVersion":99}'), { kind: 'version', found: '99', expected: 2 }],
    ['no schema version', answer('{}'), { kind: 'version', found: '—' }],
    ['another layout version', answer('{"schemaVersion":2,"layout":7}'), { kind: 'version', found: 'layout 7', expected: 'layout 1' }],
    ['no layout version', answer('{"schemaVersion":2}'), { kind: 'version', found: 'layout —' }],
  ])('reports %s', async (_name, fetchFn, expected) => {
    const result = await loadDataset(fetchFn);
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.problem).toMatchObject({ file: 'data/dataset/app/index.json', ...expected });
  });

  it('reports a network failure as unreadable', async () => {
    const result = await loadDataset(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.status === 'error' && result.problem).toMatchObject({ kind: 'unreadable', detail: 'Failed to fetch' });
  });

  it('reports the checker’s problems: a figure of an article the index does not have', async () => {
    const dataset = makeSampleDataset();
    dataset.figures.push(makeFigure({ id: 'stray', articleId: 'nowhere' }));
    const result = await loadDataset(answer(JSON.stringify(makeAppLayout(dataset).index)));
    expect(result.status === 'error' && result.problem).toMatchObject({ kind: 'invalid', problems: [{ path: `figures[${dataset.figures.length - 1}].articleId`, message: 'no article "nowhere"' }] });
  });
});
