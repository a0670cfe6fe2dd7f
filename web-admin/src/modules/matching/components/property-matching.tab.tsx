import { type Property } from '@estate/domain';
import { MATCHING_SCAN_MAX, type MatchingBuyer } from '@estate/domain/matching';
import { Alert, Anchor } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { usePhaseLabels } from '../../pipeline';
import { teamMembersOptions } from '../../team';
import { useContactBuyer } from '../hooks/use-contact-buyer';
import { useMoney } from '../../tenancy';
import { buyersForPropertyOptions } from '../queries/matching.queries';
import { MatchList } from './match-list';
import { MatchRow } from './match-row';

/**
 * A property's "Matching buyers" tab: the buyers the user sees whose saved search the property meets,
 * then those it misses by one criterion, each with "Contacter" (or the phase it is already in).
 */
export function PropertyMatchingTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const { label } = usePhaseLabels();
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const buyers = useInfiniteQuery(buyersForPropertyOptions(tenant.tenantId, property.id));
  const contact = useContactBuyer(tenant.tenantId);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const agentName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '';

  const pages = buyers.data?.pages ?? [];
  const first = pages[0];
  if (first && !first.matchable) {
    return <Alert color="gray">{t('matching.property.notMatchable')}</Alert>;
  }
  const items: MatchingBuyer[] = pages.flatMap((page) => page.items);

  const contactOne = async (buyer: MatchingBuyer) => {
    setFailure(null);
    setPending(buyer.contactId);
    try {
      const result = await contact.mutateAsync({ contactId: buyer.contactId, propertyId: property.id });
      notifySuccess(
        t('matching.contacted', { name: buyer.contactName, phase: label(property.dealType, result.phase) }),
      );
    } catch (caught) {
      setFailure(caught);
    } finally {
      setPending(null);
    }
  };

  return (
    <MatchList
      testId="matching-buyers"
      isPending={buyers.isPending}
      error={buyers.error}
      rows={items.map((buyer) => ({
        key: buyer.contactId,
        node: (
          <MatchRow
            testId={`matching-buyer-${buyer.contactId}`}
            title={
              <Anchor component={Link} to={`/clients/${buyer.contactId}/saved-search`} fw={600}>
                {buyer.contactName}
              </Anchor>
            }
            subtitle={
              agentName(buyer.agentUid) ? t('matching.property.agent', { name: agentName(buyer.agentUid) }) : ''
            }
            name={buyer.contactName}
            verdict={buyer.verdict}
            criteria={buyer.criteria}
            dealType={property.dealType}
            interestPhase={buyer.interestPhase}
            contacting={pending === buyer.contactId}
            money={money}
            onContact={() => void contactOne(buyer)}
          />
        ),
      }))}
      empty={{
        icon: <IconUserSearch size={28} />,
        title: t('matching.property.emptyTitle'),
        description: t('matching.property.emptyText'),
      }}
      counts={
        first
          ? { matches: first.matches, nears: first.nears, truncated: first.truncated, scanned: MATCHING_SCAN_MAX }
          : null
      }
      hasMore={buyers.hasNextPage}
      loadingMore={buyers.isFetchingNextPage}
      onMore={() => void buyers.fetchNextPage()}
      failure={
        failure ? (
          <Alert color="red" role="alert">
            {describeError(t, failure)}
          </Alert>
        ) : null
      }
    />
  );
}
