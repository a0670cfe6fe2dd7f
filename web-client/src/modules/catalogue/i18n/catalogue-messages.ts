import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

/**
 * The catalogue's texts join the app's when one of its pages loads, so they stay out of the entry chunk.
 * Called by each page before it renders; adding a bundle twice changes nothing.
 */
export function registerCatalogueMessages(): void {
  for (const [locale, bundle] of [
    ['fr', fr],
    ['en', en],
    ['ru', ru],
  ] as const) {
    if (!i18next.exists('catalogue.title', { lng: locale, fallbackLng: false })) {
      i18next.addResourceBundle(locale, 'translation', bundle, true, false);
    }
  }
}
