import { useId } from 'react';

/** One choice of a counted select: its value, its label and how many figures it would show. */
export interface CountedOption {
  value: string;
  label: string;
  count: number;
}

/**
 * A labelled single choice whose options say how many figures each would give; the empty value
 * means "all" and counts them all.
 */
export function CountedSelect({
  label,
  allLabel,
  options,
  value,
  onChange,
  allCount,
}: {
  label: string;
  allLabel: string;
  options: readonly CountedOption[];
  value: string;
  onChange: (value: string) => void;
  /** What "all" counts, when it is not the sum of the options (the review filter's all leaves out wrong figures). */
  allCount?: number;
}) {
  const id = useId();
  const total = allCount ?? options.reduce((sum, option) => sum + option.count, 0);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{`${allLabel} (${total})`}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {`${option.label} (${option.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
