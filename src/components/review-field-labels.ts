import type { MessageKey } from '../app/i18n/messages';
import type { FigureFields } from '../dataset/schema';

/** The label of each field a correction may set. */
export const FIELD_LABELS: Readonly<Record<keyof FigureFields, MessageKey>> = {
  value: 'review.field.value',
  valueMax: 'review.field.valueMax',
  unit: 'review.field.unit',
  qualifier: 'review.field.qualifier',
  localityId: 'review.field.locality',
  metric: 'review.field.metric',
  indicatorId: 'review.field.indicator',
  category: 'review.field.category',
  period: 'column.period',
};
