import type { ReactNode } from 'react';
import { splitHighlights, type HighlightSpan } from '../lib/split-highlights';

/**
 * Text with some stretches in <mark>. Everything is rendered as React text nodes, never as HTML, so
 * whatever an article contains is shown, not run. `renderMark` lets a mark hold a button.
 */
export function HighlightedText({
  text,
  spans,
  renderMark = (segment) => segment,
}: {
  text: string;
  spans: readonly HighlightSpan[];
  renderMark?: (segment: string, id: string) => ReactNode;
}) {
  return (
    <>
      {splitHighlights(text, spans).map((segment, i) =>
        segment.id === null ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <mark key={i} data-figure-id={segment.id}>
            {renderMark(segment.text, segment.id)}
          </mark>
        ),
      )}
    </>
  );
}
