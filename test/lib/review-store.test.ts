import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/dataset/corrections';
import { openReviewStore, readReviewer, saveReviewer } from '../../src/lib/review-store';

const decision = (id: string): Decision => ({
  id,
  action: 'correct',
  anchor: { file: 'a.txt', sourceStart: 0, sourceEnd: 3, text: '12个', before: '', after: '' },
  reviewer: '王芳',
  at: '2026-12-03T08:15:00.000Z',
  note: '',
  figureId: null,
});

// The ui project gives every test a fresh fake-indexeddb (test/setup-ui.ts): what one test stores, the next never sees.
describe('the review store', () => {
  it('keeps decisions per dataset location, and replaces some in one step', async () => {
    const here = openReviewStore('/data/dataset.json');
    const there = openReviewStore('/other/data/dataset.json');
    await here.replace([], [decision('a'), decision('b')]);
    await there.replace([], [decision('c')]);
    await here.replace(['a'], [decision('d')]);
    expect((await openReviewStore('/data/dataset.json').list()).map((d) => d.id).sort()).toEqual(['b', 'd']);
    expect((await there.list()).map((d) => d.id)).toEqual(['c']);
  });

  it('remembers the reviewer across stores, once typed', async () => {
    expect(await readReviewer()).toBe('');
    await saveReviewer('李明');
    expect(await readReviewer()).toBe('李明');
  });
});
