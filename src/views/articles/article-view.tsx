import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { HighlightedText } from '../../components/highlighted-text';
import { selectLocalityChain } from '../../lib/create-dataset-index';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';
import type { ViewProps } from '../../lib/view-props';

/** An article's paragraphs with every extracted figure in a <mark>; each mark opens its figure. */
export function ArticleView({ index, state, figures, openFigure }: ViewProps) {
  const { t } = useI18n();
  const article = state.id === null ? undefined : index.articles.get(state.id);
  const matching = useMemo(() => new Set(figures.map((f) => f.id)), [figures]);
  if (!article) return <p className="empty-state">{t('article.notFound')}</p>;

  const paragraphs = index.paragraphsOfArticle.get(article.id) ?? [];
  const own = paragraphs.flatMap((p) => index.figuresOfParagraph.get(p.id) ?? []);
  const chain = selectLocalityChain(index, article.localityId);
  return (
    <article aria-labelledby="article-title" className="article-view">
      <h2 id="article-title">{article.title}</h2>
      {article.subtitle && <p className="subtitle">{article.subtitle}</p>}
      <p className="meta">
        {t('article.meta', {
          source: index.sources.get(article.sourceId)?.file ?? article.sourceId,
          locality: chain.length > 0 ? chain.join(CHAIN_SEPARATOR) : t('locality.unknown'),
        })}
      </p>
      <p className="meta">{t('article.figureCount', { count: own.length, matching: own.filter((f) => matching.has(f.id)).length })}</p>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.id} className={`paragraph role-${paragraph.role}`}>
          <HighlightedText
            text={paragraph.text}
            spans={index.figuresOfParagraph.get(paragraph.id) ?? []}
            renderMark={(text, id) => (
              <button
                type="button"
                className={matching.has(id) ? 'mark-button' : 'mark-button filtered-out'}
                onClick={() => openFigure(id)}
              >
                {text}
              </button>
            )}
          />
        </p>
      ))}
    </article>
  );
}
