import { DEFAULT_LOCALE, LOCALES, type Locale } from '@estate/domain';
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

/** The language the user picked in this browser, kept under the app's own key. */
export function savedLanguage(storageKey: string): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguage(storageKey: string, locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
}

/** The user's own choice wins, then the tenant's language, then French. */
export function preferredLanguage(saved: Locale | null, tenantLocale: Locale | null): Locale {
  return saved ?? tenantLocale ?? DEFAULT_LOCALE;
}

/** i18next for React with the options both apps use; the page's `lang` follows the language shown. */
export async function startI18n(resources: Resource, lng: Locale): Promise<void> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
}
