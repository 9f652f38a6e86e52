import { useI18n } from './i18n/i18n-context';
import type { DatasetLoadProblem } from './load-dataset';

const REBUILD_COMMAND = 'npm run dataset';
const SHOWN_PROBLEMS = 5;

/** Names what is wrong with the dataset and the command that rebuilds it. */
export function ErrorScreen({ problem, onRetry }: { problem: DatasetLoadProblem; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="error-screen">
      <section role="alert" aria-labelledby="error-title">
        <h1 id="error-title">{t('error.title')}</h1>
        <p>
          {problem.kind === 'missing' && t('error.missing', { file: problem.file })}
          {problem.kind === 'unreadable' && t('error.unreadable', { file: problem.file, detail: problem.detail })}
          {problem.kind === 'version' &&
            t('error.version', { file: problem.file, found: problem.found, expected: problem.expected })}
          {problem.kind === 'invalid' && t('error.invalid', { file: problem.file, count: problem.problems.length })}
        </p>
        {problem.kind === 'invalid' && (
          <ul>
            {problem.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        )}
        <p>{t('error.fix')}</p>
        <pre>
          <code>{REBUILD_COMMAND}</code>
        </pre>
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </section>
    </main>
  );
}
