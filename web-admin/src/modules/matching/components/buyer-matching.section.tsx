import type { Contact } from '@estate/domain';
import { MATCHING_SCAN_MAX, type MatchingProperty } from '@estate/domain/matching';
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { IconHomeSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { usePhaseLabels } from '../../pipeline';
import { useContactBuyer } from '../hooks/use-contact-buyer';
import { useMoney } from '../../tenancy';
import { propertiesForBuyerOptions } from '../queries/matching.queries';
import { MatchList } from './match-list';
import { MatchRow } from './match-row';

/**
 * "Matching properties" in a buyer's file: the properties on the market their saved search meets, then
 * those it misses by one criterion, each with "Contacter" for that property.
 */
export function BuyerMatchingSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const { label } = usePhaseLabels();
  const properties = useInfiniteQuery(propertiesForBuyerOptions(tenant.tenantId, contact.id));
  const contactBuyer = useContactBuyer(tenant.tenantId);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const pages = properties.data?.pages ?? [];
  const first = pages[0];
  const items: MatchingProperty[] = pages.flatMap((page) => page.items);
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.companyName;

  const contactFor = async (property: MatchingProperty) => {
    setFailure(null);
    setPending(property.propertyId);
    try {
      const result = await contactBuyer.mutateAsync({ contactId: contact.id, propertyId: property.propertyId });
      notifySuccess(t('matching.contacted', { name, phase: label(property.dealType, result.phase) }));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setPending(null);
    }
  };

  return (
    <Stack gap="sm" mt="lg" component="section" aria-labelledby="buyer-matching-title">
      <Title order={4} id="buyer-matching-title">
        {t('matching.buyer.title')}
      </Title>
      {first && !first.searchSaved ? (
        <Alert color="gray">{t('matching.buyer.noSearch')}</Alert>
      ) : (
        <MatchList
          testId="matching-properties"
          isPending={properties.isPending}
          error={properties.error}
          rows={items.map((property) => ({
            key: property.propertyId,
            node: (
              <MatchRow
                testId={`matching-property-${property.propertyId}`}
                title={
                  <Anchor component={Link} to={`/properties/${property.propertyId}/matching`} fw={600}>
                    {`${property.reference} · ${property.title}`}
                  </Anchor>
                }
                subtitle={[
                  money(property.price),
                  t(`properties.types.${property.propertyType}`, { defaultValue: property.propertyType }),
                  [property.postalCode, property.city].filter(Boolean).join(' '),
                ].join(' · ')}
                name={`${property.reference} · ${property.title}`}
                verdict={property.verdict}
                criteria={property.criteria}
                dealType={property.dealType}
                interestPhase={property.interestPhase}
                contacting={pending === property.propertyId}
                money={money}
                onContact={() => void contactFor(property)}
              />
            ),
          }))}
          empty={{
            icon: <IconHomeSearch size={28} />,
            title: t('matching.buyer.emptyTitle'),
            description: t('matching.buyer.emptyText'),
          }}
          counts={
            first
              ? { matches: first.matches, nears: first.nears, truncated: first.truncated, scanned: MATCHING_SCAN_MAX }
              : null
          }
          hasMore={properties.hasNextPage}
          loadingMore={properties.isFetchingNextPage}
          onMore={() => void properties.fetchNextPage()}
          failure={
            failure ? (
              <Alert color="red" role="alert">
                {describeError(t, failure)}
              </Alert>
            ) : null
          }
        />
      )}
    </Stack>
  );
}
