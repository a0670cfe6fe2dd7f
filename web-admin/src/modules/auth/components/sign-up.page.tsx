import {
  createTenantContract,
  type CreateTenantInput,
  type CreateTenantResult,
  CURRENCIES,
  type Locale,
  originOf,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { createUserWithEmailAndPassword, signOut, updateProfile } from 'firebase/auth';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { call } from '../../../lib/firebase/callables';
import { auth, usesEmulators } from '../../../lib/firebase/firebase-core';
import { rememberTenantOverride } from '@estate/web-shared/tenant';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { COUNTRIES } from '../../tenancy';
import { defaultsForLocale, signUpFormSchema, type SignUpForm, type SignUpFormInput } from '../forms/auth.form';
import { PublicFrame } from './public-frame';

/** Where the new owner lands: the branding tab, on the new agency's own admin host. */
function enterNewAgency(result: CreateTenantResult): void {
  const target = '/settings/branding';
  if (usesEmulators) {
    // Every tenant shares localhost under the emulator: pin this tab to the new tenant.
    rememberTenantOverride('admin', result.tenantId);
    window.location.assign(`${target}?tenant=${encodeURIComponent(result.tenantId)}`);
    return;
  }
  window.location.assign(
    window.location.host === result.hosts.admin ? target : `${originOf(result.hosts.admin)}/signin`,
  );
}

export function SignUpPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const initialLocale = currentLocale();
  const form = useForm<SignUpFormInput, unknown, SignUpForm>({
    resolver: zodResolver(signUpFormSchema),
    defaultValues: {
      displayName: '',
      email: '',
      password: '',
      confirm: '',
      agencyName: '',
      locale: initialLocale,
      ...defaultsForLocale(initialLocale),
    },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const current = auth.currentUser;
      // A retry after a failed createTenant reuses the account just created.
      if (current && current.email !== values.email) await signOut(auth);
      const user = auth.currentUser ?? (await createUserWithEmailAndPassword(auth, values.email, values.password)).user;
      await updateProfile(user, { displayName: values.displayName });
      const input: CreateTenantInput = {
        agencyName: values.agencyName,
        displayName: values.displayName,
        locale: values.locale,
        currency: values.currency,
        country: values.country,
      };
      const result = await call(createTenantContract, input);
      await user.getIdToken(true);
      enterNewAgency(result);
    } catch (caught) {
      setError(describeError(t, caught));
    }
  });

  const onLocaleChange = (locale: Locale) => {
    form.setValue('locale', locale);
    const defaults = defaultsForLocale(locale);
    form.setValue('currency', defaults.currency);
    form.setValue('country', defaults.country);
  };

  return (
    <PublicFrame title={t('signUp.title')} subtitle={t('signUp.subtitle')} width={560}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={600} size="sm" c="dimmed" tt="uppercase">
            {t('signUp.you')}
          </Text>
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
              description={t('fields.passwordHint')}
              autoComplete="new-password"
              {...form.register('password')}
              error={fieldError(t, errors.password?.message)}
            />
            <PasswordInput
              label={t('fields.confirmPassword')}
              description=" "
              autoComplete="new-password"
              {...form.register('confirm')}
              error={fieldError(t, errors.confirm?.message)}
            />
          </SimpleGrid>
          <Divider my={4} />
          <Text fw={600} size="sm" c="dimmed" tt="uppercase">
            {t('signUp.agency')}
          </Text>
          <TextInput
            label={t('fields.agencyName')}
            autoComplete="organization"
            {...form.register('agencyName')}
            error={fieldError(t, errors.agencyName?.message)}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select
                  label={t('fields.language')}
                  data={[
                    { value: 'fr', label: t('languages.fr') },
                    { value: 'ru', label: t('languages.ru') },
                    { value: 'en', label: t('languages.en') },
                  ]}
                  value={field.value}
                  onChange={(value) => value && onLocaleChange(value as Locale)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="currency"
              render={({ field }) => (
                <Select
                  label={t('fields.currency')}
                  data={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="country"
              render={({ field }) => (
                <Select
                  label={t('fields.country')}
                  data={COUNTRIES.map((code) => ({ value: code, label: t(`countries.${code}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  searchable
                  error={fieldError(t, errors.country?.message)}
                />
              )}
            />
          </SimpleGrid>
          {error ? (
            <Alert color="red" role="alert" data-testid="sign-up-error">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" size="md" fullWidth loading={form.formState.isSubmitting}>
            {t('signUp.submit')}
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
