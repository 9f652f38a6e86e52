import { DatasetDownload } from '../components/dataset-download';
import type { DatasetIndex } from '../lib/create-dataset-index';
import { hrefForView, type UrlState, type View } from '../lib/url-state';
import { useI18n } from './i18n/i18n-context';
import type { MessageKey } from './i18n/messages';

const NAV: readonly { view: View; label: MessageKey; current: readonly View[] }[] = [
  { view: 'overview', label: 'nav.overview', current: ['overview'] },
  { view: 'compare', label: 'nav.compare', current: ['compare'] },
  { view: 'figures', label: 'nav.figures', current: ['figures', 'article'] },
  { view: 'localities', label: 'nav.localities', current: ['localities', 'locality'] },
];

/** Title, the view links (aria-current on the active one), the dataset download and the language toggle. */
export function AppHeader({ state, index, onLanguage }: { state: UrlState; index: DatasetIndex; onLanguage: (language: 'zh' | 'en') => void }) {
  const { t, language } = useI18n();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault(); // a bare #main would replace the route in the hash
        document.getElementById('main')?.focus();
      }}>
        {t('app.skip')}
      </a>
      <h1>{t('app.title')}</h1>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.view}>
              <a href={hrefForView(state, item.view)} aria-current={item.current.includes(state.view) ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-actions">
        <DatasetDownload index={index} />
        <button type="button" lang={language === 'zh' ? 'en' : 'zh'} onClick={() => onLanguage(language === 'zh' ? 'en' : 'zh')}>
          {t('lang.toggle')}
        </button>
      </div>
    </header>
  );
}
