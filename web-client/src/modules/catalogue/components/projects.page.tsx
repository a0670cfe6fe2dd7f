import { Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { projectsQuery } from '../queries/catalogue.queries';
import { LoadFailed } from './load-failed';

/** `/catalogue`: the developer's programmes. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const projects = useQuery(projectsQuery(tenantId));

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('catalogue.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('catalogue.projectsIntro')}
        </Text>
      </div>
      {projects.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={96} radius="lg" />
          <Skeleton height={96} radius="lg" />
        </Stack>
      ) : projects.isError ? (
        <LoadFailed onRetry={() => void projects.refetch()} />
      ) : projects.data.length === 0 ? (
        <Text c="dimmed">{t('catalogue.noProjects')}</Text>
      ) : (
        projects.data.map((project) => (
          <Card
            key={project.id}
            withBorder
            radius="lg"
            p="md"
            component={Link}
            to={`/catalogue/projects/${project.id}`}
            data-testid="catalogue-project"
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <IconBuildingSkyscraper size={28} stroke={1.5} />
                <div>
                  <Text fw={700}>{project.name}</Text>
                  <Text size="sm" c="dimmed">
                    {project.address}, {project.city}
                  </Text>
                  {project.completion ? (
                    <Text size="sm">
                      {t('catalogue.completion', {
                        quarter: project.completion.quarter,
                        year: project.completion.year,
                      })}
                    </Text>
                  ) : null}
                </div>
              </Group>
              <Badge variant="light">{t(`catalogue.stages.${project.stage}`)}</Badge>
            </Group>
          </Card>
        ))
      )}
    </Stack>
  );
}
