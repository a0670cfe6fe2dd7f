import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { auth } from '../../../lib/firebase/firebase-core';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { useSession, forgetSignOutReason, readSignOutReason } from '../../session';
import { signInFormSchema, type SignInForm } from '@estate/web-shared/auth-forms';
import { PublicFrame } from './public-frame';

export function SignInPage() {
  const { t } = useTranslation();
  const { access } = useSession();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [reason] = useState(readSignOutReason);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignInForm>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { email: '', password: '' },
  });

  useEffect(() => {
    if (reason) forgetSignOutReason();
  }, [reason]);

  if (access.kind !== 'signed-out' && access.kind !== 'loading') return <Navigate to="/" replace />;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await signInWithEmailAndPassword(auth, values.email, values.password);
    } catch (caught) {
      setError(describeError(t, caught));
    }
  });

  return (
    <PublicFrame title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      {reason ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="sign-out-reason">
          {t(`signIn.reason.${reason}`)}
        </Alert>
      ) : null}
      {notice === 'password-reset' ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />}>
          {t('reset.done')}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            autoFocus
            {...form.register('email')}
            error={fieldError(t, form.formState.errors.email?.message)}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            {...form.register('password')}
            error={fieldError(t, form.formState.errors.password?.message)}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/reset" size="sm">
              {t('signIn.forgot')}
            </Anchor>
          </Group>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" fullWidth size="md" loading={form.formState.isSubmitting}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Divider />
      <Stack gap={6}>
        <Text size="sm">
          {t('signIn.collaborator')}{' '}
          <Anchor component={Link} to="/firstlogin">
            {t('signIn.firstLoginLink')}
          </Anchor>
        </Text>
        <Text size="sm">
          {t('signIn.newAgency')}{' '}
          <Anchor component={Link} to="/signup">
            {t('signIn.signUpLink')}
          </Anchor>
        </Text>
      </Stack>
    </PublicFrame>
  );
}
