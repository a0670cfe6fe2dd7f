import { LOCALES, type Locale } from '@estate/domain';
import { Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../i18n/i18n';

/** Lets a client switch language before signing in; the choice is kept on this device. */
export function LanguageLinks() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Group justify="center" gap="md" aria-label={t('account.language')} role="group">
      {LOCALES.map((locale: Locale) => (
        <UnstyledButton
          key={locale}
          onClick={() => void changeLocale(locale)}
          aria-pressed={current === locale}
          lang={locale}
          fz="sm"
          c={current === locale ? 'brand' : 'dimmed'}
          fw={current === locale ? 600 : 400}
        >
          {t(`languages.${locale}`)}
        </UnstyledButton>
      ))}
    </Group>
  );
}
