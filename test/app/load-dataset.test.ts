import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/app/load-dataset';
import { makeFigure, makeSampleDataset } from '../helpers/make-dataset';

function answer(body: string, status = 200, type = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': type } });
}

describe('loadDataset', () => {
  it('accepts a sound dataset', async () => {
    const result = await loadDataset(answer(JSON.stringify(makeSampleDataset())));
    expect(result.status).toBe('ready');
  });

  it.each([
    ['a 404', answer('not found', 404, 'text/plain'), { kind: 'missing' }],
    ['the dev server’s index.html fallback', answer('<!doctype html>', 200, 'text/html'), { kind: 'missing' }],
    ['a server error', answer('', 500), { kind: 'unreadable', detail: 'HTTP 500' }],
    ['broken JSON', answer('{"schemaVersion":'), { kind: 'unreadable' }],
    ['a JSON list', answer('[]'), { kind: 'unreadable', detail: 'not a JSON object' }],
    ['another schema version', answer('{"schemaVersion":99}'), { kind: 'version', found: '99', expected: 2 }],
    ['no schema version', answer('{}'), { kind: 'version', found: '—' }],
  ])('reports %s', async (_name, fetchFn, expected) => {
    const result = await loadDataset(fetchFn);
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.problem).toMatchObject({ file: 'data/dataset.json', ...expected });
  });

  it('reports a network failure as unreadable', async () => {
    const result = await loadDataset(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.status === 'error' && result.problem).toMatchObject({ kind: 'unreadable', detail: 'Failed to fetch' });
  });

  it('reports the checker’s problems', async () => {
    const dataset = makeSampleDataset();
    dataset.figures.push(makeFigure({ id: 'stray', paragraphId: 'nowhere' }));
    const result = await loadDataset(answer(JSON.stringify(dataset)));
    expect(result.status === 'error' && result.problem.kind).toBe('invalid');
  });
});
