import { LOCALES, type Locale } from '@estate/domain';
import { SegmentedControl, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLocale } from '../../../i18n/i18n';

const LABELS: Record<Locale, string> = { fr: 'FR', ru: 'RU', en: 'EN' };

export function LanguageSwitch({ size = 'sm' }: { size?: MantineSize }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('account.language')}
      value={currentLocale()}
      key={i18n.language}
      onChange={(value) => chooseLanguage(value as Locale)}
      data={LOCALES.map((locale) => ({ value: locale, label: LABELS[locale] }))}
    />
  );
}
