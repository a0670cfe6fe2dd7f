import { pickLocale, type Locale } from '@estate/domain';
import { preferredLanguage, saveLanguage, savedLanguage, startI18n } from '@estate/web-shared/i18n';
import i18next from 'i18next';
import { messages as french } from './fr.messages';
import type { Messages } from './messages';

const CHOICE_KEY = 'estate.admin.language';

/** French, the default language and the others' fallback, ships with the app; these load when picked. */
const otherLanguages: Record<Exclude<Locale, 'fr'>, () => Promise<Messages>> = {
  ru: () => import('./ru.messages').then((module) => module.messages),
  en: () => import('./en.messages').then((module) => module.messages),
};

/** The language last asked for: of several quick switches, the last one wins whatever loads first. */
let wanted: Locale = 'fr';

async function switchLanguage(locale: Locale): Promise<void> {
  wanted = locale;
  if (locale !== 'fr' && !i18next.hasResourceBundle(locale, 'translation')) {
    try {
      i18next.addResourceBundle(locale, 'translation', await otherLanguages[locale]());
    } catch (error) {
      // Offline before the texts were ever loaded: the app stays in the language it shows.
      console.warn(`The ${locale} texts could not be loaded`, error);
      return;
    }
  }
  if (wanted === locale && i18next.language !== locale) await i18next.changeLanguage(locale);
}

export function chooseLanguage(locale: Locale): void {
  saveLanguage(CHOICE_KEY, locale);
  void switchLanguage(locale);
}

/** The user's choice wins over the tenant's default language; resolves once its texts are shown. */
export function applyTenantLanguage(tenantLocale: Locale | null): Promise<void> {
  return switchLanguage(preferredLanguage(savedLanguage(CHOICE_KEY), tenantLocale));
}

export function currentLocale(): Locale {
  return pickLocale(i18next.language);
}

// Starts in French; the tenant provider switches to the chosen or the tenant's language before the first screen.
void startI18n({ fr: { translation: french } }, 'fr');
