import { contactKeyLabel, type DuplicateMatch } from '@estate/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../ui/confirm.modal';

interface DuplicateMatchesProps {
  matches: DuplicateMatch[];
  agentName: (uid: string) => string;
  merging: boolean;
  /** The contact being saved already exists (an edit): merging folds it into the match and deletes it. */
  editing: boolean;
  onOpen: (contactId: string) => void;
  onMerge: (contactId: string) => void;
  onCreateAnyway: () => void;
}

/** What `contacts-saveContact` held back: the contacts sharing an email or phone, and the three ways on. */
export function DuplicateMatches({
  matches,
  agentName,
  merging,
  editing,
  onOpen,
  onMerge,
  onCreateAnyway,
}: DuplicateMatchesProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<DuplicateMatch | null>(null);
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} />}
      title={t('contacts.duplicates.title', { count: matches.length })}
      data-testid="duplicate-matches"
    >
      <Stack gap="sm">
        <Text size="sm">{t('contacts.duplicates.text')}</Text>
        {matches.map((match) => (
          <Stack key={match.contactId} gap={4} data-testid="duplicate-match">
            <Text size="sm" fw={600}>
              {match.displayName || t('contacts.duplicates.hidden')} · {t(`contacts.kinds.${match.kind}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('contacts.duplicates.agent', { name: agentName(match.assignedAgentUid) })}
            </Text>
            <Text size="sm">
              {t('contacts.duplicates.shared', { keys: match.sharedKeys.map(contactKeyLabel).join(', ') })}
            </Text>
            <Group gap="xs">
              <Button size="compact-sm" variant="default" onClick={() => onOpen(match.contactId)}>
                {t('contacts.duplicates.open')}
              </Button>
              <Button size="compact-sm" loading={merging} onClick={() => setConfirming(match)}>
                {t('contacts.duplicates.merge')}
              </Button>
            </Group>
          </Stack>
        ))}
        <Group>
          <Button size="compact-sm" variant="outline" color="orange" disabled={merging} onClick={onCreateAnyway}>
            {editing ? t('contacts.duplicates.saveAnyway') : t('contacts.duplicates.createAnyway')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming !== null}
        title={t('contacts.duplicates.merge')}
        message={
          confirming
            ? t(editing ? 'contacts.duplicates.mergeEditConfirm' : 'contacts.duplicates.mergeConfirm', {
                name: confirming.displayName || t('contacts.duplicates.hidden'),
              })
            : ''
        }
        confirmLabel={t('contacts.duplicates.mergeConfirmLabel')}
        danger={editing}
        loading={merging}
        onConfirm={() => {
          if (confirming) onMerge(confirming.contactId);
          setConfirming(null);
        }}
        onClose={() => setConfirming(null)}
      />
    </Alert>
  );
}
