import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newPasswordFormSchema, type NewPasswordForm } from '@estate/web-shared/auth-forms';
import { fieldErrorKey } from './field-error';

/** Password chosen twice, for the first login and for a reset; the account's email is shown, read-only. */
export function NewPasswordFields(props: {
  email: string;
  emailLabel: string;
  submitLabel: string;
  onSubmit: (password: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm<NewPasswordForm>({
    resolver: zodResolver(newPasswordFormSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const errors = form.formState.errors;
  const message = (text: string | undefined) => {
    const key = fieldErrorKey(text);
    return key ? t(key) : undefined;
  };

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => props.onSubmit(values.password))}>
      <Stack gap="md">
        <TextInput label={props.emailLabel} value={props.email} readOnly variant="filled" autoComplete="username" />
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordHint')}
          autoComplete="new-password"
          autoFocus
          required
          error={message(errors.password?.message)}
          {...form.register('password')}
        />
        <PasswordInput
          label={t('auth.confirmPassword')}
          autoComplete="new-password"
          required
          error={message(errors.confirm?.message)}
          {...form.register('confirm')}
        />
        <Button type="submit" size="md" fullWidth loading={form.formState.isSubmitting}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
