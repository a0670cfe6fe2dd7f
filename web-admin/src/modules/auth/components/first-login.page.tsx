import { requestAccessContract } from '@estate/domain';

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { createUserWithEmailAndPassword, signOut, updateProfile } from 'firebase/auth';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { call } from '../../../lib/firebase/callables';
import { auth } from '../../../lib/firebase/firebase-core';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { firstLoginFormSchema, type FirstLoginForm } from '../forms/auth.form';
import { PublicFrame } from './public-frame';

/** A collaborator creates their account and asks the agency of this host to let them in. */
export function FirstLoginPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FirstLoginForm>({
    resolver: zodResolver(firstLoginFormSchema),
    defaultValues: { displayName: '', email: '', password: '', confirm: '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const current = auth.currentUser;
      if (current && current.email !== values.email) await signOut(auth);
      const user = auth.currentUser ?? (await createUserWithEmailAndPassword(auth, values.email, values.password)).user;
      await updateProfile(user, { displayName: values.displayName });
      await call(requestAccessContract, {
        tenantId: tenant.tenantId,
        displayName: values.displayName,
        locale: currentLocale(),
      });
      await navigate('/', { replace: true });
    } catch (caught) {
      setError(describeError(t, caught));
    }
  });

  return (
    <PublicFrame title={t('firstLogin.title')} subtitle={t('firstLogin.subtitle', { agency: tenant.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('fields.displayName')}
            autoComplete="name"
            autoFocus
            {...form.register('displayName')}
            error={fieldError(t, errors.displayName?.message)}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            {...form.register('email')}
            error={fieldError(t, errors.email?.message)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <PasswordInput
              label={t('fields.password')}
              autoComplete="new-password"
              {...form.register('password')}
              error={fieldError(t, errors.password?.message)}
            />
            <PasswordInput
              label={t('fields.confirmPassword')}
              autoComplete="new-password"
              {...form.register('confirm')}
              error={fieldError(t, errors.confirm?.message)}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('fields.passwordHint')}
          </Text>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" size="md" fullWidth loading={form.formState.isSubmitting}>
            {t('firstLogin.submit')}
          </Button>
        </Stack>
      </form>
      <Group gap={6}>
        <Text size="sm">{t('signUp.haveAccount')}</Text>
        <Anchor component={Link} to="/signin" size="sm">
          {t('signUp.signInLink')}
        </Anchor>
      </Group>
    </PublicFrame>
  );
}
