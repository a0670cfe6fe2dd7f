import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicFrame } from '../modules/auth';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicFrame title={t('notFound.title')} subtitle={t('notFound.text')}>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </PublicFrame>
  );
}
