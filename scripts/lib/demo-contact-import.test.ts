import type { DecodableModel, ModelType } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { seedImportedContacts } from './demo-contact-import';

describe('the demo agency’s imported Google contacts', () => {
  it('writes each contact of the Google export, valid for its model, with its notes as the agent’s note', async () => {
    const written: { path: string; value: unknown }[] = [];
    const writer = {
      async set<M extends DecodableModel>(model: M, path: string, value: ModelType<M>): Promise<void> {
        written.push({ path, value: model.schema.parse(value) });
      },
    };
    await seedImportedContacts(
      writer,
      'demo',
      { uid: 'agent-uid', email: 'agent@demo.test', managerUid: 'manager-uid' },
      new Date('2026-12-06T10:00:00Z'),
    );
    expect(written.map(({ path }) => path)).toEqual([
      'tenants/demo/contacts/demo-google-import-2',
      'tenants/demo/contacts/demo-google-import-2/notes/imported',
      'tenants/demo/contacts/demo-google-import-3',
      'tenants/demo/contacts/demo-google-import-5',
    ]);
    expect(written[0]?.value).toMatchObject({
      firstName: 'Élodie',
      managerUid: 'manager-uid',
      createdBy: 'agent-uid',
      tags: ['Acheteurs', 'Investisseurs'],
      phones: [
        { number: '+33612345678', label: 'mobile' },
        { number: '+33145678910', label: 'work' },
      ],
    });
    expect(written[1]?.value).toMatchObject({ authorUid: 'agent-uid', text: expect.stringContaining('T3') });
  });
});
