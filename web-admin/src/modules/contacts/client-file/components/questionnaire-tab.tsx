import { FINANCING_TYPES, HOUSING_SITUATIONS, PROJECT_TYPES, type Contact } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { formatDateTime } from '../../../../ui/format-date';
import { questionnaireFormSchema, questionnaireToForm } from '../forms/buyer.form';
import { useBuyerFileForm } from '../hooks/use-buyer-file-form';
import { questionnaireOptions } from '../queries/client-file.queries';
import { AmountField, formMessage } from './buyer-form-parts';

/** The buyer's initial project questionnaire: project, budget, financing, timing, situation, household. */
export function QuestionnaireTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const stored = useQuery(questionnaireOptions(tenant.tenantId, contact.id));
  const { form, submit, failure } = useBuyerFileForm({
    contactId: contact.id,
    file: 'questionnaire',
    stored,
    resolver: zodResolver(questionnaireFormSchema),
    toForm: questionnaireToForm,
    savedMessage: t('clientFile.questionnaire.saved'),
  });
  const errors = form.formState.errors;

  if (stored.isPending) return <Skeleton height={320} />;
  if (stored.isError) return <Alert color="red">{describeError(t, stored.error)}</Alert>;
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Card withBorder radius="lg" p="lg">
      <form onSubmit={submit} noValidate data-testid="questionnaire-form">
        <Stack gap="md">
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Title order={5}>{t('clientFile.questionnaire.project')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Controller
              control={form.control}
              name="projectType"
              render={({ field }) => (
                <Select
                  label={t('clientFile.questionnaire.projectType')}
                  data={options(PROJECT_TYPES, 'clientFile.projectTypes')}
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                />
              )}
            />
            <AmountField
              control={form.control}
              name="budgetMin"
              label={t('clientFile.questionnaire.budgetMin')}
              error={formMessage(t, errors.budgetMin?.message)}
              integer
            />
            <AmountField
              control={form.control}
              name="budgetMax"
              label={t('clientFile.questionnaire.budgetMax')}
              error={formMessage(t, errors.budgetMax?.message)}
              integer
            />
            <TextInput
              label={t('clientFile.questionnaire.deadline')}
              type="date"
              {...form.register('deadline')}
              error={formMessage(t, errors.deadline?.message)}
            />
          </SimpleGrid>
          <Title order={5}>{t('clientFile.questionnaire.financing')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Controller
              control={form.control}
              name="financing.type"
              render={({ field }) => (
                <Select
                  label={t('clientFile.questionnaire.financingType')}
                  data={options(FINANCING_TYPES, 'clientFile.financingTypes')}
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                />
              )}
            />
            <AmountField
              control={form.control}
              name="financing.contribution"
              label={t('clientFile.questionnaire.contribution')}
              error={formMessage(t, errors.financing?.contribution?.message)}
              integer
            />
            <Checkbox
              mt={{ sm: 30 }}
              label={t('clientFile.questionnaire.loanPreApproved')}
              {...form.register('financing.loanPreApproved')}
              error={formMessage(t, errors.financing?.loanPreApproved?.message)}
            />
          </SimpleGrid>
          <Title order={5}>{t('clientFile.questionnaire.situation')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <Controller
              control={form.control}
              name="situation.housing"
              render={({ field }) => (
                <Select
                  label={t('clientFile.questionnaire.housing')}
                  data={options(HOUSING_SITUATIONS, 'clientFile.housing')}
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                />
              )}
            />
            <Checkbox
              mt={{ sm: 30 }}
              label={t('clientFile.questionnaire.mustSellFirst')}
              {...form.register('situation.mustSellFirst')}
              error={formMessage(t, errors.situation?.mustSellFirst?.message)}
            />
            <AmountField
              control={form.control}
              name="household.adults"
              label={t('clientFile.questionnaire.adults')}
              error={formMessage(t, errors.household?.adults?.message)}
              integer
            />
            <AmountField
              control={form.control}
              name="household.children"
              label={t('clientFile.questionnaire.children')}
              error={formMessage(t, errors.household?.children?.message)}
              integer
            />
          </SimpleGrid>
          <Textarea
            label={t('clientFile.questionnaire.notes')}
            autosize
            minRows={2}
            {...form.register('notes')}
            error={formMessage(t, errors.notes?.message)}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {stored.data ? t('clientFile.lastSaved', { date: formatDateTime(stored.data.updatedAt) }) : ''}
            </Text>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="questionnaire-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
