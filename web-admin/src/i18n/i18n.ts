import { DEFAULT_LOCALE, LOCALES, pickLocale, type Locale } from '@estate/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

const CHOICE_KEY = 'estate.admin.language';

export const resources = { fr: { translation: fr }, ru: { translation: ru }, en: { translation: en } } as const;

/** The language the user picked in this browser, if any. */
export function chosenLanguage(): Locale | null {
  const stored = localStorage.getItem(CHOICE_KEY);
  return stored && (LOCALES as readonly string[]).includes(stored) ? pickLocale(stored) : null;
}

export function chooseLanguage(locale: Locale): void {
  localStorage.setItem(CHOICE_KEY, locale);
  void i18next.changeLanguage(locale);
}

/** The user's choice wins over the tenant's default language. */
export function applyTenantLanguage(tenantLocale: Locale | null): void {
  const locale = chosenLanguage() ?? tenantLocale ?? DEFAULT_LOCALE;
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return pickLocale(i18next.language);
}

export const i18n = i18next;

void i18next.use(initReactI18next).init({
  resources,
  lng: chosenLanguage() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
