import { useCallback, useEffect, useState } from 'react';
import { loadDataset, type DatasetLoadResult } from './load-dataset';

export type DatasetState = { status: 'loading' } | DatasetLoadResult;

/** Loads the dataset after the first paint; `reload` fetches it again (after `npm run dataset`). */
export function useDataset(load: () => Promise<DatasetLoadResult> = loadDataset): [DatasetState, () => void] {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [load, attempt]);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, reload];
}
