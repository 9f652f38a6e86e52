import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../src/lib/split-highlights';

describe('splitHighlights', () => {
  it('cuts text around a highlight', () => {
    expect(splitHighlights('共投资3亿元。', [{ id: 'f', start: 3, end: 6 }])).toEqual([
      { text: '共投资', id: null },
      { text: '3亿元', id: 'f' },
      { text: '。', id: null },
    ]);
  });

  it('keeps two highlights in text order whatever order they come in', () => {
    const segments = splitHighlights('由5天减至2天', [{ id: 'b', start: 5, end: 7 }, { id: 'a', start: 1, end: 3 }]);
    expect(segments.map((s) => s.id)).toEqual([null, 'a', null, 'b']);
  });

  it('skips a span that overlaps an earlier one so no character repeats', () => {
    const segments = splitHighlights('约2.8万件', [{ id: 'long', start: 0, end: 6 }, { id: 'inner', start: 1, end: 4 }]);
    expect(segments).toEqual([{ text: '约2.8万件', id: 'long' }]);
  });

  it('ignores a span outside the text', () => {
    expect(splitHighlights('短', [{ id: 'x', start: 3, end: 5 }])).toEqual([{ text: '短', id: null }]);
  });
});
