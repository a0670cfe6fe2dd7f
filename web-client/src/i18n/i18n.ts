import type { Locale } from '@estate/domain';
import { preferredLanguage, saveLanguage, savedLanguage, startI18n } from '@estate/web-shared/i18n';
import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

const CHOICE_KEY = 'estate.client.locale';

export function storedLocale(): Locale | null {
  return savedLanguage(CHOICE_KEY);
}

/** The user's own choice wins, then the tenant's language, then French. */
export function initialLocale(tenantLocale: Locale | null): Locale {
  return preferredLanguage(storedLocale(), tenantLocale);
}

/** Every language ships with the app: its texts are small, and it opens offline in any of them. */
export function initI18n(locale: Locale): Promise<void> {
  return startI18n({ fr: { translation: fr }, ru: { translation: ru }, en: { translation: en } }, locale);
}

export async function changeLocale(locale: Locale): Promise<void> {
  saveLanguage(CHOICE_KEY, locale);
  await i18next.changeLanguage(locale);
}
