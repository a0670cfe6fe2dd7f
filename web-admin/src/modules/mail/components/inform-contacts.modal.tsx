import {
  contactFullName,
  INFORM_CONTACTS_MAX,
  INFORM_SKIP_REASONS,
  isTeamManager,
  renderTenantTemplate,
  templateValuesFor,
  type InformContactsResult,
} from '@estate/domain';
import { Alert, Button, Card, Group, List, Loader, Modal, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconMailOff, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveTenant } from '../../tenancy';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { useActiveSession } from '../../session';
import { useInformContacts } from '../hooks/use-mail-templates';
import { contactOptions, mailTemplatesOptions, templatePropertyOptions } from '../queries/mail-templates.queries';

interface InformContactsModalProps {
  propertyId: string;
  /** The contacts chosen on the property's contacts tab (the filtered selection), at most 500. */
  contactIds: string[];
  opened: boolean;
  onClose: () => void;
}

/** One id per opening: a retried or double-clicked send reuses it, so nobody gets the mail twice. */
function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

export function InformContactsModal({ propertyId, contactIds, opened, onClose }: InformContactsModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const liveTenant = useLiveTenant();
  const { claims, member, user } = useActiveSession();
  const inform = useInformContacts();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const [result, setResult] = useState<InformContactsResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const firstContactId = contactIds[0] ?? null;
  const tooMany = contactIds.length > INFORM_CONTACTS_MAX;

  const templates = useQuery({ ...mailTemplatesOptions(tenant.tenantId), enabled: opened, staleTime: 0 });
  const firstContact = useQuery({
    ...contactOptions(tenant.tenantId, firstContactId ?? ''),
    enabled: opened && firstContactId !== null,
  });
  const property = useQuery({ ...templatePropertyOptions(tenant.tenantId, propertyId), enabled: opened });

  useEffect(() => {
    if (!opened) return;
    setRequestId(newRequestId());
    setResult(null);
    setFailure(null);
    setTemplateId(null);
  }, [opened]);

  useEffect(() => {
    const first = templates.data?.[0];
    if (opened && templateId === null && first) setTemplateId(first.id);
  }, [opened, templateId, templates.data]);

  const template = templates.data?.find((candidate) => candidate.id === templateId) ?? null;
  const contact = firstContact.data ?? null;
  const preview = useMemo(() => {
    if (!template || !contact) return null;
    const values = templateValuesFor(contact, property.data ?? null, {
      agentName: member?.displayName ?? user.displayName ?? '',
      agencyName: tenant.name,
      locale: contact.locale,
      currency: liveTenant?.currency ?? 'EUR',
    });
    return renderTenantTemplate(template, values);
  }, [template, contact, property.data, member?.displayName, user.displayName, tenant.name, liveTenant?.currency]);

  const send = async () => {
    if (!templateId) return;
    setFailure(null);
    try {
      setResult(await inform.mutateAsync({ requestId, propertyId, contactIds, templateId }));
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  };

  const body = () => {
    if (result) {
      return (
        <Stack gap="sm" data-testid="inform-result">
          <Alert color="teal" title={t('informContacts.resultTitle')}>
            <Stack gap={4}>
              <Text size="sm" data-testid="inform-sent">
                {t('informContacts.sent', { count: result.sent })}
              </Text>
              {result.alreadySent > 0 ? (
                <Text size="sm">{t('informContacts.alreadySent', { count: result.alreadySent })}</Text>
              ) : null}
              <Text size="sm" data-testid="inform-skipped">
                {t('informContacts.skipped', { count: result.skipped })}
              </Text>
              {result.skipped > 0 ? (
                <List size="sm">
                  {INFORM_SKIP_REASONS.filter((reason) => result.skippedByReason[reason] > 0).map((reason) => (
                    <List.Item key={reason} data-testid={`inform-skipped-${reason}`}>
                      {result.skippedByReason[reason]} {t(`informContacts.reasons.${reason}`)}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('informContacts.close')}
            </Button>
          </Group>
        </Stack>
      );
    }
    if (templates.isPending) {
      return (
        <Group gap="sm" py="md" aria-live="polite">
          <Loader size="sm" />
          <Text size="sm">{t('informContacts.loading')}</Text>
        </Group>
      );
    }
    if (templates.isError) {
      return (
        <Alert color="red" role="alert">
          {describeError(t, templates.error)}
        </Alert>
      );
    }
    if (templates.data.length === 0) {
      const manager = isTeamManager(claims.role);
      return (
        <EmptyState
          icon={<IconMailOff size={28} />}
          title={t('informContacts.noTemplates')}
          description={manager ? t('informContacts.noTemplatesManager') : t('informContacts.noTemplatesAgent')}
          action={
            manager ? (
              <Button component={Link} to="/settings/mail-templates" variant="light" onClick={onClose}>
                {t('informContacts.openTemplates')}
              </Button>
            ) : undefined
          }
        />
      );
    }
    return (
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" role="alert" data-testid="inform-error">
            {failure}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('informContacts.recipients', { count: contactIds.length })}
        </Text>
        {tooMany ? (
          <Alert color="orange" role="alert" data-testid="inform-too-many">
            {t('informContacts.tooMany', { max: INFORM_CONTACTS_MAX })}
          </Alert>
        ) : null}
        <Select
          label={t('informContacts.template')}
          placeholder={t('informContacts.templatePlaceholder')}
          data={templates.data.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={templateId}
          onChange={setTemplateId}
          allowDeselect={false}
          data-testid="inform-template"
          data-autofocus
        />
        <Card withBorder radius="md" p="md" data-testid="inform-preview">
          {firstContact.isPending || property.isPending ? (
            <Stack gap="xs">
              <Skeleton height={16} width="60%" />
              <Skeleton height={60} />
            </Stack>
          ) : preview && contact ? (
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t('informContacts.preview', { name: contactFullName(contact) })}
              </Text>
              <Text size="sm">
                <Text span fw={600}>
                  {t('informContacts.previewSubject')}
                </Text>{' '}
                <span data-testid="inform-preview-subject">{preview.subject}</span>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="inform-preview-body">
                {preview.text}
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('informContacts.previewUnavailable')}
            </Text>
          )}
        </Card>
        <Text size="xs" c="dimmed">
          {t('informContacts.rules')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => void send()}
            loading={inform.isPending}
            disabled={!templateId || contactIds.length === 0 || tooMany}
            data-testid="inform-send"
          >
            {t('informContacts.send', { count: contactIds.length })}
          </Button>
        </Group>
      </Stack>
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={700}>{t('informContacts.title')}</Text>}
      size="lg"
      closeOnClickOutside={!inform.isPending}
      data-testid="inform-contacts-modal"
    >
      {body()}
    </Modal>
  );
}
