import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import type { FigureFields } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { formatQualifiedValue } from '../../lib/format-number';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';
import type { ReviewActions, ReviewState } from '../../lib/use-review';
import { useArticleText } from '../../lib/use-article-text';
import { useTextSelection, type TextSelection } from '../../lib/use-text-selection';
import { FigureParagraphs } from './figure-paragraphs';
import type { ReviewFormSubject } from './figure-review-form';
import { REVIEW_KEYS, ReviewControls } from './review-controls';
import { selectFigureFacts } from './select-figure-source';
import { usePanelFocus } from './use-panel-focus';

// The form carries the extractor's number reader: it loads with the first correction, not the first screen.
const FigureReviewForm = lazy(() => import('./figure-review-form'));

export interface FigurePanelProps {
  index: DatasetIndex;
  figureId: string | null;
  /** The article's link; with a paragraph, the article opens scrolled to it. */
  articleHref: (articleId: string, paragraphId?: string | null) => string;
  onClose: () => void;
  review: ReviewState;
  actions: ReviewActions;
  /** Opens another figure in the panel (the one a reviewer just added). */
  openFigure: (id: string) => void;
}

/**
 * The drill-down: where a figure comes from, with its paragraph (figure in <mark>) between its
 * neighbours, and a 简/繁 button showing the paragraphs in the source's own script. Below the facts,
 * the review: correct, wrong or edit (keys C, W, E), and words selected in the paragraphs can be added
 * as a figure the extractor missed.
 */
export function FigurePanel({ index, figureId, articleHref, onClose, review, actions, openFigure }: FigurePanelProps) {
  const { t, language } = useI18n();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const paragraphs = useRef<HTMLDivElement>(null);
  const [original, setOriginal] = useState(false);
  const [note, setNote] = useState('');
  const [form, setForm] = useState<ReviewFormSubject | null>(null);
  const found = useMemo(() => (figureId === null ? null : selectFigureFacts(index, figureId)), [index, figureId]);
  // The facts show at once from the index; the paragraphs follow when their chunk is in.
  const text = useArticleText(index.text, found?.figure.articleId ?? null);
  usePanelFocus(figureId, panel, onClose);
  // Offsets count in the simplified text, so words are picked for adding only while it is shown.
  const selection = useTextSelection(paragraphs, figureId !== null && !original && form === null);
  useEffect(() => {
    setForm(null);
    setNote('');
  }, [figureId]);

  const figure = found?.figure ?? null;
  const canDecide = figure !== null && review.reviewer !== '' && form === null;
  const latest = useRef({ figure, canDecide, note });
  latest.current = { figure, canDecide, note };
  const decide = async (action: 'correct' | 'wrong') => {
    const current = latest.current;
    if (current.figure === null) return;
    await actions.decide(index, current.figure, action, undefined, current.note.trim());
    setNote('');
  };
  const decideRef = useRef(decide);
  decideRef.current = decide;
  useEffect(() => {
    if (figureId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || !latest.current.canDecide) return;
      const key = event.key.toLowerCase();
      if (key === REVIEW_KEYS.correct) void decideRef.current('correct');
      else if (key === REVIEW_KEYS.wrong) void decideRef.current('wrong');
      else if (key === REVIEW_KEYS.edit && latest.current.figure) setForm({ kind: 'edit', figure: latest.current.figure });
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [figureId]);
  if (figureId === null) return null;

  const save = async (fields: FigureFields, saved: string): Promise<string | null> => {
    if (form === null) return null;
    if (form.kind === 'edit') await actions.decide(index, form.figure, 'edit', fields, saved);
    else {
      const id = await actions.add(index, form.paragraph, form.start, form.end, fields, saved);
      if (id !== null) openFigure(id);
    }
    setForm(null);
    setNote('');
    return null;
  };
  const startAdding = (chosen: TextSelection) => {
    const paragraph = text?.status === 'ready' ? text.paragraphs.get(chosen.paragraphId) : undefined;
    if (paragraph) setForm({ kind: 'add', paragraph, start: chosen.start, end: chosen.end });
  };
  return (
    <aside ref={panel} role="dialog" aria-labelledby={titleId} className="figure-panel" tabIndex={-1}>
      <header>
        <h2 id={titleId}>{found ? `${found.figure.metric || t('panel.value')}：${found.figure.text}` : t('panel.label')}</h2>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </header>
      {found === null ? (
        <p>{t('panel.missing')}</p>
      ) : (
        <>
          <dl>
            <dt>{t('column.article')}</dt>
            <dd>{found.article ? <a href={articleHref(found.article.id)}>{found.article.title}</a> : t('value.none')}</dd>
            <dt>{t('column.date')}</dt>
            <dd>{found.article?.date ?? t('value.none')}</dd>
            <dt>{t('column.outlet')}</dt>
            <dd>{found.article?.outlet ?? t('value.none')}</dd>
            <dt>{t('panel.locality')}</dt>
            <dd>{found.chain.length > 0 ? found.chain.join(CHAIN_SEPARATOR) : t('locality.unknown')}</dd>
            <dt>{t('panel.source')}</dt>
            <dd>{found.figure.sourceFile}</dd>
            <dt>{t('panel.value')}</dt>
            <dd>{formatQualifiedValue(found.figure)}</dd>
          </dl>
          <button type="button" aria-pressed={original} title={t('panel.scriptHint')} onClick={() => setOriginal(!original)}>
            {t('panel.script')}
          </button>
          <FigureParagraphs figure={found.figure} text={text} original={original} script={found.article?.script ?? null} container={paragraphs} />
          {review.reviewer !== '' && form === null && text?.status === 'ready' && (
            <p className="add-figure">
              <button
                type="button"
                disabled={selection === null}
                onMouseDown={(e) => e.preventDefault()} // keeps the selection the button acts on
                onClick={() => selection && startAdding(selection)}
              >
                {t('review.addSelection')}
              </button>{' '}
              <span className="hint">{t('review.addHint')}</span>
            </p>
          )}
          {form === null ? (
            <ReviewControls
              figure={found.figure}
              stored={review.decisionsOf.get(found.figure.id)?.length ?? 0}
              reviewer={review.reviewer}
              onReviewer={(name) => void actions.setReviewer(name)}
              note={note}
              onNote={setNote}
              onDecide={(action) => void decide(action)}
              onEdit={() => setForm({ kind: 'edit', figure: found.figure })}
              onUndo={() => void actions.undo(found.figure.id)}
              placeName={(id) => index.localities.get(id)?.name ?? id}
              indicatorName={(id) => {
                const indicator = index.dataset.indicators.find((i) => i.id === id);
                return indicator ? (language === 'zh' ? indicator.nameZh : indicator.nameEn) : id;
              }}
            />
          ) : (
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <FigureReviewForm index={index} subject={form} note={note} onSave={save} onCancel={() => setForm(null)} />
            </Suspense>
          )}
          {found.article && <a href={articleHref(found.article.id, found.figure.paragraphId)}>{t('panel.readArticle')}</a>}
        </>
      )}
    </aside>
  );
}

/** True while the reader types in a field, where C, W and E are letters, not decisions. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
