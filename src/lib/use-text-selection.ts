import { useEffect, useState, type RefObject } from 'react';

/** Words a reader selected inside one paragraph: offsets in the paragraph's text as rendered. */
export interface TextSelection {
  paragraphId: string;
  start: number;
  end: number;
  text: string;
}

/** The element of a rendered paragraph: it carries the paragraph's id, and its text is the paragraph's text. */
export const PARAGRAPH_ATTRIBUTE = 'data-paragraph-id';

/**
 * The current text selection when it lies within one paragraph inside `container` (an element
 * carrying PARAGRAPH_ATTRIBUTE), else null. Followed through `selectionchange`, so a button can
 * offer to act on it; `enabled` false stops following (the text shown is not the one offsets count in).
 */
export function useTextSelection(container: RefObject<HTMLElement | null>, enabled: boolean): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!enabled) {
      setSelection(null);
      return;
    }
    const update = () => setSelection(container.current ? readTextSelection(container.current) : null);
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [container, enabled]);
  return selection;
}

/** Reads the document's selection against the paragraphs inside `container`. */
export function readTextSelection(container: HTMLElement): TextSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(`[${PARAGRAPH_ATTRIBUTE}]`) ?? null;
  const paragraph = paragraphOf(range.startContainer);
  if (paragraph === null || paragraph !== paragraphOf(range.endContainer) || !container.contains(paragraph)) return null;
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  if (text.trim() === '') return null;
  return { paragraphId: paragraph.getAttribute(PARAGRAPH_ATTRIBUTE) ?? '', start, end: start + text.length, text };
}
