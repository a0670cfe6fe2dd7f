import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const LEAD = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2';
const past = at('2026-03-01T09:00:00Z');

function template(subject: string, body: string): DocData {
  return { subject, body };
}

/** What Settings › Demandes portails saves (autoResponderInputSchema), stamped with the request time. */
function autoResponder(overrides: DocData = {}): DocData {
  return {
    enabled: true,
    phase: 'request-answered',
    templates: {
      fr: template('Votre demande {{propertyReference}}', 'Bonjour {{firstName}},\n\nMerci.'),
      ru: template('', ''),
      en: template('Your enquiry', 'Hello {{firstName}}'),
    },
    updatedAt: serverTime(),
    ...overrides,
  };
}

/** A lead as leads-receivePortalLead writes it (storedPortalLeadSchema). */
function leadDoc(): DocData {
  return {
    id: LEAD,
    portal: 'SeLoger',
    leadId: 'SL-1',
    listingReference: 'V-00001',
    contactId: CONTACT,
    propertyId: null,
    contactCreated: true,
    duplicates: 0,
    autoReplyMailId: null,
    receivedAt: past,
    createdAt: past,
    lastDeliveredAt: null,
  };
}

const settingsRef = (persona: PersonaName, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.autoResponderSettings(tenantId));
const secretRef = (persona: PersonaName, tenantId = TENANT) => dbOf(env, persona).doc(paths.leadsSecret(tenantId));
const leadRef = (persona: PersonaName, tenantId = TENANT) => dbOf(env, persona).doc(paths.lead(tenantId, LEAD));

for (const visibility of ['shared', 'own'] as const) {
  describe(`visibility "${visibility}"`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      const stored = { ...autoResponder(), updatedAt: past };
      await seed(env, {
        [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
        [paths.autoResponderSettings(TENANT)]: stored,
        [paths.autoResponderSettings(OTHER_TENANT)]: stored,
        [paths.leadsSecret(TENANT)]: { secret: 's'.repeat(43), rotatedAt: past, rotatedBy: uidOf('owner') },
        [`tenants/${TENANT}/secrets/smtp`]: { secret: 'other' },
        [paths.leadsSecret(OTHER_TENANT)]: { secret: 'r'.repeat(43), rotatedAt: past, rotatedBy: 'rita-rival' },
        [paths.lead(TENANT, LEAD)]: leadDoc(),
        [paths.lead(OTHER_TENANT, LEAD)]: leadDoc(),
      });
    });

    for (const persona of ['owner', 'admin'] as const) {
      describe(persona, () => {
        it('reads the auto-responder, the leads secret and the leads', async () => {
          await assertSucceeds(settingsRef(persona).get());
          await assertSucceeds(secretRef(persona).get());
          await assertSucceeds(leadRef(persona).get());
          const list = await assertSucceeds(dbOf(env, persona).collection(paths.leads(TENANT)).get());
          expect(list.size).toBe(1);
        });

        it('saves a valid auto-responder, and refuses one out of shape', async () => {
          await assertSucceeds(
            settingsRef(persona).set(autoResponder({ enabled: false, phase: 'documentation-sent' })),
          );
          await assertFails(settingsRef(persona).set(autoResponder({ phase: 'negotiation' })));
          await assertFails(settingsRef(persona).set(autoResponder({ enabled: 'yes' })));
          await assertFails(settingsRef(persona).set(autoResponder({ updatedAt: past })));
          await assertFails(settingsRef(persona).set(autoResponder({ extra: true })));
          await assertFails(
            settingsRef(persona).set(
              autoResponder({ templates: { fr: template('Sujet', ''), ru: template('', ''), en: template('', '') } }),
            ),
          );
          await assertFails(
            settingsRef(persona).set(
              autoResponder({
                templates: { fr: template('x'.repeat(201), 'b'), ru: template('', ''), en: template('', '') },
              }),
            ),
          );
          await assertFails(
            settingsRef(persona).set(autoResponder({ templates: { fr: template('a', 'b'), ru: template('', '') } })),
          );
          await assertFails(settingsRef(persona).delete());
        });

        it('cannot read another secret, nor write the secret or a lead (functions only)', async () => {
          await assertFails(dbOf(env, persona).doc(`tenants/${TENANT}/secrets/smtp`).get());
          await assertFails(
            secretRef(persona).set({ secret: 'mine', rotatedAt: serverTime(), rotatedBy: uidOf(persona) }),
          );
          await assertFails(secretRef(persona).delete());
          await assertFails(leadRef(persona).update({ duplicates: 5 }));
          await assertFails(dbOf(env, persona).doc(paths.lead(TENANT, 'new')).set(leadDoc()));
          await assertFails(leadRef(persona).delete());
        });

        it("cannot read or write another tenant's auto-responder, secret or leads", async () => {
          await assertFails(settingsRef(persona, OTHER_TENANT).get());
          await assertFails(settingsRef(persona, OTHER_TENANT).set(autoResponder()));
          await assertFails(secretRef(persona, OTHER_TENANT).get());
          await assertFails(leadRef(persona, OTHER_TENANT).get());
          await assertFails(dbOf(env, persona).collection(paths.leads(OTHER_TENANT)).get());
        });
      });
    }

    for (const persona of ['manager', 'agent', 'partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
      describe(persona, () => {
        it('cannot read the auto-responder, the secret or the leads', async () => {
          await assertFails(settingsRef(persona).get());
          await assertFails(secretRef(persona).get());
          await assertFails(leadRef(persona).get());
          await assertFails(dbOf(env, persona).collection(paths.leads(TENANT)).get());
        });

        it('cannot write the auto-responder, the secret or a lead', async () => {
          await assertFails(settingsRef(persona).set(autoResponder()));
          await assertFails(
            secretRef(persona).set({ secret: 'x'.repeat(43), rotatedAt: serverTime(), rotatedBy: 'x' }),
          );
          await assertFails(leadRef(persona).update({ duplicates: 1 }));
        });
      });
    }
  });
}
