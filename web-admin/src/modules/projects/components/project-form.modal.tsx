import {
  decidesApprovals,
  PROJECT_STAGES,
  projectInputSchema,
  saveProjectContract,
  type Project,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useTenant } from '../../../tenant/tenant.context';
import { useActiveSession } from '../../session';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { describeProjectsError, saveProject } from '../data/projects.mutations';
import { projectKeys } from '../queries/projects.queries';

type FormInput = z.input<typeof projectInputSchema>;
type FormOutput = z.output<typeof projectInputSchema>;

const EMPTY: FormInput = {
  name: '',
  address: '',
  city: '',
  latitude: null,
  longitude: null,
  completion: null,
  stage: 'planned',
  description: '',
  floorPricePerSquareMetre: null,
};

function valuesOf(project: Project | null): FormInput {
  if (!project) return EMPTY;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...input } = project;
  return input;
}

/** Creates a project (`project` null) or edits one; `onSaved` gets its id. */
export function ProjectFormModal({
  opened,
  project,
  onClose,
  onSaved,
}: {
  opened: boolean;
  project: Project | null;
  onClose: () => void;
  onSaved?: (projectId: string) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const headOfSales = decidesApprovals(useActiveSession().claims.role);
  const queryClient = useQueryClient();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(projectInputSchema),
    defaultValues: EMPTY,
  });
  const errors = form.formState.errors;
  useEffect(() => {
    if (opened) form.reset(valuesOf(project));
  }, [opened, project, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const { projectId } = await saveProject({ projectId: project?.id ?? null, project: values });
      await queryClient.invalidateQueries({ queryKey: projectKeys.projects(tenant.tenantId) });
      notifySuccess(project ? t('projects.project.updated') : t('projects.project.created', { name: values.name }));
      onClose();
      onSaved?.(projectId);
    } catch (caught) {
      notifyError(describeProjectsError(t, saveProjectContract, caught));
    }
  });
  const completion = form.watch('completion');

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={project ? t('projects.project.editTitle') : t('projects.project.newTitle')}
    >
      <form onSubmit={submit} noValidate data-testid="project-form">
        <Stack gap="sm">
          <TextInput
            label={t('projects.fields.name')}
            data-autofocus
            withAsterisk
            {...form.register('name')}
            error={fieldError(t, errors.name?.message)}
            data-testid="project-name"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('projects.fields.address')}
              withAsterisk
              {...form.register('address')}
              error={fieldError(t, errors.address?.message)}
              data-testid="project-address"
            />
            <TextInput
              label={t('projects.fields.city')}
              withAsterisk
              {...form.register('city')}
              error={fieldError(t, errors.city?.message)}
              data-testid="project-city"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={form.control}
              name="stage"
              render={({ field }) => (
                <Select
                  label={t('projects.fields.stage')}
                  data={PROJECT_STAGES.map((value) => ({ value, label: t(`projects.stages.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  data-testid="project-stage"
                />
              )}
            />
            <NumberInput
              label={t('projects.fields.completionYear')}
              min={2000}
              max={2100}
              allowDecimal={false}
              value={completion?.year ?? ''}
              onChange={(value) =>
                form.setValue(
                  'completion',
                  typeof value === 'number' ? { year: value, quarter: completion?.quarter ?? 4 } : null,
                  { shouldValidate: form.formState.isSubmitted },
                )
              }
              error={errors.completion ? t('projects.project.completionInvalid') : undefined}
            />
            <Select
              label={t('projects.fields.completionQuarter')}
              data={[1, 2, 3, 4].map((quarter) => ({
                value: String(quarter),
                label: t('projects.quarter', { quarter }),
              }))}
              value={completion ? String(completion.quarter) : null}
              disabled={!completion}
              onChange={(value) =>
                completion && value && form.setValue('completion', { ...completion, quarter: Number(value) })
              }
              allowDeselect={false}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="latitude"
              render={({ field }) => (
                <NumberInput
                  label={t('projects.fields.latitude')}
                  decimalScale={6}
                  min={-90}
                  max={90}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  error={errors.latitude ? t('validation.invalid') : undefined}
                />
              )}
            />
            <Controller
              control={form.control}
              name="longitude"
              render={({ field }) => (
                <NumberInput
                  label={t('projects.fields.longitude')}
                  decimalScale={6}
                  min={-180}
                  max={180}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  error={errors.longitude ? t('validation.invalid') : undefined}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="floorPricePerSquareMetre"
            render={({ field }) => (
              <NumberInput
                label={t('projects.fields.floorPricePerSquareMetre')}
                description={t(headOfSales ? 'projects.project.floorHelp' : 'projects.project.floorHeadOfSalesOnly')}
                min={1}
                allowDecimal={false}
                thousandSeparator=" "
                disabled={!headOfSales}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                error={fieldError(t, errors.floorPricePerSquareMetre?.message)}
                data-testid="project-floor"
              />
            )}
          />
          <Textarea
            label={t('projects.fields.description')}
            autosize
            minRows={3}
            maxRows={8}
            {...form.register('description')}
            error={fieldError(t, errors.description?.message)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="project-save">
              {project ? t('common.save') : t('projects.project.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
