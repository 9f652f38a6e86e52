import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { HighlightedText } from '../../components/highlighted-text';
import type { Paragraph } from '../../dataset/schema';
import { selectLocalityChain } from '../../lib/create-dataset-index';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';
import type { ViewProps } from '../../lib/view-props';

/**
 * An article's paragraphs with every extracted figure in a <mark>; each mark opens its figure. The
 * headline is the heading (its own figures marked too), never repeated as a first paragraph; a
 * paragraph named in the URL (阅读全文 from a figure) is scrolled to and marked.
 */
export function ArticleView({ index, state, figures, openFigure }: ViewProps) {
  const { t } = useI18n();
  const article = state.id === null ? undefined : index.articles.get(state.id);
  const matching = useMemo(() => new Set(figures.map((f) => f.id)), [figures]);
  const target = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
  }, [state.id, state.paragraph]);
  if (!article) return <p className="empty-state">{t('article.notFound')}</p>;

  const paragraphs = index.paragraphsOfArticle.get(article.id) ?? [];
  const own = paragraphs.flatMap((p) => index.figuresOfParagraph.get(p.id) ?? []);
  const headline = paragraphs.find((p) => p.role === 'title');
  const chain = selectLocalityChain(index, article.localityId);
  const marked = (paragraph: Paragraph) => (
    <HighlightedText
      text={paragraph.text}
      spans={index.figuresOfParagraph.get(paragraph.id) ?? []}
      renderMark={(text, id) => (
        <button type="button" className={matching.has(id) ? 'mark-button' : 'mark-button filtered-out'} onClick={() => openFigure(id)}>
          {text}
        </button>
      )}
    />
  );
  return (
    <article aria-labelledby="article-title" className="article-view">
      <h2 id="article-title">{headline ? marked(headline) : article.title}</h2>
      {article.subtitle && !paragraphs.some((p) => p.role === 'subtitle') && <p className="subtitle">{article.subtitle}</p>}
      <p className="meta">
        {t('article.meta', {
          date: article.date ?? t('article.undated'),
          outlet: article.outlet ?? t('article.noOutlet'),
          source: index.sources.get(article.sourceId)?.file ?? article.sourceId,
          locality: chain.length > 0 ? chain.join(CHAIN_SEPARATOR) : t('locality.unknown'),
        })}
      </p>
      <p className="meta">{t('article.figureCount', { count: own.length, matching: own.filter((f) => matching.has(f.id)).length })}</p>
      {paragraphs
        .filter((paragraph) => paragraph !== headline)
        .map((paragraph) => {
          const isTarget = paragraph.id === state.paragraph;
          return (
            <p
              key={paragraph.id}
              ref={isTarget ? target : undefined}
              className={`paragraph role-${paragraph.role}${isTarget ? ' focus-paragraph' : ''}`}
              aria-current={isTarget ? 'true' : undefined}
            >
              {marked(paragraph)}
            </p>
          );
        })}
    </article>
  );
}
