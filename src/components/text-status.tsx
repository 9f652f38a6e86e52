import { useI18n } from '../app/i18n/i18n-context';
import type { ArticleText } from '../lib/use-article-text';

/**
 * Where paragraph text is on its way or failed to come: a status line while its chunk loads, and an
 * alert naming the file with a button to fetch it again when it failed. Renders nothing once ready.
 */
export function TextStatus({ text }: { text: ArticleText | null }) {
  const { t } = useI18n();
  if (text === null || text.status === 'ready') return null;
  if (text.status === 'loading') {
    return (
      <p className="loading text-status" role="status" title={t('text.loadingFile', { file: text.file })}>
        {t('text.loading')}
      </p>
    );
  }
  return (
    <div className="text-status text-error" role="alert">
      <p>{t(`text.${text.failure}`, { file: text.file, detail: text.detail })}</p>
      <button type="button" onClick={text.retry}>
        {t('text.retry')}
      </button>
    </div>
  );
}
