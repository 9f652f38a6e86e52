import { useI18n } from '../app/i18n/i18n-context';
import type { Figure } from '../dataset/schema';
import type { ParagraphStore } from '../lib/create-paragraph-store';
import { selectSentence } from '../lib/select-sentence';
import { useArticleText } from '../lib/use-article-text';

/**
 * A figures-table cell showing the sentence behind the figure. Only the rows of the page shown are
 * rendered, so only their chunks are fetched; a failed chunk is named in the cell's tooltip.
 */
export function SentenceCell({ text, figure }: { text: ParagraphStore; figure: Figure }) {
  const { t } = useI18n();
  const article = useArticleText(text, figure.articleId);
  if (article?.status === 'error') {
    const message = t(`text.${article.failure}`, { file: article.file, detail: article.detail });
    return <span className="clip text-error" title={message}>{message}</span>;
  }
  const sentence = article?.status === 'ready' ? selectSentence(text, figure) : null;
  if (sentence === null) return <span className="loading">{t('text.cellLoading')}</span>;
  return <span className="clip" title={sentence}>{sentence}</span>;
}
