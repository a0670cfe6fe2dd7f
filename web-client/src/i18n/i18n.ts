import { DEFAULT_LOCALE, LOCALES, type Locale } from '@estate/domain';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

export const LOCALE_STORAGE_KEY = 'estate.client.locale';

export const translations: Record<Locale, typeof fr> = { fr, ru, en };

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The user's own choice wins, then the tenant's language, then French. */
export function initialLocale(tenantLocale: Locale | null): Locale {
  return storedLocale() ?? tenantLocale ?? DEFAULT_LOCALE;
}

export async function initI18n(locale: Locale): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, ru: { translation: ru }, en: { translation: en } },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
