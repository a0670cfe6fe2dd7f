import base from './en.json';
import { mergeMessages, type Messages } from './messages';

export const messages = mergeMessages(
  base,
  import.meta.glob<Messages>('../modules/**/i18n/en.json', { eager: true, import: 'default' }),
);
