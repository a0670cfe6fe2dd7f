import { isTeamManager, lastMonths } from '@estate/domain';
import { SegmentedControl, Stack, Tabs } from '@mantine/core';
import { IconBuildingSkyscraper, IconCalendarClock, IconSpeakerphone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { channelsOptions, countersOptions } from '../queries/marketing.queries';
import { ChannelReport } from './channel-report';
import { ReservationReport } from './reservation-report';
import { SalesReport } from './sales-report';

const PERIODS = ['3', '6', '12'] as const;
type Period = (typeof PERIODS)[number];
const TABS = ['channels', 'reservations', 'sales'] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

/**
 * `/marketing`: advertising channels with what their leads and sales cost, reservations and sales, over the
 * last 3, 6 or 12 months. One query for the channels and one for the months' counters (a document per
 * month), whatever the number of contacts, reservations and offers behind them.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { claims } = useActiveSession();
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'channels';
  const [period, setPeriod] = useState<Period>('6');
  const { months, costMonths } = useMemo(() => {
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    return { months: lastMonths(now, Number(period)), costMonths: lastMonths(nextMonth, 13) };
  }, [period]);
  const channels = useQuery(channelsOptions(tenantId));
  const counters = useQuery(countersOptions(tenantId, months));
  const counterData = counters.data ?? [];

  const chooseTab = (value: string | null) => {
    if (isTab(value)) setParams(value === 'channels' ? {} : { tab: value }, { replace: true });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('marketing.title')}
        description={t('marketing.description')}
        actions={
          <SegmentedControl
            value={period}
            onChange={(value) => setPeriod(value as Period)}
            aria-label={t('marketing.period')}
            data={PERIODS.map((value) => ({ value, label: t('marketing.lastMonths', { count: Number(value) }) }))}
          />
        }
      />
      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="channels" leftSection={<IconSpeakerphone size={16} />}>
            {t('marketing.tabs.channels')}
          </Tabs.Tab>
          <Tabs.Tab value="reservations" leftSection={<IconCalendarClock size={16} />}>
            {t('marketing.tabs.reservations')}
          </Tabs.Tab>
          <Tabs.Tab value="sales" leftSection={<IconBuildingSkyscraper size={16} />}>
            {t('marketing.tabs.sales')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="channels">
          <ChannelReport
            channels={channels.data ?? []}
            counters={counterData}
            months={months}
            costMonths={costMonths}
            status={channels.status === 'success' ? counters.status : channels.status}
            error={channels.error ?? counters.error}
            canEdit={isTeamManager(claims.role)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="reservations">
          <ReservationReport counters={counterData} months={months} status={counters.status} error={counters.error} />
        </Tabs.Panel>
        <Tabs.Panel value="sales">
          <SalesReport counters={counterData} months={months} status={counters.status} error={counters.error} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
