import { describe, expect, it } from 'vitest';
import { clientFileKeys } from '../../modules/contacts/client-file/queries/client-file.queries';
import { contactKeys } from '../../modules/contacts/list/queries/contacts.queries';
import { deletionKeys } from '../../modules/contacts/deletions/queries/deletions.queries';
import { historyKeys } from '../../modules/history/queries/history.queries';
import { mailTemplateKeys } from '../../modules/mail/queries/mail-templates.queries';
import { propertyKeys } from '../../modules/properties/queries/properties.queries';
import { pipelineKeys } from '../../modules/pipeline/queries/pipeline.queries';
import { reportKeys } from '../../modules/pipeline/queries/reports.queries';
import { contactSearchKeys } from '../../modules/contacts/search/queries/contact-search.queries';
import { taskKeys } from '../../modules/tasks/queries/tasks.queries';

const t = 'tenant-1';

/** Whether a key lies under a root, as TanStack Query matches invalidations. */
function under(key: readonly unknown[], root: readonly unknown[]): boolean {
  return root.every((part, index) => JSON.stringify(key[index]) === JSON.stringify(part));
}

describe('query keys', () => {
  it("put every reader of a model under that model's root, so saving it refreshes them all", () => {
    const readers: [readonly unknown[], readonly unknown[]][] = [
      // Contacts: the list, the quick search, one contact, the pending deletion requests, the pickers.
      [contactSearchKeys.one(t, 'c1'), contactKeys.all(t)],
      [historyKeys.contact(t, 'c1'), contactKeys.all(t)],
      [mailTemplateKeys.contact(t, 'c1'), contactKeys.all(t)],
      [deletionKeys.pending(t), contactKeys.all(t)],
      [taskKeys.contactSearch(t, 'ma', { visibility: 'shared', uid: 'u1', role: 'agent' }), contactKeys.all(t)],
      [taskKeys.propertySearch(t, 'v-1'), propertyKeys.all(t)],
      // Properties and interests, wherever a screen shows them.
      [clientFileKeys.part(t, 'c1', 'seller-properties'), propertyKeys.all(t)],
      [mailTemplateKeys.property(t, 'p1'), propertyKeys.all(t)],
      [clientFileKeys.part(t, 'c1', 'buyer-interests'), pipelineKeys.interests(t)],
      [reportKeys.interests(t), pipelineKeys.interests(t)],
    ];
    for (const [key, root] of readers) expect(under(key, root), JSON.stringify(key)).toBe(true);
  });

  it('keep one tenant apart from another and one model apart from another', () => {
    expect(under(contactKeys.all('tenant-2'), contactKeys.all(t))).toBe(false);
    expect(under(propertyKeys.all(t), contactKeys.all(t))).toBe(false);
    expect(under(historyKeys.all(t), propertyKeys.all(t))).toBe(false);
  });
});
