import { reserveUnitContract, type CatalogueUnit } from '@estate/domain';
import { refusalOf } from '@estate/web-shared/callables';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { call } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { useSession } from '../../auth';
import { catalogueKeys, onlineTermQuery } from '../queries/catalogue.queries';
import { formatTerm } from '../utils/time-left';
import { refusalText } from '../utils/refusal-text';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '');

function ReserveAsClient({ unit }: { unit: CatalogueUnit }) {
  const { t, i18n } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const term = useQuery(onlineTermQuery(tenantId));
  const [confirming, setConfirming] = useState(false);
  // One id per attempt: a retried call answers what the first created instead of reserving twice.
  const [requestId, setRequestId] = useState(newRequestId);
  const [refusal, setRefusal] = useState<string | null>(null);

  const reserve = useMutation({
    mutationFn: () => call(reserveUnitContract, { requestId, unitId: unit.id, kind: 'online', contactId: null }),
    onSuccess: async () => {
      setConfirming(false);
      setRequestId(newRequestId());
      notifications.show({ color: 'green', message: t('catalogue.reserve.done', { number: unit.number }) });
      await queryClient.invalidateQueries({ queryKey: ['tenants', tenantId, 'reservations'] });
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all(tenantId) });
      void navigate('/catalogue/reservations');
    },
    onError: (error) => {
      setConfirming(false);
      setRequestId(newRequestId());
      const refused = refusalOf(reserveUnitContract, error);
      setRefusal(refused ? refusalText(t, refused) : t('catalogue.reserve.failed'));
    },
  });

  return (
    <Stack gap="xs">
      {refusal ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="catalogue-reserve-refusal">
          {refusal}
        </Alert>
      ) : null}
      <Button
        size="md"
        leftSection={<IconLock size={18} />}
        onClick={() => {
          setRefusal(null);
          setConfirming(true);
        }}
        disabled={term.isPending}
        data-testid="catalogue-reserve"
      >
        {t('catalogue.reserve.action')}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('catalogue.reserve.confirmTitle', { number: unit.number })}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {t('catalogue.reserve.confirmBody', {
              term: term.data ? formatTerm(term.data, i18n.language) : '',
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={reserve.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => reserve.mutate()}
              loading={reserve.isPending}
              data-testid="catalogue-reserve-confirm"
            >
              {t('catalogue.reserve.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Under a free unit: reserve it online (a signed-in client), or sign in first (a visitor). */
export function ReserveUnitPanel({ unit }: { unit: CatalogueUnit }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return null;
  if (session.status === 'signedOut') {
    return (
      <Button
        size="md"
        variant="light"
        component={Link}
        to="/signin"
        state={{ from: location.pathname }}
        data-testid="catalogue-sign-in-to-reserve"
      >
        {t('catalogue.reserve.signInToReserve')}
      </Button>
    );
  }
  return <ReserveAsClient unit={unit} />;
}
