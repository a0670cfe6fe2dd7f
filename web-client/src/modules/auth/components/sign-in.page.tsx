import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { clientAuth } from '../../../lib/firebase/firebase-auth';
import { useTenant } from '../../../tenant/tenant.context';
import { authErrorKey } from '../auth-errors';
import { signInFormSchema, type SignInForm } from '@estate/web-shared/auth-forms';
import { fieldErrorKey } from '../forms/field-error';
import { useSession } from '../hooks/session.context';

interface SignInState {
  from?: string;
  passwordReset?: boolean;
  email?: string;
}

function readState(state: unknown): SignInState {
  return state !== null && typeof state === 'object' ? (state as SignInState) : {};
}

export function SignInPage() {
  const { t } = useTranslation();
  const { domain } = useTenant();
  const { session, notice, clearNotice } = useSession();
  const location = useLocation();
  const state = readState(location.state);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const form = useForm<SignInForm>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { email: state.email ?? '', password: '' },
  });
  const errors = form.formState.errors;
  const message = (text: string | undefined) => {
    const key = fieldErrorKey(text);
    return key ? t(key) : undefined;
  };

  useEffect(() => {
    if (notice) form.resetField('password');
  }, [notice, form]);

  if (session.status === 'client') return <Navigate to={state.from ?? '/'} replace />;

  const submit = form.handleSubmit(async (values) => {
    clearNotice();
    setErrorKey(null);
    try {
      await signInWithEmailAndPassword(clientAuth(), values.email.trim().toLowerCase(), values.password);
      setSubmitted(true);
    } catch (error) {
      setErrorKey(authErrorKey(error));
    }
  });
  const checking = form.formState.isSubmitting || (submitted && session.status === 'loading');

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('auth.signIn.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('auth.signIn.subtitle', { agency: domain.name })}
        </Text>
      </div>

      {state.passwordReset && !notice && !errorKey && (
        <Alert color="green" icon={<IconCircleCheck size={20} />} data-testid="reset-success">
          {t('auth.reset.success')}
        </Alert>
      )}
      {notice?.kind === 'staff' && (
        <Alert
          color="yellow"
          icon={<IconInfoCircle size={20} />}
          title={t('auth.notice.staffTitle')}
          data-testid="staff-notice"
        >
          <Stack gap="xs">
            <Text size="sm">{t('auth.notice.staffBody')}</Text>
            {notice.adminUrl && (
              <Anchor href={notice.adminUrl} size="sm" fw={600}>
                {t('auth.notice.staffLink')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      {notice?.kind === 'denied' && (
        <Alert
          color="red"
          icon={<IconAlertCircle size={20} />}
          title={t('auth.notice.foreignTitle')}
          data-testid="denied-notice"
        >
          {t('auth.notice.foreignBody', { agency: domain.name })}
        </Alert>
      )}
      {notice?.kind === 'unchecked' && !errorKey && (
        <Alert color="red" icon={<IconAlertCircle size={20} />} role="alert">
          {t('auth.errors.network')}
        </Alert>
      )}
      {errorKey && (
        <Alert color="red" icon={<IconAlertCircle size={20} />} role="alert">
          {t(errorKey)}
        </Alert>
      )}

      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label={t('auth.email')}
            type="email"
            inputMode="email"
            autoComplete="username"
            required
            error={message(errors.email?.message)}
            {...form.register('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            error={message(errors.password?.message)}
            {...form.register('password')}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/reset" size="sm">
              {t('auth.signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" size="md" fullWidth loading={checking}>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="xs" c="dimmed" ta="center">
        {t('auth.signIn.invited')}
      </Text>
    </Stack>
  );
}
