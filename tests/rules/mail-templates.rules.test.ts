import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, deleteField, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const TEMPLATE = 'price-drop';
const NEW_TEMPLATE = 'open-house';

function templateDoc(id: string): DocData {
  return {
    id,
    name: 'Baisse de prix',
    subject: 'Nouveau prix pour {{propertyReference}}',
    body: 'Bonjour {{firstName}},\n\nLe prix baisse.',
    locale: 'fr',
    createdBy: 'olga-owner',
    createdAt: at('2026-01-15T09:00:00Z'),
    updatedAt: at('2026-01-15T09:00:00Z'),
  };
}

/** A template as Settings › Modèles d'e-mails creates it. */
function newTemplate(id: string, persona: PersonaName): DocData {
  return {
    ...templateDoc(id),
    name: 'Portes ouvertes',
    locale: null,
    createdBy: uidOf(persona),
    createdAt: serverTime(),
    updatedAt: serverTime(),
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.mailTemplate(TENANT, TEMPLATE)]: templateDoc(TEMPLATE),
    [paths.mailTemplate(OTHER_TENANT, TEMPLATE)]: templateDoc(TEMPLATE),
  });
});

const templateRef = (persona: PersonaName, templateId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.mailTemplate(tenantId, templateId));

const edit = (changes: DocData): DocData => ({ ...changes, updatedAt: serverTime() });

const malformedFields: [string, DocData][] = [
  ['an empty name', { name: '' }],
  ['a name of 81 characters', { name: 'x'.repeat(81) }],
  ['an untrimmed subject', { subject: ' Bonjour' }],
  ['a subject of 201 characters', { subject: 'x'.repeat(201) }],
  ['an empty body', { body: '' }],
  ['a body of 10 001 characters', { body: 'x'.repeat(10_001) }],
  ['a body that is not text', { body: 42 }],
  ['an unknown locale', { locale: 'de' }],
];

for (const persona of ['owner', 'admin', 'manager'] as const) {
  describe(persona, () => {
    it('reads, creates, edits and deletes a template', async () => {
      await assertSucceeds(templateRef(persona, TEMPLATE).get());
      await assertSucceeds(templateRef(persona, NEW_TEMPLATE).set(newTemplate(NEW_TEMPLATE, persona)));
      await assertSucceeds(
        templateRef(persona, TEMPLATE).update(
          edit({ subject: 'Prix en baisse', body: 'x'.repeat(10_000), locale: 'ru' }),
        ),
      );
      await assertSucceeds(templateRef(persona, TEMPLATE).update(edit({ locale: null })));
      await assertSucceeds(templateRef(persona, TEMPLATE).delete());
    });

    it.each([
      ['an id that is not the document id', { id: 'other' }],
      ['another author', { createdBy: 'someone-else' }],
      ['a backdated createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
      ['an updatedAt that is not the request time', { updatedAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', { html: '<b>x</b>' }],
      ...malformedFields,
    ])('refuses a new template with %s', async (_label, change) => {
      await assertFails(templateRef(persona, NEW_TEMPLATE).set({ ...newTemplate(NEW_TEMPLATE, persona), ...change }));
    });

    it.each([
      ...malformedFields,
      ['its id', { id: 'renamed' }],
      ['its author', { createdBy: 'someone-else' }],
      ['an unknown field', { html: '<b>x</b>' }],
      ['a removed locale', { locale: deleteField() }],
    ])('refuses an edit with %s', async (_label, change) => {
      await assertFails(templateRef(persona, TEMPLATE).update(edit(change)));
    });

    it('cannot edit without stamping updatedAt with the request time', async () => {
      await assertFails(templateRef(persona, TEMPLATE).update({ name: 'Autre' }));
    });

    it("cannot read or write another agency's templates", async () => {
      await assertFails(templateRef(persona, TEMPLATE, OTHER_TENANT).get());
      await assertFails(templateRef(persona, NEW_TEMPLATE, OTHER_TENANT).set(newTemplate(NEW_TEMPLATE, persona)));
      await assertFails(templateRef(persona, TEMPLATE, OTHER_TENANT).update(edit({ name: 'Pris' })));
      await assertFails(templateRef(persona, TEMPLATE, OTHER_TENANT).delete());
    });
  });
}

describe('agent', () => {
  it('reads the templates to inform contacts', async () => {
    await assertSucceeds(templateRef('agent', TEMPLATE).get());
    const list = await assertSucceeds(dbOf(env, 'agent').collection(paths.mailTemplates(TENANT)).get());
    expect(list.size).toBe(1);
  });

  it('cannot create, edit or delete a template', async () => {
    await assertFails(templateRef('agent', NEW_TEMPLATE).set(newTemplate(NEW_TEMPLATE, 'agent')));
    await assertFails(templateRef('agent', TEMPLATE).update(edit({ name: 'Mine' })));
    await assertFails(templateRef('agent', TEMPLATE).delete());
  });
});

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('cannot read or write the templates', async () => {
      await assertFails(templateRef(persona, TEMPLATE).get());
      await assertFails(dbOf(env, persona).collection(paths.mailTemplates(TENANT)).get());
      const author: PersonaName = persona === 'anonymous' ? 'owner' : persona;
      await assertFails(templateRef(persona, NEW_TEMPLATE).set(newTemplate(NEW_TEMPLATE, author)));
      await assertFails(templateRef(persona, TEMPLATE).update(edit({ name: 'Mine' })));
      await assertFails(templateRef(persona, TEMPLATE).delete());
    });
  });
}
