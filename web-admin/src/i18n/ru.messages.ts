import base from './ru.json';
import { mergeMessages, type Messages } from './messages';

export const messages = mergeMessages(
  base,
  import.meta.glob<Messages>('../modules/**/i18n/ru.json', { eager: true, import: 'default' }),
);
