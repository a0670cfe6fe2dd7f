import {
  BUILDING_FLOORS_MAX,
  BUILDING_SECTIONS_MAX,
  buildingInputSchema,
  FLOOR_POSITIONS_MAX,
  saveBuildingContract,
  type Building,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useTenant } from '../../../tenant/tenant.context';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { describeProjectsError, saveBuilding } from '../data/projects.mutations';
import { projectKeys } from '../queries/projects.queries';

type FormInput = z.input<typeof buildingInputSchema>;
type FormOutput = z.output<typeof buildingInputSchema>;

/** Creates a building of a project (`building` null) or edits its name and sections. */
export function BuildingFormModal({
  opened,
  projectId,
  building,
  onClose,
}: {
  opened: boolean;
  projectId: string;
  building: Building | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(buildingInputSchema),
    defaultValues: { projectId, name: '', sections: [] },
  });
  const sections = useFieldArray({ control: form.control, name: 'sections' });
  const errors = form.formState.errors;
  useEffect(() => {
    if (!opened) return;
    form.reset(
      building
        ? { projectId, name: building.name, sections: building.sections }
        : { projectId, name: '', sections: [{ name: '1', floors: 10, positionsPerFloor: 4 }] },
    );
  }, [opened, building, projectId, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await saveBuilding({ buildingId: building?.id ?? null, building: values });
      await queryClient.invalidateQueries({ queryKey: projectKeys.buildings(tenant.tenantId) });
      notifySuccess(building ? t('projects.building.updated') : t('projects.building.created', { name: values.name }));
      onClose();
    } catch (caught) {
      notifyError(describeProjectsError(t, saveBuildingContract, caught));
    }
  });
  const sectionsError = errors.sections?.root?.message ?? errors.sections?.message;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={building ? t('projects.building.editTitle') : t('projects.building.newTitle')}
    >
      <form onSubmit={submit} noValidate data-testid="building-form">
        <Stack gap="sm">
          <TextInput
            label={t('projects.building.name')}
            placeholder={t('projects.building.namePlaceholder')}
            withAsterisk
            data-autofocus
            {...form.register('name')}
            error={fieldError(t, errors.name?.message)}
            data-testid="building-name"
          />
          <Text fw={600} size="sm">
            {t('projects.building.sections')}
          </Text>
          {sections.fields.map((section, index) => (
            <Group key={section.id} align="flex-start" gap="xs" wrap="nowrap" data-testid="building-section">
              <TextInput
                label={t('projects.building.sectionName')}
                {...form.register(`sections.${index}.name`)}
                error={fieldError(t, errors.sections?.[index]?.name?.message)}
                w={140}
              />
              <Controller
                control={form.control}
                name={`sections.${index}.floors`}
                render={({ field }) => (
                  <NumberInput
                    label={t('projects.building.floors')}
                    min={1}
                    max={BUILDING_FLOORS_MAX}
                    allowDecimal={false}
                    value={field.value}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                    error={
                      errors.sections?.[index]?.floors
                        ? t('projects.building.floorsInvalid', { max: BUILDING_FLOORS_MAX })
                        : undefined
                    }
                    w={130}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`sections.${index}.positionsPerFloor`}
                render={({ field }) => (
                  <NumberInput
                    label={t('projects.building.positions')}
                    min={1}
                    max={FLOOR_POSITIONS_MAX}
                    allowDecimal={false}
                    value={field.value}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                    error={
                      errors.sections?.[index]?.positionsPerFloor
                        ? t('projects.building.positionsInvalid', { max: FLOOR_POSITIONS_MAX })
                        : undefined
                    }
                    w={150}
                  />
                )}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                onClick={() => sections.remove(index)}
                disabled={sections.fields.length <= 1}
                aria-label={t('projects.building.removeSection')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {sectionsError ? (
            <Text c="red" size="sm">
              {sectionsError === 'each section needs its own name'
                ? t('projects.building.sectionNamesUnique')
                : t('projects.building.sectionsInvalid', { max: BUILDING_SECTIONS_MAX })}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={sections.fields.length >= BUILDING_SECTIONS_MAX}
              onClick={() =>
                sections.append({ name: String(sections.fields.length + 1), floors: 10, positionsPerFloor: 4 })
              }
              data-testid="building-add-section"
            >
              {t('projects.building.addSection')}
            </Button>
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting} data-testid="building-save">
              {building ? t('common.save') : t('projects.building.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
