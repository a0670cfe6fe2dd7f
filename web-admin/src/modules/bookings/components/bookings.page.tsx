import { BOOKING_STATUSES, type BookingStatus } from '@estate/domain';
import { Alert, Anchor, Button, Card, Drawer, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { PageHeader } from '../../../ui/page-header';
import { useMoney } from '../../tenancy';
import { bookingsPageOptions } from '../queries/bookings.queries';
import { BookingStatusBadge, formatDay } from './booking-dialogs';
import { BookingDetails } from './booking-details';

const ALL = 'all';

/**
 * `/bookings`: the tenant's booking offers, latest first, filtered by status, a page at a time. A row
 * opens the offer (`?booking=<id>`): its figures, its payment, its escrow details.
 */
export function BookingsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const [status, setStatus] = useState<BookingStatus | null>(null);
  const [params, setParams] = useSearchParams();
  const openId = params.get('booking');
  const bookings = useInfiniteQuery(bookingsPageOptions(tenant.tenantId, status));
  const rows = bookings.data?.pages.flatMap((page) => page.bookings) ?? [];
  const now = new Date();
  const open = (bookingId: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (bookingId) next.set('booking', bookingId);
      else next.delete('booking');
      return next;
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('bookings.page.title')}
        description={t('bookings.page.description')}
        actions={
          <Select
            aria-label={t('bookings.page.statusFilter')}
            value={status ?? ALL}
            onChange={(value) => setStatus(!value || value === ALL ? null : (value as BookingStatus))}
            data={[
              { value: ALL, label: t('bookings.page.allStatuses') },
              ...BOOKING_STATUSES.map((value) => ({ value, label: t(`bookings.statuses.${value}`) })),
            ]}
            allowDeselect={false}
            w={200}
          />
        }
      />
      <Card withBorder radius="lg" p="lg">
        {bookings.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={40} />
            ))}
          </Stack>
        ) : bookings.isError ? (
          <Alert color="red">{describeError(t, bookings.error)}</Alert>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconFileCertificate size={28} />}
            title={t('bookings.page.emptyTitle')}
            description={t('bookings.page.emptyText')}
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={760}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('bookings.fields.unit')}</Table.Th>
                    <Table.Th>{t('bookings.fields.client')}</Table.Th>
                    <Table.Th ta="right">{t('bookings.fields.price')}</Table.Th>
                    <Table.Th>{t('bookings.fields.status')}</Table.Th>
                    <Table.Th>{t('bookings.fields.validUntil')}</Table.Th>
                    <Table.Th>{t('bookings.fields.issuedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((booking) => (
                    <Table.Tr key={booking.id} data-testid={`booking-row-${booking.id}`}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} onClick={() => open(booking.id)}>
                          {t('bookings.page.unitNumber', { number: booking.unitNumber })}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {[booking.buildingName, booking.projectName].filter(Boolean).join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{booking.contactName}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {money(booking.price)}
                      </Table.Td>
                      <Table.Td>
                        <BookingStatusBadge booking={booking} now={now} />
                      </Table.Td>
                      <Table.Td>
                        {booking.status === 'paid' ? formatDay(booking.paidAt) : formatDay(booking.validUntil)}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{booking.createdByName}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(booking.createdAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {bookings.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={bookings.isFetchingNextPage}
                  onClick={() => void bookings.fetchNextPage()}
                >
                  {t('bookings.page.loadMore')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
      <Drawer
        opened={openId !== null}
        onClose={() => open(null)}
        position="right"
        size="lg"
        title={<Text fw={700}>{t('bookings.page.drawerTitle')}</Text>}
      >
        {openId && <BookingDetails bookingId={openId} />}
      </Drawer>
    </Stack>
  );
}
