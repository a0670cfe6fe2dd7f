import { phasesOf, timeInPhase, type Interest, type Phase, type Property } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Chip, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconArrowsExchange, IconLink, IconMail, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { InformContactsModal } from '../../mail';
import { teamMembersOptions } from '../../team';
import { useInterestsViewer, usePhaseLabels, MovePhaseModal } from '../../pipeline';
import { propertyInterestsOptions } from '../../pipeline';
import { formatDuration } from './property-format';
import { LinkContactModal } from './link-contact.modal';

const ALL = 'all';

/**
 * A property's contacts and their phases (seed 003): filter by phase, move one by hand, link another,
 * select the filtered ones and inform them by mail.
 */
export function PropertyContactsTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { label } = usePhaseLabels();
  const viewer = useInterestsViewer();
  const interests = useQuery(propertyInterestsOptions(tenant.tenantId, property.id, viewer));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const [filter, setFilter] = useState<string>(ALL);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [moving, setMoving] = useState<Interest | null>(null);
  const [linking, setLinking] = useState(false);
  const [informing, setInforming] = useState(false);
  const agentName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';
  const now = new Date();

  const all = useMemo(
    () => [...(interests.data ?? [])].sort((a, b) => a.contactName.localeCompare(b.contactName)),
    [interests.data],
  );
  const counts = useMemo(() => {
    const byPhase = new Map<Phase, number>();
    for (const interest of all) byPhase.set(interest.phase, (byPhase.get(interest.phase) ?? 0) + 1);
    return byPhase;
  }, [all]);
  const shown = filter === ALL ? all : all.filter((interest) => interest.phase === filter);
  const shownIds = shown.map((interest) => interest.contactId);
  const selectedShown = shownIds.filter((id) => selected.has(id));
  const allShownSelected = shown.length > 0 && selectedShown.length === shown.length;

  const toggle = (contactId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(contactId);
      else next.delete(contactId);
      return next;
    });
  const selectShown = (on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of shownIds) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const chooseFilter = (value: string) => {
    setFilter(value);
    // Only the filtered contacts can be selected: a mailing never goes to people out of view.
    setSelected(new Set());
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Chip.Group multiple={false} value={filter} onChange={chooseFilter}>
          <Group
            gap={6}
            wrap="wrap"
            role="group"
            aria-label={t('properties.contacts.filter')}
            data-testid="phase-filter"
          >
            <Chip value={ALL} size="sm">
              {t('properties.contacts.allPhases', { n: all.length })}
            </Chip>
            {phasesOf(property.dealType)
              .filter((phase) => (counts.get(phase) ?? 0) > 0)
              .map((phase) => (
                <Chip key={phase} value={phase} size="sm">
                  {`${label(property.dealType, phase)} (${counts.get(phase) ?? 0})`}
                </Chip>
              ))}
          </Group>
        </Chip.Group>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconLink size={16} />} onClick={() => setLinking(true)}>
            {t('properties.contacts.link')}
          </Button>
          <Button
            leftSection={<IconMail size={16} />}
            disabled={selectedShown.length === 0}
            onClick={() => setInforming(true)}
          >
            {t('properties.contacts.inform', { n: selectedShown.length })}
          </Button>
        </Group>
      </Group>
      {interests.isError ? <Alert color="red">{describeError(t, interests.error)}</Alert> : null}
      <Card withBorder radius="lg" p={0}>
        {interests.isPending ? (
          <Stack gap="sm" p="md">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={36} />
            ))}
          </Stack>
        ) : shown.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={28} />}
            title={all.length === 0 ? t('properties.contacts.emptyTitle') : t('properties.contacts.noneInPhase')}
            description={t('properties.contacts.emptyText')}
          />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid="property-contacts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('properties.contacts.selectAll', { n: shown.length })}
                      checked={allShownSelected}
                      indeterminate={selectedShown.length > 0 && !allShownSelected}
                      onChange={(event) => selectShown(event.currentTarget.checked)}
                    />
                  </Table.Th>
                  <Table.Th>{t('properties.contacts.contact')}</Table.Th>
                  <Table.Th>{t('properties.contacts.phase')}</Table.Th>
                  <Table.Th>{t('properties.contacts.since')}</Table.Th>
                  <Table.Th>{t('properties.fields.agent')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((interest) => (
                  <Table.Tr key={interest.contactId} data-testid={`interest-${interest.contactId}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('properties.contacts.select', { name: interest.contactName })}
                        checked={selected.has(interest.contactId)}
                        onChange={(event) => toggle(interest.contactId, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${interest.contactId}/history`} fw={600} size="sm">
                        {interest.contactName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" tt="none" data-testid="interest-phase">
                        {label(interest.dealType, interest.phase)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDuration(timeInPhase(interest, now))}</Text>
                    </Table.Td>
                    <Table.Td>{agentName(interest.agentUid)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconArrowsExchange size={14} />}
                        onClick={() => setMoving(interest)}
                        aria-label={t('properties.contacts.moveOf', { name: interest.contactName })}
                      >
                        {t('properties.contacts.move')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {shown.length > 0 && !allShownSelected ? (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => selectShown(true)}>
            {t('properties.contacts.selectAll', { n: shown.length })}
          </Button>
        </Group>
      ) : null}
      <MovePhaseModal interest={moving} onClose={() => setMoving(null)} />
      <LinkContactModal opened={linking} onClose={() => setLinking(false)} property={property} />
      <InformContactsModal
        propertyId={property.id}
        contactIds={selectedShown}
        opened={informing}
        onClose={() => setInforming(false)}
      />
    </Stack>
  );
}
