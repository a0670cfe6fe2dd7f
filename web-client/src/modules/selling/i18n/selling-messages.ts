import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

/**
 * The module's texts join the app's when its card or page loads, so they stay out of the entry chunk.
 * Adding a bundle twice changes nothing.
 */
export function registerSellingMessages(): void {
  for (const [locale, bundle] of [
    ['fr', fr],
    ['en', en],
    ['ru', ru],
  ] as const) {
    if (!i18next.exists('selling.title', { lng: locale, fallbackLng: false })) {
      i18next.addResourceBundle(locale, 'translation', bundle, true, false);
    }
  }
}
