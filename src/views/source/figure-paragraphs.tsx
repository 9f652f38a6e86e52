import type { RefObject } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { HighlightedText } from '../../components/highlighted-text';
import { TextStatus } from '../../components/text-status';
import type { Figure, Paragraph, Script } from '../../dataset/schema';
import type { ArticleText } from '../../lib/use-article-text';
import { PARAGRAPH_ATTRIBUTE } from '../../lib/use-text-selection';
import { selectFigureParagraphs } from './select-figure-source';

export interface FigureParagraphsProps {
  figure: Figure;
  /** The article's text, as `useArticleText` has it. */
  text: ArticleText | null;
  /** Shows the paragraphs in the source's own script (the 简/繁 button). */
  original: boolean;
  script: Script | null;
  /** The element words are selected in, for adding a figure. */
  container: RefObject<HTMLDivElement | null>;
}

/**
 * The figure's paragraph with the figure in <mark>, between its neighbours; while the chunk loads, or
 * when it failed, or when the paragraph is not in it or does not read the figure, says so instead.
 */
export function FigureParagraphs({ figure, text, original, script, container }: FigureParagraphsProps) {
  const { t } = useI18n();
  if (text === null || text.status !== 'ready') return <TextStatus text={text} />;
  const found = selectFigureParagraphs(figure, text.ofArticle);
  if (found.status === 'missing') {
    return <p role="alert">{t('text.paragraphMissing', { paragraph: figure.paragraphId, file: text.file })}</p>;
  }
  if (found.status === 'drifted') {
    return <p role="alert">{t('text.spanDrifted', { paragraph: figure.paragraphId, detail: found.detail })}</p>;
  }
  const shown = (p: Paragraph) => (original ? p.original : p.text);
  const paragraphOf = (p: Paragraph, className: string, content = <>{shown(p)}</>) => (
    <p className={className} {...{ [PARAGRAPH_ATTRIBUTE]: p.id }}>
      {content}
    </p>
  );
  const span = original
    ? { id: figure.id, start: figure.originalStart, end: figure.originalEnd }
    : { id: figure.id, start: figure.start, end: figure.end };
  return (
    <div ref={container} className="source-paragraphs" lang={original && script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
      {found.before && paragraphOf(found.before, 'neighbour')}
      {paragraphOf(found.paragraph, 'focus-paragraph', <HighlightedText text={shown(found.paragraph)} spans={[span]} />)}
      {found.after && paragraphOf(found.after, 'neighbour')}
    </div>
  );
}
