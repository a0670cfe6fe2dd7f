import type { PrivateFileRef } from '@estate/domain';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { notifyError } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { fetchOfferFile, OfferFileRefused } from '../data/offers.repository';

/** Opens a private file in a new tab (opened at the click, or the browser blocks it). */
export function useOpenOfferFile() {
  const { t } = useTranslation();
  const { user } = useActiveSession();
  return async (ref: PrivateFileRef) => {
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchOfferFile(user, ref));
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (tab) tab.location.href = url;
    } catch (error) {
      tab?.close();
      notifyError(error instanceof OfferFileRefused ? t('offers.tab.fileRefused') : describeError(t, error));
    }
  };
}
