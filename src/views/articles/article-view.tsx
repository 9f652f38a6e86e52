import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { HighlightedText } from '../../components/highlighted-text';
import { TextStatus } from '../../components/text-status';
import type { FigureFields, Paragraph } from '../../dataset/schema';
import { selectLocalityChain } from '../../lib/create-dataset-index';
import { selectReviewProgress } from '../../lib/select-review';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';
import { useArticleText } from '../../lib/use-article-text';
import { PARAGRAPH_ATTRIBUTE, useTextSelection } from '../../lib/use-text-selection';
import type { ViewProps } from '../../lib/view-props';
import type { ReviewFormSubject } from '../source/figure-review-form';

const FigureReviewForm = lazy(() => import('../source/figure-review-form'));

/**
 * An article's paragraphs with every extracted figure in a <mark>; each mark opens its figure (one
 * marked wrong in review is struck through). The headline is the heading (its own figures marked too),
 * never repeated as a first paragraph; a paragraph named in the URL (阅读全文 from a figure) is scrolled
 * to and marked. A reviewer selects words the extractor missed and adds them as a figure. Title,
 * facts and counts show from the index at once; the paragraphs follow when their chunk is in.
 */
export function ArticleView({ index, state, figures, openFigure, review, reviewActions }: ViewProps) {
  const { t } = useI18n();
  const article = state.id === null ? undefined : index.articles.get(state.id);
  const matching = useMemo(() => new Set(figures.map((f) => f.id)), [figures]);
  const target = useRef<HTMLParagraphElement>(null);
  const body = useRef<HTMLElement>(null);
  const [adding, setAdding] = useState<ReviewFormSubject | null>(null);
  const text = useArticleText(index.text, article?.id ?? null);
  const ready = text?.status === 'ready' ? text : null;
  const canAdd = review !== undefined && reviewActions !== undefined && review.reviewer !== '' && ready !== null;
  const selection = useTextSelection(body, canAdd && adding === null);
  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
  }, [state.id, state.paragraph, ready !== null]);
  useEffect(() => setAdding(null), [state.id]);
  if (!article) return <p className="empty-state">{t('article.notFound')}</p>;

  const paragraphs = ready?.ofArticle ?? [];
  const own = index.figuresOfArticle.get(article.id) ?? [];
  const kept = own.filter((f) => f.review?.status !== 'wrong');
  const headline = paragraphs.find((p) => p.role === 'title');
  const chain = selectLocalityChain(index, article.localityId);
  const marked = (paragraph: Paragraph) => (
    <HighlightedText
      text={paragraph.text}
      // A figure whose span does not read its words in this text is listed, never marked in the wrong place.
      spans={(index.figuresOfParagraph.get(paragraph.id) ?? []).filter((f) => paragraph.text.slice(f.start, f.end) === f.text)}
      renderMark={(text, id) => {
        const status = index.figures.get(id)?.review?.status;
        const classes = ['mark-button', matching.has(id) ? '' : 'filtered-out', status ? `review-${status}` : ''].filter((c) => c !== '');
        return (
          <button type="button" className={classes.join(' ')} onClick={() => openFigure(id)}>
            {text}
          </button>
        );
      }}
    />
  );
  const save = async (fields: FigureFields, note: string): Promise<string | null> => {
    if (adding?.kind !== 'add' || !reviewActions) return null;
    const id = await reviewActions.add(index, adding.paragraph, adding.start, adding.end, fields, note);
    setAdding(null);
    if (id !== null) openFigure(id);
    return null;
  };
  return (
    <article aria-labelledby="article-title" className="article-view" ref={body}>
      <h2 id="article-title" {...(headline ? { [PARAGRAPH_ATTRIBUTE]: headline.id } : {})}>
        {headline ? marked(headline) : article.title}
      </h2>
      {article.subtitle && !paragraphs.some((p) => p.role === 'subtitle') && <p className="subtitle">{article.subtitle}</p>}
      <p className="meta">
        {t('article.meta', {
          date: article.date ?? t('article.undated'),
          outlet: article.outlet ?? t('article.noOutlet'),
          source: index.sources.get(article.sourceId)?.file ?? article.sourceId,
          locality: chain.length > 0 ? chain.join(CHAIN_SEPARATOR) : t('locality.unknown'),
        })}
      </p>
      <p className="meta">{t('article.figureCount', { count: kept.length, matching: kept.filter((f) => matching.has(f.id)).length })}</p>
      <p className="meta review-progress">{t('article.reviewProgress', selectReviewProgress(own))}</p>
      {canAdd && (
        <div className="add-figure">
          {adding === null ? (
            <p>
              <button
                type="button"
                disabled={selection === null}
                onMouseDown={(e) => e.preventDefault()} // keeps the selection the button acts on
                onClick={() => {
                  const paragraph = selection && ready?.paragraphs.get(selection.paragraphId);
                  if (selection && paragraph) setAdding({ kind: 'add', paragraph, start: selection.start, end: selection.end });
                }}
              >
                {t('review.addSelection')}
              </button>{' '}
              <span className="hint">{t('review.addHint')}</span>
            </p>
          ) : (
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <FigureReviewForm index={index} subject={adding} note="" onSave={save} onCancel={() => setAdding(null)} />
            </Suspense>
          )}
        </div>
      )}
      <TextStatus text={text} />
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
              {...{ [PARAGRAPH_ATTRIBUTE]: paragraph.id }}
            >
              {marked(paragraph)}
            </p>
          );
        })}
    </article>
  );
}
