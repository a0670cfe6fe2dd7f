import { confirmClientSpaceContract } from '@estate/domain';
import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconClockX } from '@tabler/icons-react';
import { confirmPasswordReset, signInWithEmailAndPassword, verifyPasswordResetCode } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../../lib/firebase/callables';
import { clientAuth } from '../../../lib/firebase/firebase-auth';
import { useTenant } from '../../../tenant/tenant.context';
import { authErrorKey, isExpiredActionCode } from '../auth-errors';
import { NewPasswordFields } from '../forms/new-password-fields';

type LinkCheck =
  | { kind: 'checking' }
  | { kind: 'valid'; email: string }
  | { kind: 'expired' }
  | { kind: 'missing' }
  | { kind: 'failed'; errorKey: string };

/** Reached from the invitation mail: the oobCode is a password-reset code on the client's new account. */
export function FirstLoginPage() {
  const { t } = useTranslation();
  const { domain } = useTenant();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const code = params.get('oobCode');
  const [check, setCheck] = useState<LinkCheck>(code ? { kind: 'checking' } : { kind: 'missing' });
  const [attempt, setAttempt] = useState(0);
  const [submitError, setSubmitError] = useState<string | null>(null);

  useEffect(() => {
    if (!code) return;
    let cancelled = false;
    verifyPasswordResetCode(clientAuth(), code)
      .then((email) => !cancelled && setCheck({ kind: 'valid', email }))
      .catch((error: unknown) => {
        if (cancelled) return;
        setCheck(isExpiredActionCode(error) ? { kind: 'expired' } : { kind: 'failed', errorKey: authErrorKey(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [code, attempt]);

  const activate = async (email: string, password: string) => {
    if (!code) return;
    setSubmitError(null);
    try {
      await confirmPasswordReset(clientAuth(), code, password);
    } catch (error) {
      if (isExpiredActionCode(error)) setCheck({ kind: 'expired' });
      else setSubmitError(authErrorKey(error));
      return;
    }
    try {
      await signInWithEmailAndPassword(clientAuth(), email, password);
    } catch (error) {
      setSubmitError(authErrorKey(error));
      return;
    }
    try {
      await call(confirmClientSpaceContract, null);
      notifications.show({ color: 'green', message: t('auth.firstLogin.success') });
    } catch {
      notifications.show({ color: 'yellow', message: t('auth.firstLogin.confirmFailed'), autoClose: 8000 });
    }
    await navigate('/', { replace: true });
  };

  if (check.kind === 'checking') {
    return (
      <Stack align="center" gap="sm" py="xl" role="status">
        <Loader color="brand" />
        <Text c="dimmed">{t('auth.firstLogin.checking')}</Text>
      </Stack>
    );
  }

  if (check.kind === 'expired' || check.kind === 'missing') {
    return (
      <Stack gap="md" data-testid="link-invalid">
        <Alert color="orange" icon={<IconClockX size={20} />} title={t('auth.firstLogin.invalidTitle')}>
          {check.kind === 'expired' ? t('auth.firstLogin.invalidBody') : t('auth.firstLogin.missingCode')}
        </Alert>
        <Button component={Link} to="/reset" size="md" fullWidth>
          {t('auth.firstLogin.askNewLink')}
        </Button>
        <Button component={Link} to="/signin" variant="subtle" fullWidth>
          {t('auth.backToSignIn')}
        </Button>
      </Stack>
    );
  }

  if (check.kind === 'failed') {
    return (
      <Stack gap="md">
        <Alert color="red" icon={<IconAlertCircle size={20} />}>
          {t(check.errorKey)}
        </Alert>
        <Button onClick={() => setAttempt((value) => value + 1)}>{t('common.retry')}</Button>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('auth.firstLogin.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('auth.firstLogin.subtitle', { agency: domain.name })}
        </Text>
      </div>
      {submitError && (
        <Alert color="red" icon={<IconAlertCircle size={20} />} role="alert">
          {t(submitError)}
        </Alert>
      )}
      <NewPasswordFields
        email={check.email}
        emailLabel={t('auth.firstLogin.account')}
        submitLabel={t('auth.firstLogin.submit')}
        onSubmit={(password) => activate(check.email, password)}
      />
    </Stack>
  );
}
