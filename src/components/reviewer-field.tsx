import { useId, useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';

/**
 * The reviewer's name, typed once per browser and signed on every decision: a field and a save
 * button until a name is saved, then the name with a button to change it.
 */
export function ReviewerField({ reviewer, onSave }: { reviewer: string; onSave: (name: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(reviewer);
  if (reviewer !== '' && !editing) {
    return (
      <p className="reviewer">
        {t('review.reviewerNamed', { name: reviewer })}{' '}
        <button type="button" className="link-button" onClick={() => { setDraft(reviewer); setEditing(true); }}>
          {t('review.reviewerChange')}
        </button>
      </p>
    );
  }
  const name = draft.trim();
  return (
    <form
      className="reviewer field"
      onSubmit={(e) => {
        e.preventDefault();
        if (name === '') return;
        onSave(name);
        setEditing(false);
      }}
    >
      <label htmlFor={id}>{t('review.reviewer')}</label>
      <input id={id} value={draft} autoComplete="name" onChange={(e) => setDraft(e.target.value)} />
      <button type="submit" disabled={name === ''}>
        {t('review.reviewerSave')}
      </button>
    </form>
  );
}
