import { useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { HighlightedText } from '../../components/highlighted-text';
import type { Paragraph } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { formatQualifiedValue } from '../../lib/format-number';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';
import { selectFigureSource } from './select-figure-source';
import { usePanelFocus } from './use-panel-focus';

export interface FigurePanelProps {
  index: DatasetIndex;
  figureId: string | null;
  /** The article's link; with a paragraph, the article opens scrolled to it. */
  articleHref: (articleId: string, paragraphId?: string | null) => string;
  onClose: () => void;
}

/**
 * The drill-down: where a figure comes from, with its paragraph (figure in <mark>) between its
 * neighbours, and a 简/繁 button showing the paragraphs in the source's own script.
 */
export function FigurePanel({ index, figureId, articleHref, onClose }: FigurePanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const [original, setOriginal] = useState(false);
  const found = useMemo(() => (figureId === null ? null : selectFigureSource(index, figureId)), [index, figureId]);
  usePanelFocus(figureId, panel, onClose);
  if (figureId === null) return null;

  const text = (p: Paragraph) => (original ? p.original : p.text);
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
          <div className="source-paragraphs" lang={original && found.article?.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
            {found.before && <p className="neighbour">{text(found.before)}</p>}
            <p className="focus-paragraph">
              <HighlightedText
                text={text(found.paragraph)}
                spans={[
                  original
                    ? { id: found.figure.id, start: found.figure.originalStart, end: found.figure.originalEnd }
                    : { id: found.figure.id, start: found.figure.start, end: found.figure.end },
                ]}
              />
            </p>
            {found.after && <p className="neighbour">{text(found.after)}</p>}
          </div>
          {found.article && <a href={articleHref(found.article.id, found.paragraph.id)}>{t('panel.readArticle')}</a>}
        </>
      )}
    </aside>
  );
}
