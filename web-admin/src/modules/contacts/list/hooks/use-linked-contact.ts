import type { Contact } from '@estate/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notifyError } from '../../../../ui/notify';
import { contactOptions } from '../../search/queries/contact-search.queries';

/**
 * The contact named by `?contact=<id>` (how links of the first version opened one), and how to let it go.
 * A link to a contact that no longer exists says so and is dropped.
 */
export function useLinkedContact(tenantId: string): { contact: Contact | null; release: () => void } {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const contactId = params.get('contact');
  const linked = useQuery({ ...contactOptions(tenantId, contactId ?? ''), enabled: contactId !== null });

  const release = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('contact');
        return next;
      },
      { replace: true },
    );

  const missing = contactId !== null && linked.isSuccess && linked.data === null;
  useEffect(() => {
    if (!missing) return;
    notifyError(t('search.notFound'));
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('contact');
        return next;
      },
      { replace: true },
    );
  }, [missing, setParams, t]);

  return { contact: contactId !== null && linked.data ? linked.data : null, release };
}
