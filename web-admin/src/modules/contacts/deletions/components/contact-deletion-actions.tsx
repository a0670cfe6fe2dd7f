import { isCollaborator, isTeamManager, type Contact } from '@estate/domain';
import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconTrash, IconTrashX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '../../../../tenant/tenant.context';
import { formatDateTime } from '../../../../ui/format-date';
import { useActiveSession } from '../../../session';
import { teamMembersOptions } from '../../../team';
import { DeclineDeletionModal } from './decline-deletion.modal';
import { EraseContactModal } from './erase-contact.modal';
import { RequestDeletionModal } from './request-deletion.modal';

/**
 * Deletion actions of a client file's header. A collaborator asks for the deletion (owner and admin
 * are mailed); owner and admin erase the contact for good or decline a pending request. After an
 * erasure the user goes back to the client list, or `onErased` decides.
 */
export function ContactDeletionActions({ contact, onErased }: { contact: Contact; onErased?: () => void }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const navigate = useNavigate();
  const { claims } = useActiveSession();
  const [requesting, setRequesting] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [declining, setDeclining] = useState(false);
  const members = useQuery({ ...teamMembersOptions(tenantId), enabled: contact.deletionRequest !== null });
  const manager = isTeamManager(claims.role);
  if (!isCollaborator(claims.role)) return null;

  const request = contact.deletionRequest;
  const requester = request ? members.data?.find((member) => member.uid === request.requestedBy) : undefined;
  const pendingLabel = request
    ? t('deletions.pendingBy', {
        name: requester?.displayName ?? t('deletions.page.unknownMember'),
        date: formatDateTime(request.requestedAt),
      })
    : '';

  return (
    <Group gap="xs" wrap="nowrap" data-testid="contact-deletion-actions">
      {request ? (
        <Tooltip label={request.reason ? `${pendingLabel} — ${request.reason}` : pendingLabel} multiline maw={320}>
          <Badge color="orange" variant="light" data-testid="deletion-pending" tabIndex={0}>
            {t('deletions.pending')}
          </Badge>
        </Tooltip>
      ) : null}
      {manager ? (
        <>
          {request ? (
            <Button size="xs" variant="default" onClick={() => setDeclining(true)} data-testid="decline-deletion">
              {t('deletions.decline')}
            </Button>
          ) : null}
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconTrashX size={16} />}
            onClick={() => setErasing(true)}
            data-testid="erase-contact"
          >
            {t('deletions.erase')}
          </Button>
        </>
      ) : request ? null : (
        <Button
          size="xs"
          color="red"
          variant="subtle"
          leftSection={<IconTrash size={16} />}
          onClick={() => setRequesting(true)}
          data-testid="request-deletion"
        >
          {t('deletions.request')}
        </Button>
      )}
      <RequestDeletionModal contact={contact} opened={requesting} onClose={() => setRequesting(false)} />
      <DeclineDeletionModal contact={declining ? contact : null} onClose={() => setDeclining(false)} />
      <EraseContactModal
        contact={erasing ? contact : null}
        onClose={() => setErasing(false)}
        onErased={onErased ?? (() => void navigate('/clients'))}
      />
    </Group>
  );
}
