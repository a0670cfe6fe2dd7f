import { isInventoryEditor, type Project } from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconBuildingSkyscraper, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useActiveSession } from '../../session';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { projectsOptions } from '../queries/projects.queries';
import { ProjectFormModal } from './project-form.modal';

/** `/projects`: the developer's construction projects, by name, paged. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const { claims } = useActiveSession();
  const editor = isInventoryEditor(claims.role);
  const projects = useInfiniteQuery(projectsOptions(tenant.tenantId));
  const [editing, setEditing] = useState<{ project: Project | null } | null>(null);
  const list = projects.data?.pages.flatMap((page) => page.projects) ?? [];
  const newButton = editor ? (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ project: null })}
      data-testid="project-new"
    >
      {t('projects.project.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('projects.title')} description={t('projects.description')} actions={newButton} />
      {projects.isError ? (
        <Alert color="red">{describeError(t, projects.error)}</Alert>
      ) : projects.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={40} />
          ))}
        </Stack>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconBuildingSkyscraper size={28} />}
          title={t('projects.emptyTitle')}
          description={editor ? t('projects.emptyEditor') : t('projects.emptyReader')}
          action={newButton}
        />
      ) : (
        <Card withBorder radius="lg" p={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover data-testid="projects-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('projects.fields.name')}</Table.Th>
                  <Table.Th>{t('projects.fields.city')}</Table.Th>
                  <Table.Th>{t('projects.fields.stage')}</Table.Th>
                  <Table.Th>{t('projects.fields.completion')}</Table.Th>
                  {editor ? <Table.Th w={80} /> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((project) => (
                  <Table.Tr key={project.id}>
                    <Table.Td>
                      <Link to={`/projects/${project.id}`}>{project.name}</Link>
                      <Text size="xs" c="dimmed">
                        {project.address}
                      </Text>
                    </Table.Td>
                    <Table.Td>{project.city}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`projects.stages.${project.stage}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {project.completion
                        ? t('projects.completionValue', project.completion)
                        : t('projects.completionUnknown')}
                    </Table.Td>
                    {editor ? (
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setEditing({ project })}>
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {projects.hasNextPage ? (
            <Group justify="center" p="md">
              <Button
                variant="default"
                onClick={() => void projects.fetchNextPage()}
                loading={projects.isFetchingNextPage}
              >
                {t('projects.more')}
              </Button>
            </Group>
          ) : null}
        </Card>
      )}
      <ProjectFormModal
        opened={editing !== null}
        project={editing?.project ?? null}
        onClose={() => setEditing(null)}
        onSaved={(projectId) => {
          if (!editing?.project) void navigate(`/projects/${projectId}`);
        }}
      />
    </>
  );
}
