import { useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import type { Locality } from '../dataset/schema';
import type { DatasetIndex } from '../lib/create-dataset-index';

export interface LocalityChoice {
  index: DatasetIndex;
  selected: ReadonlySet<string>;
  counts: ReadonlyMap<string, number>;
  toggle: (id: string) => void;
  /** Set for a single choice: the name of the radio group the places form. */
  radioGroup?: string;
}

/** One checkbox: the place's name is its accessible name; the count and chain describe it. */
export function LocalityCheckbox({ locality, choice, showChain }: { locality: Locality; choice: LocalityChoice; showChain: boolean }) {
  return (
    <label className="locality-option">
      <input
        type={choice.radioGroup === undefined ? 'checkbox' : 'radio'}
        {...(choice.radioGroup === undefined ? {} : { name: choice.radioGroup })}
        aria-label={locality.name}
        checked={choice.selected.has(locality.id)}
        onChange={() => choice.toggle(locality.id)}
      />
      <span>{showChain ? locality.fullName : locality.name}</span>
      <span className="count">{choice.counts.get(locality.id) ?? 0}</span>
    </label>
  );
}

/** A place with its children below it, folded until its toggle is pressed. */
export function LocalityTreeNode({ locality, choice }: { locality: Locality; choice: LocalityChoice }) {
  const { t } = useI18n();
  const children = choice.index.children.get(locality.id) ?? [];
  const [open, setOpen] = useState(false);
  return (
    <li>
      <div className="locality-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'filters.collapse' : 'filters.expand', { name: locality.name })}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <LocalityCheckbox locality={locality} choice={choice} showChain={false} />
      </div>
      {open && children.length > 0 && (
        <ul>
          {children.map((child) => (
            <LocalityTreeNode key={child.id} locality={child} choice={choice} />
          ))}
        </ul>
      )}
    </li>
  );
}
