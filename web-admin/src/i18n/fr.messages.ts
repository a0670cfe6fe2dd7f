import base from './fr.json';
import { mergeMessages, type Messages } from './messages';

export const messages = mergeMessages(
  base,
  import.meta.glob<Messages>('../modules/**/i18n/fr.json', { eager: true, import: 'default' }),
);
