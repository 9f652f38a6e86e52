import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Paragraph } from '../dataset/schema';
import type { ChunkFailure, ParagraphStore } from './create-paragraph-store';

/** An article's text as a view has it: on its way, failed (with a way to try again), or there. */
export type ArticleText =
  | { status: 'loading'; file: string }
  | { status: 'error'; file: string; failure: ChunkFailure; detail: string; retry: () => void }
  | { status: 'ready'; file: string; paragraphs: ReadonlyMap<string, Paragraph>; ofArticle: readonly Paragraph[] };

/**
 * The paragraphs of `articleId`, fetching the chunk that holds them when it is not in yet. Views
 * showing one article's text (the drill-down, the article reader) read it through this hook, so
 * each shows the same loading and error states. Null for no article or one the dataset lacks.
 */
export function useArticleText(store: ParagraphStore, articleId: string | null): ArticleText | null {
  const chunk = articleId === null ? null : store.chunkOf(articleId);
  const state = useSyncExternalStore(
    store.subscribe,
    () => (chunk === null ? null : store.state(chunk)),
  );
  useEffect(() => {
    // A failed chunk waits for the reader's retry instead of being fetched again on every render.
    if (chunk !== null && store.state(chunk).status === 'idle') store.load(chunk).catch(() => undefined);
  }, [store, chunk]);
  const retry = useCallback(() => {
    if (chunk !== null) store.load(chunk).catch(() => undefined);
  }, [store, chunk]);
  if (chunk === null || state === null || articleId === null) return null;
  switch (state.status) {
    case 'idle':
      return { status: 'loading', file: store.fileOf(chunk) };
    case 'loading':
      return { status: 'loading', file: state.file };
    case 'error':
      return { status: 'error', file: state.file, failure: state.failure, detail: state.detail, retry };
    case 'ready':
      return { status: 'ready', file: store.fileOf(chunk), paragraphs: state.text.paragraphs, ofArticle: state.text.ofArticle.get(articleId) ?? [] };
  }
}
