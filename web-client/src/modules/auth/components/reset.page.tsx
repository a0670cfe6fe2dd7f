import { requestPasswordResetContract } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Loader, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconClockX, IconMailForward } from '@tabler/icons-react';
import { confirmPasswordReset, verifyPasswordResetCode } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../../lib/firebase/callables';
import { clientAuth } from '../../../lib/firebase/firebase-auth';
import { useTenant } from '../../../tenant/tenant.context';
import { authErrorKey, isExpiredActionCode } from '../auth-errors';
import { emailFormSchema, type EmailForm } from '@estate/web-shared/auth-forms';
import { fieldErrorKey } from '../forms/field-error';
import { NewPasswordFields } from '../forms/new-password-fields';

export function ResetPage() {
  const [params] = useSearchParams();
  const code = params.get('oobCode');
  return code ? <NewPasswordStep code={code} /> : <RequestLinkStep expired={false} />;
}

/** Asks the functions for a reset mail; the answer is the same whether the account exists or not. */
function RequestLinkStep({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { overrideTenantId } = useTenant();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<EmailForm>({ resolver: zodResolver(emailFormSchema), defaultValues: { email: '' } });
  const emailError = fieldErrorKey(form.formState.errors.email?.message);

  const submit = form.handleSubmit(async (values) => {
    const email = values.email.trim().toLowerCase();
    try {
      await call(requestPasswordResetContract, {
        email,
        host: window.location.host,
        ...(overrideTenantId ? { tenantId: overrideTenantId } : {}),
      });
      setSentTo(email);
    } catch (error) {
      notifications.show({ color: 'red', message: t(authErrorKey(error)) });
    }
  });

  if (sentTo) {
    return (
      <Stack gap="md" align="center" ta="center" data-testid="reset-sent">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconMailForward size={30} />
        </ThemeIcon>
        <Title order={1} size="h3">
          {t('auth.reset.sentTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.reset.sentBody', { email: sentTo })}
        </Text>
        <Button component={Link} to="/signin" variant="light" fullWidth>
          {t('auth.backToSignIn')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('auth.reset.requestTitle')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('auth.reset.requestBody')}
        </Text>
      </div>
      {expired && (
        <Alert
          color="orange"
          icon={<IconClockX size={20} />}
          title={t('auth.reset.invalidTitle')}
          data-testid="link-invalid"
        >
          {t('auth.reset.invalidBody')}
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
            autoFocus
            error={emailError ? t(emailError) : undefined}
            {...form.register('email')}
          />
          <Button type="submit" size="md" fullWidth loading={form.formState.isSubmitting}>
            {t('auth.reset.send')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/signin" size="sm" ta="center">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}

type CodeCheck =
  { kind: 'checking' } | { kind: 'valid'; email: string } | { kind: 'expired' } | { kind: 'failed'; errorKey: string };

function NewPasswordStep({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [check, setCheck] = useState<CodeCheck>({ kind: 'checking' });
  const [submitError, setSubmitError] = useState<string | null>(null);

  useEffect(() => {
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
  }, [code]);

  if (check.kind === 'checking') {
    return (
      <Stack align="center" py="xl" role="status">
        <Loader color="brand" />
      </Stack>
    );
  }
  if (check.kind === 'expired') return <RequestLinkStep expired />;
  if (check.kind === 'failed') {
    return (
      <Alert color="red" icon={<IconAlertCircle size={20} />}>
        {t(check.errorKey)}
      </Alert>
    );
  }

  const save = async (password: string) => {
    setSubmitError(null);
    try {
      await confirmPasswordReset(clientAuth(), code, password);
    } catch (error) {
      if (isExpiredActionCode(error)) setCheck({ kind: 'expired' });
      else setSubmitError(authErrorKey(error));
      return;
    }
    notifications.show({ color: 'green', message: t('auth.reset.success') });
    await navigate('/signin', { replace: true, state: { passwordReset: true, email: check.email } });
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('auth.reset.newTitle')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('auth.reset.newBody', { email: check.email })}
        </Text>
      </div>
      {submitError && (
        <Alert color="red" icon={<IconAlertCircle size={20} />} role="alert">
          {t(submitError)}
        </Alert>
      )}
      <NewPasswordFields
        email={check.email}
        emailLabel={t('auth.email')}
        submitLabel={t('auth.reset.save')}
        onSubmit={save}
      />
    </Stack>
  );
}
