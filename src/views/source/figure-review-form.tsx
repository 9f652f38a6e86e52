import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { LabelledSelect } from '../../components/labelled-select';
import { LocalityPicker } from '../../components/locality-picker';
import { findFigures } from '../../core/figures/find-figures';
import { correctFigure, createAddedFigure } from '../../dataset/correct-figure';
import { readUnit } from '../../dataset/read-unit';
import { CATEGORIES, QUALIFIERS, type Category, type Figure, type FigureFields, type Paragraph, type Qualifier } from '../../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';
import { countByLocality } from '../../lib/select-filtered-figures';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';

/** What the form corrects: an existing figure, or words selected in a paragraph to add as one. */
export type ReviewFormSubject = { kind: 'edit'; figure: Figure } | { kind: 'add'; paragraph: Paragraph; start: number; end: number };

export interface FigureReviewFormProps {
  index: DatasetIndex;
  subject: ReviewFormSubject;
  note: string;
  /** Applies the fields; resolves to a problem sentence when they cannot be applied. */
  onSave: (fields: FigureFields, note: string) => Promise<string | null>;
  onCancel: () => void;
}

interface Draft {
  value: string;
  valueMax: string;
  unit: string;
  qualifier: Qualifier;
  localityId: string | null;
  metric: string;
  indicatorId: string;
  category: Category;
  periodText: string;
  periodStart: string;
  periodEnd: string;
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/**
 * Corrects a figure's value, value max, unit, qualifier, locality (picked from the dataset's
 * hierarchy), metric label, indicator, category and period, with a note — or, for words a reviewer
 * selected, gives the figure the extractor missed (prefilled by the extractor's own number reader).
 * Loaded with the first correction, so the number grammar stays out of the first screen.
 */
export default function FigureReviewForm({ index, subject, note: initialNote, onSave, onCancel }: FigureReviewFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const initial = useMemo(() => createDraft(index, subject), [index, subject]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [note, setNote] = useState(initialNote);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const counts = useMemo(() => countByLocality(index, index.dataset.figures), [index]);
  const unitKind = readUnit(draft.unit).kind;
  const indicators = useMemo(
    () =>
      index.dataset.indicators
        .filter((i) => i.dimension === unitKind || i.id === draft.indicatorId)
        .sort((a, b) => (language === 'zh' ? a.nameZh.localeCompare(b.nameZh, 'zh-Hans-CN') : a.nameEn.localeCompare(b.nameEn))),
    [index, unitKind, draft.indicatorId, language],
  );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = subject.kind === 'edit' ? subject.figure.text : subject.paragraph.text.slice(subject.start, subject.end);
  const chain = selectLocalityChain(index, draft.localityId);

  const submit = async () => {
    const read = readDraft(draft);
    if (typeof read === 'string') return setProblem(t(read));
    const fields = subject.kind === 'edit' ? listChanges(subject.figure, read) : read;
    if (Object.keys(fields).length === 0) return setProblem(t('review.error.unchanged'));
    const indicatorsById = new Map(index.dataset.indicators.map((i) => [i.id, i]));
    const checked =
      subject.kind === 'edit'
        ? correctFigure(subject.figure, fields, indicatorsById)
        : createAddedFigure('', { paragraph: subject.paragraph, start: subject.start, end: subject.end }, fields, indicatorsById);
    if (checked.problem !== null) return setProblem(t('review.error.failed', { detail: checked.problem }));
    setSaving(true);
    const failed = await onSave(fields, note.trim());
    setSaving(false);
    if (failed !== null) setProblem(t('review.error.failed', { detail: failed }));
  };

  const input = (name: keyof Draft, label: string, props: { inputMode?: 'decimal' } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} value={draft[name] ?? ''} onChange={(e) => set({ [name]: e.target.value })} {...props} />
    </div>
  );
  return (
    <form
      className="review-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`}>{t(subject.kind === 'edit' ? 'review.editTitle' : 'review.addTitle', { text })}</h3>
      <div className="review-form-grid">
        {input('value', t('review.field.value'), { inputMode: 'decimal' })}
        {input('valueMax', t('review.field.valueMax'), { inputMode: 'decimal' })}
        {input('unit', t('review.field.unit'))}
        <LabelledSelect
          label={t('review.field.qualifier')}
          options={QUALIFIERS.map((q) => ({ value: q, label: t(`qualifier.${q}`) }))}
          value={draft.qualifier}
          onChange={(qualifier) => set({ qualifier })}
        />
        {input('metric', t('review.field.metric'))}
        <LabelledSelect
          label={t('review.field.indicator')}
          options={[{ value: '', label: t('review.field.noIndicator') }, ...indicators.map((i) => ({ value: i.id, label: language === 'zh' ? i.nameZh : i.nameEn }))]}
          value={draft.indicatorId}
          onChange={(indicatorId) => {
            const chosen = index.dataset.indicators.find((i) => i.id === indicatorId);
            set({ indicatorId, ...(chosen ? { category: chosen.domain } : {}) });
          }}
        />
        <LabelledSelect
          label={t('review.field.category')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          value={draft.category}
          onChange={(category) => {
            // An indicator of another domain cannot stay: the category overrules it, as in the pipeline.
            const kept = index.dataset.indicators.find((i) => i.id === draft.indicatorId)?.domain === category;
            set({ category, ...(kept ? {} : { indicatorId: '' }) });
          }}
        />
        {input('periodText', t('review.field.periodText'))}
        {input('periodStart', t('review.field.periodStart'))}
        {input('periodEnd', t('review.field.periodEnd'))}
      </div>
      <p className="meta">{t('review.field.localityCurrent', { chain: chain.length > 0 ? chain.join(CHAIN_SEPARATOR) : t('locality.unknown') })}</p>
      <LocalityPicker
        index={index}
        selected={draft.localityId === null ? [] : [draft.localityId]}
        counts={counts}
        onChange={(ids) => set({ localityId: ids.at(-1) ?? null })}
        label={t('review.field.locality')}
        single
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('review.note')}</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {problem && <p role="alert">{problem}</p>}
      <div className="review-buttons">
        <button type="submit" disabled={saving} aria-busy={saving}>
          {t('review.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The form's first values: the figure's, or what the extractor's reader makes of the selected words. */
function createDraft(index: DatasetIndex, subject: ReviewFormSubject): Draft {
  if (subject.kind === 'edit') {
    const f = subject.figure;
    return {
      value: String(f.value), valueMax: f.valueMax === null ? '' : String(f.valueMax), unit: f.unit, qualifier: f.qualifier,
      localityId: f.localityId, metric: f.metric, indicatorId: f.indicatorId ?? '', category: f.category,
      periodText: f.period?.text ?? '', periodStart: f.period?.start ?? '', periodEnd: f.period?.end ?? '',
    };
  }
  const words = subject.paragraph.text.slice(subject.start, subject.end);
  const read = findFigures(words)[0];
  const article = index.articles.get(subject.paragraph.articleId);
  return {
    value: read ? String(read.value) : '', valueMax: read?.valueMax === null || read === undefined ? '' : String(read.valueMax),
    unit: read?.unit ?? '', qualifier: read?.qualifier ?? 'exact', localityId: article?.localityId ?? null, metric: read?.metric ?? '',
    indicatorId: '', category: read?.category ?? 'other', periodText: '', periodStart: '', periodEnd: '',
  };
}

/** The fields the draft gives, or the message key of what is wrong with it. */
function readDraft(draft: Draft): Required<FigureFields> | 'review.error.value' | 'review.error.valueMax' | 'review.error.period' {
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(/[,，]/gu, '')));
  const value = number(draft.value);
  if (!Number.isFinite(value)) return 'review.error.value';
  const valueMax = draft.valueMax.trim() === '' ? null : number(draft.valueMax);
  if (valueMax !== null && !(Number.isFinite(valueMax) && valueMax >= value)) return 'review.error.valueMax';
  const [text, start, end] = [draft.periodText.trim(), draft.periodStart.trim(), draft.periodEnd.trim()];
  if ([start, end].some((bound) => bound !== '' && !PARTIAL_DATE.test(bound))) return 'review.error.period';
  return {
    value, valueMax, unit: draft.unit.trim(), qualifier: draft.qualifier, localityId: draft.localityId, metric: draft.metric.trim(),
    indicatorId: draft.indicatorId === '' ? null : draft.indicatorId, category: draft.category,
    period: text === '' && start === '' && end === '' ? null : { text, start: start === '' ? null : start, end: end === '' ? null : end },
  };
}

/** The fields whose value differs from the figure's. */
function listChanges(figure: Figure, fields: Required<FigureFields>): FigureFields {
  const changed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (JSON.stringify(value) !== JSON.stringify(figure[name as keyof FigureFields])) changed[name] = value;
  }
  return changed as FigureFields;
}
