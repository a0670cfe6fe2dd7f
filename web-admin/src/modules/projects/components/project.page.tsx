import { isInventoryEditor, type Building } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useActiveSession } from '../../session';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { BUILDINGS_MAX } from '../data/projects.repository';
import { buildingsOptions, projectOptions } from '../queries/projects.queries';
import { BuildingFormModal } from './building-form.modal';
import { ProjectFormModal } from './project-form.modal';

/** `/projects/:projectId`: a project, its details and its buildings. */
export function ProjectPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { projectId = '' } = useParams();
  const { claims } = useActiveSession();
  const editor = isInventoryEditor(claims.role);
  const project = useQuery(projectOptions(tenant.tenantId, projectId));
  const buildings = useQuery(buildingsOptions(tenant.tenantId, projectId));
  const [editingProject, setEditingProject] = useState(false);
  const [editingBuilding, setEditingBuilding] = useState<{ building: Building | null } | null>(null);

  if (project.isError) return <Alert color="red">{describeError(t, project.error)}</Alert>;
  if (project.isPending) return <Skeleton height={120} />;
  if (!project.data) {
    return (
      <EmptyState
        icon={<IconBuilding size={28} />}
        title={t('projects.project.notFound')}
        description={t('projects.project.notFoundText')}
        action={
          <Button component={Link} to="/projects" variant="default">
            {t('projects.backToList')}
          </Button>
        }
      />
    );
  }
  const current = project.data;
  const newBuilding = editor ? (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditingBuilding({ building: null })}
      data-testid="building-new"
    >
      {t('projects.building.new')}
    </Button>
  ) : null;
  const list = buildings.data ?? [];

  return (
    <>
      <Anchor component={Link} to="/projects" size="sm">
        ← {t('projects.title')}
      </Anchor>
      <PageHeader
        title={current.name}
        description={`${current.address}, ${current.city}`}
        actions={
          editor ? (
            <Button variant="default" onClick={() => setEditingProject(true)} data-testid="project-edit">
              {t('projects.project.edit')}
            </Button>
          ) : null
        }
      />
      <Card withBorder radius="lg" p="md" mb="md">
        <Group gap="xl">
          <div>
            <Text size="xs" c="dimmed">
              {t('projects.fields.stage')}
            </Text>
            <Badge variant="light">{t(`projects.stages.${current.stage}`)}</Badge>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('projects.fields.completion')}
            </Text>
            <Text>
              {current.completion ? t('projects.completionValue', current.completion) : t('projects.completionUnknown')}
            </Text>
          </div>
        </Group>
        {current.description ? (
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {current.description}
          </Text>
        ) : null}
      </Card>
      <Group justify="space-between" mb="sm">
        <Text fw={600} size="lg">
          {t('projects.building.title')}
        </Text>
        {newBuilding}
      </Group>
      {buildings.isError ? (
        <Alert color="red">{describeError(t, buildings.error)}</Alert>
      ) : buildings.isPending ? (
        <Stack gap="sm">
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconBuilding size={28} />}
          title={t('projects.building.emptyTitle')}
          description={editor ? t('projects.building.emptyEditor') : t('projects.building.emptyReader')}
          action={newBuilding}
        />
      ) : (
        <Card withBorder radius="lg" p={0}>
          <Table highlightOnHover data-testid="buildings-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.building.name')}</Table.Th>
                <Table.Th>{t('projects.building.sections')}</Table.Th>
                <Table.Th>{t('projects.building.places')}</Table.Th>
                {editor ? <Table.Th w={80} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((building) => (
                <Table.Tr key={building.id}>
                  <Table.Td>
                    <Link to={`/projects/${current.id}/buildings/${building.id}`}>{building.name}</Link>
                  </Table.Td>
                  <Table.Td>
                    {building.sections
                      .map((section) =>
                        t('projects.building.sectionSummary', {
                          name: section.name,
                          floors: section.floors,
                          positions: section.positionsPerFloor,
                        }),
                      )
                      .join(' · ')}
                  </Table.Td>
                  <Table.Td>
                    {building.sections.reduce((sum, section) => sum + section.floors * section.positionsPerFloor, 0)}
                  </Table.Td>
                  {editor ? (
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEditingBuilding({ building })}>
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.length >= BUILDINGS_MAX ? (
            <Text size="sm" c="dimmed" p="md">
              {t('projects.building.tooMany', { max: BUILDINGS_MAX })}
            </Text>
          ) : null}
        </Card>
      )}
      <ProjectFormModal opened={editingProject} project={current} onClose={() => setEditingProject(false)} />
      <BuildingFormModal
        opened={editingBuilding !== null}
        projectId={current.id}
        building={editingBuilding?.building ?? null}
        onClose={() => setEditingBuilding(null)}
      />
    </>
  );
}
