import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

/**
 * The calendar's texts travel with its chunk, not with the app's entry: added to i18next when the page
 * is first loaded, in every language (a language switch needs nothing more).
 */
export function addCalendarTexts(): void {
  for (const [language, texts] of Object.entries({ fr, en, ru })) {
    if (!i18next.hasResourceBundle(language, 'translation') || !i18next.exists('calendar.title', { lng: language })) {
      i18next.addResourceBundle(language, 'translation', texts, true, false);
    }
  }
}
