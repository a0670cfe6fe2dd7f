import { DEFAULT_LOCALE, LOCALES, pickLocale, type Locale } from '@estate/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

const CHOICE_KEY = 'estate.admin.language';

type Messages = { [key: string]: string | Messages };

/**
 * Each feature module may carry its own texts in `modules/<feature>/i18n/{fr,ru,en}.json` (top-level
 * keys named after the feature); they join the app-wide files here, so features never edit one file.
 */
const moduleMessages = import.meta.glob<Messages>('../modules/*/i18n/*.json', { eager: true, import: 'default' });

export function messagesFor(locale: Locale, base: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [file, messages] of Object.entries(moduleMessages)) {
    if (!file.endsWith(`/${locale}.json`)) continue;
    for (const key of Object.keys(messages)) {
      if (key in merged) throw new Error(`${file}: the text key "${key}" is already defined elsewhere`);
    }
    Object.assign(merged, messages);
  }
  return merged;
}

export const resources = {
  fr: { translation: messagesFor('fr', fr) },
  ru: { translation: messagesFor('ru', ru) },
  en: { translation: messagesFor('en', en) },
} as const;

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
