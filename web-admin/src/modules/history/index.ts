export { ContactHistory } from './components/contact-history';
export { HistoryTimeline } from './components/history-timeline';
export { LogActionForm } from './components/log-action.form';
export type { PropertyChoice } from './components/log-action.form';
export { dateTimeLocalSchema, toDateTimeLocal } from './forms/history.form';
export { usePendingEntries } from './hooks/pending-history';
export { useLivePropertyHistory } from './hooks/use-live-history';
export { contactOptions, historyKeys, propertyHistoryOptions } from './queries/history.queries';
