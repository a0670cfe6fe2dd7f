import { clientListingModel, type ClientListing } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { removeDraft, setPublished } from '../data/listings.repository';

/** Publish, unpublish and remove a draft, each invalidating every reader of listings. */
export function useListingActions() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [reporting, setReporting] = useState<ClientListing | null>(null);
  const [removing, setRemoving] = useState<ClientListing | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: modelKeys.of(tenant.tenantId, clientListingModel) });

  const publish = useMutation({
    mutationFn: ({ listing, published }: { listing: ClientListing; published: boolean }) =>
      setPublished(listing, published),
    onSuccess: (_, { published }) => notifySuccess(published ? t('listings.published') : t('listings.unpublished')),
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (listing: ClientListing) => removeDraft(listing),
    onSuccess: () => {
      notifySuccess(t('listings.removed'));
      setRemoving(null);
    },
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: refresh,
  });
  return { publish, remove, reporting, setReporting, removing, setRemoving };
}
