import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from '../../../src/lib/url-state';
import { OverviewGaps } from '../../../src/views/overview/overview-gaps';
import { makeDatasetIndex } from '../../helpers/make-app-layout';
import { makeFigure, makeSampleDataset } from '../../helpers/make-dataset';

// At 10,000 articles a gap list holds thousands of entries: it renders a hundred and more on request.
const dataset = makeSampleDataset();
const index = makeDatasetIndex(dataset);
const unplaced = Array.from({ length: 250 }, (_, i) => makeFigure({ id: `u${i}`, articleId: 'a1', text: `${i}个`, localityId: null }));

describe('OverviewGaps', () => {
  it('lists the first hundred unplaced figures, a hundred more per press, and drops the button when all are shown', async () => {
    render(<OverviewGaps index={index} state={DEFAULT_STATE} gaps={{ articlesWithoutFigures: [], figuresWithoutLocality: unplaced }} openFigure={vi.fn()} />);
    const list = () => within(screen.getByText('没有归属地区的数字（250）').closest('details') as HTMLElement);
    expect(list().getAllByRole('listitem')).toHaveLength(100);
    await userEvent.click(list().getByRole('button', { name: '再显示 100 条（已显示 100 / 250）' }));
    expect(list().getAllByRole('listitem')).toHaveLength(200);
    await userEvent.click(list().getByRole('button', { name: '再显示 50 条（已显示 200 / 250）' }));
    expect(list().getAllByRole('listitem')).toHaveLength(250);
    expect(list().queryByRole('button', { name: /再显示/u })).toBeNull();
  });

  it('shows no button under a list that fits', () => {
    render(<OverviewGaps index={index} state={DEFAULT_STATE} gaps={{ articlesWithoutFigures: dataset.articles, figuresWithoutLocality: [] }} openFigure={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /再显示/u })).toBeNull();
  });
});
