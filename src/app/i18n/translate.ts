import { MESSAGES, type Language, type MessageKey } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const PLACEHOLDER = /\{(?<name>\w+)\}/g;

/** Builds the lookup for one language. @example createTranslate('en')('filters.counts', { shown: 2, total: 9 }) */
export function createTranslate(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, params = {}) =>
    messages[key].replace(PLACEHOLDER, (whole, ...rest: unknown[]) => {
      const groups = rest.at(-1) as { name: string };
      const value = params[groups.name];
      return value === undefined ? whole : String(value);
    });
}
