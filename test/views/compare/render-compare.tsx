import { render } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import { makeDatasetIndex } from '../../helpers/make-app-layout';
import { applyUrlPatch, DEFAULT_STATE, type UrlState } from '../../../src/lib/url-state';
import type { ViewProps } from '../../../src/lib/view-props';
import { CompareView } from '../../../src/views/compare/compare-view';
import { makeCompareDataset } from '../../helpers/make-compare-dataset';

/** Renders the compare view on the compare dataset with the URL kept in React state, as the app keeps it in the hash. */
export function renderCompare(initial: Partial<UrlState> = {}) {
  const dataset = makeCompareDataset();
  const index = makeDatasetIndex(dataset);
  const openFigure = vi.fn<(id: string) => void>();
  let current: UrlState = { ...DEFAULT_STATE, view: 'compare', ...initial };
  function Harness() {
    const [state, setState] = useState<UrlState>(current);
    const update: ViewProps['update'] = (patch) =>
      setState((s) => {
        current = applyUrlPatch(s, patch);
        return current;
      });
    return <CompareView index={index} state={state} figures={dataset.figures} query="" update={update} openFigure={openFigure} />;
  }
  render(<Harness />);
  return { dataset, openFigure, state: () => current };
}
