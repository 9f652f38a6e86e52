import { useEffect } from 'react';
import { Dashboard } from './dashboard';
import { ErrorScreen } from './error-screen';
import { I18nProvider } from './i18n/i18n-context';
import { createTranslate } from './i18n/translate';
import { loadDataset, type DatasetLoadResult } from './load-dataset';
import { useDataset } from './use-dataset';
import { useUrlState } from './use-url-state';

/** The app: URL state and language around the dataset's three states (loading, error, ready). */
export function App({ load = loadDataset }: { load?: () => Promise<DatasetLoadResult> }) {
  const [state, update] = useUrlState();
  const [dataset, reload] = useDataset(load);
  useEffect(() => {
    document.documentElement.lang = state.language === 'zh' ? 'zh-Hans' : 'en';
    document.title = createTranslate(state.language)('app.title');
  }, [state.language]);
  return (
    <I18nProvider language={state.language}>
      {dataset.status === 'loading' && (
        <p className="loading" role="status">
          {createTranslate(state.language)('app.loading')}
        </p>
      )}
      {dataset.status === 'error' && <ErrorScreen problem={dataset.problem} onRetry={reload} />}
      {dataset.status === 'ready' && <Dashboard dataset={dataset.dataset} text={dataset.text} state={state} update={update} />}
    </I18nProvider>
  );
}
