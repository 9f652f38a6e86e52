import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from './messages';
import { createTranslate, type Translate } from './translate';

interface I18n {
  language: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'zh', t: createTranslate('zh') });

/** Supplies the current language to every component below it. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: createTranslate(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function and language of the nearest I18nProvider (Chinese when there is none). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
