import { describe, expect, it } from 'vitest';
import { checkChunk } from '../../scripts/check-chunk';
import { makeSampleDataset } from '../helpers/make-dataset';

const chunkOf = () => {
  const { schemaVersion: _v, indicators: _i, warnings: _w, ...chunk } = makeSampleDataset();
  return chunk;
};

describe('checkChunk', () => {
  it('passes a sound chunk unchanged', () => {
    const chunk = chunkOf();
    expect(checkChunk(chunk)).toEqual({ chunk, failed: false, warnings: [] });
  });

  it('drops only the figures that break an invariant, and cuts links to them', () => {
    const chunk = chunkOf();
    const [first, second] = chunk.figures;
    if (!first || !second) throw new Error('the sample has figures');
    chunk.figures[0] = { ...first, text: 'drifted' };
    chunk.figures[1] = { ...second, previousFigureId: first.id };
    const checked = checkChunk(chunk);
    expect(checked.failed).toBe(false);
    expect(checked.chunk?.figures.map((f) => f.id)).toEqual(chunk.figures.slice(1).map((f) => f.id));
    expect(checked.chunk?.figures[0]?.previousFigureId).toBeNull();
    expect(checked.warnings).toEqual([expect.objectContaining({ code: 'figure-dropped', message: expect.stringMatching(/1 figure\(s\)/u) })]);
  });

  it('skips the file when a problem is outside its figures, as a bug', () => {
    const chunk = chunkOf();
    const paragraph = chunk.paragraphs[0];
    if (!paragraph) throw new Error('the sample has paragraphs');
    chunk.paragraphs[0] = { ...paragraph, articleId: 'nowhere' };
    expect(checkChunk(chunk)).toMatchObject({ chunk: null, failed: true, warnings: [{ code: 'invalid-extraction' }] });
  });
});
