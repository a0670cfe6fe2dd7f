import { requestPasswordResetContract } from '@estate/domain';
import type { RequestPasswordResetInput } from '@estate/domain';
import {
  emailFormSchema,
  newPasswordFormSchema,
  type EmailForm,
  type NewPasswordForm,
} from '@estate/web-shared/auth-forms';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { confirmPasswordReset, verifyPasswordResetCode } from 'firebase/auth';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../../lib/firebase/callables';
import { auth } from '../../../lib/firebase/firebase-core';
import { useTenantContext } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { PublicFrame } from './public-frame';

export function ResetPage() {
  const [params] = useSearchParams();
  const code = params.get('oobCode');
  return code ? <ChooseNewPassword code={code} /> : <AskForReset />;
}

function AskForReset() {
  const { t } = useTranslation();
  const { override } = useTenantContext();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<EmailForm>({
    resolver: zodResolver(emailFormSchema),
    defaultValues: { email: '' },
  });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const input: RequestPasswordResetInput = { email: values.email, host: window.location.host };
      if (override) input.tenantId = override;
      await call(requestPasswordResetContract, input);
      setSentTo(values.email);
    } catch (caught) {
      setError(describeError(t, caught));
    }
  });

  if (sentTo) {
    return (
      <PublicFrame title={t('reset.sentTitle')}>
        <Alert color="teal" icon={<IconMailForward size={18} />} data-testid="reset-sent">
          {t('reset.sent', { email: sentTo })}
        </Alert>
        <Anchor component={Link} to="/signin">
          {t('reset.backToSignIn')}
        </Anchor>
      </PublicFrame>
    );
  }

  return (
    <PublicFrame title={t('reset.title')} subtitle={t('reset.subtitle')}>
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
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" fullWidth size="md" loading={form.formState.isSubmitting}>
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/signin" size="sm">
        {t('reset.backToSignIn')}
      </Anchor>
    </PublicFrame>
  );
}

type CodeState = { status: 'checking' } | { status: 'valid'; email: string } | { status: 'invalid' };

function ChooseNewPassword({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [codeState, setCodeState] = useState<CodeState>({ status: 'checking' });
  const [error, setError] = useState<string | null>(null);
  const form = useForm<NewPasswordForm>({
    resolver: zodResolver(newPasswordFormSchema),
    defaultValues: { password: '', confirm: '' },
  });

  useEffect(() => {
    let cancelled = false;
    verifyPasswordResetCode(auth, code)
      .then((email) => !cancelled && setCodeState({ status: 'valid', email }))
      .catch(() => !cancelled && setCodeState({ status: 'invalid' }));
    return () => {
      cancelled = true;
    };
  }, [code]);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await confirmPasswordReset(auth, code, values.password);
      await navigate('/signin', { replace: true, state: { notice: 'password-reset' } });
    } catch (caught) {
      setError(describeError(t, caught));
    }
  });

  if (codeState.status === 'checking') {
    return (
      <PublicFrame title={t('reset.newTitle')}>
        <Loader type="dots" mx="auto" />
      </PublicFrame>
    );
  }

  if (codeState.status === 'invalid') {
    return (
      <PublicFrame title={t('reset.invalidTitle')}>
        <Alert color="red" role="alert" data-testid="reset-invalid">
          {t('reset.invalid')}
        </Alert>
        <Button component={Link} to="/reset" variant="light">
          {t('reset.askAgain')}
        </Button>
      </PublicFrame>
    );
  }

  return (
    <PublicFrame
      title={t('reset.newTitle')}
      subtitle={<Text span>{t('reset.newSubtitle', { email: codeState.email })}</Text>}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
            autoFocus
            {...form.register('password')}
            error={fieldError(t, form.formState.errors.password?.message)}
          />
          <PasswordInput
            label={t('fields.confirmPassword')}
            autoComplete="new-password"
            {...form.register('confirm')}
            error={fieldError(t, form.formState.errors.confirm?.message)}
          />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" fullWidth size="md" loading={form.formState.isSubmitting}>
            {t('reset.save')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}
