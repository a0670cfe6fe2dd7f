// The demo agency's properties and the contacts interested in them, at various commercialisation phases.
import {
  contactFullName,
  formatPropertyReference,
  interestId,
  paths,
  type Contact,
  type DealType,
  type Interest,
  type Phase,
  type Property,
  type PropertyInput,
} from '@estate/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';

const DAY = 86_400_000;

interface DemoProperty {
  input: Omit<PropertyInput, 'assignedAgentUid' | 'sellerContactIds'>;
  /** Who is interested and where they stand: [client type to pick, phase, days in the phase]. */
  interests: [Contact['clientType'], Phase, number][];
}

const DEMO_PROPERTIES: DemoProperty[] = [
  {
    input: {
      dealType: 'sale',
      title: 'Appartement T3 avec vue sur le Vieux-Port',
      propertyType: 'apartment',
      address: { postalCode: '13002', city: 'Marseille' },
      price: 385000,
      surface: 68,
      rooms: 3,
      status: 'online',
    },
    interests: [['buyer', 'first-visit', 3]],
  },
  {
    input: {
      dealType: 'sale',
      title: 'Maison provençale avec jardin',
      propertyType: 'house',
      address: { postalCode: '13100', city: 'Aix-en-Provence' },
      price: 640000,
      surface: 145,
      rooms: 6,
      status: 'online',
    },
    interests: [['buyer', 'negotiation', 6]],
  },
  {
    input: {
      dealType: 'rental',
      title: 'Studio meublé Castellane',
      propertyType: 'apartment',
      address: { postalCode: '13006', city: 'Marseille' },
      price: 720,
      surface: 24,
      rooms: 1,
      status: 'online',
    },
    interests: [['tenant', 'application-received', 2]],
  },
];

function stored<T extends Record<string, unknown>>(value: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, inner instanceof Date ? Timestamp.fromDate(inner) : inner]),
  );
}

/**
 * Writes the demo properties (numbered as properties-saveProperty would, with the counter) and links
 * the demo clients to them in a phase, as if the agents had worked them for a few days.
 */
export async function seedDemoPipeline(db: Firestore, tenantId: string, agentUid: string): Promise<void> {
  const contacts = (await db.collection(paths.contacts(tenantId)).get()).docs.map((doc) => doc.data() as Contact);
  const sellers = contacts.filter((contact) => contact.clientType === 'seller').map((contact) => contact.id);
  const now = new Date();
  const numbers: Record<DealType, number> = { sale: 0, rental: 0 };
  const batch = db.batch();
  const used = new Set<string>();
  for (const demo of DEMO_PROPERTIES) {
    numbers[demo.input.dealType] += 1;
    const ref = db.collection(paths.properties(tenantId)).doc();
    const property: Property = {
      ...demo.input,
      id: ref.id,
      reference: formatPropertyReference(demo.input.dealType, numbers[demo.input.dealType]),
      sellerContactIds: demo.input.dealType === 'sale' ? sellers.slice(0, 1) : [],
      assignedAgentUid: agentUid,
      visitCount: 0,
      offerCount: 0,
      createdBy: agentUid,
      createdAt: new Date(now.getTime() - 30 * DAY),
      updatedAt: now,
    };
    batch.set(ref, stored(property));
    for (const [clientType, phase, days] of demo.interests) {
      const contact = contacts.find((candidate) => candidate.clientType === clientType && !used.has(candidate.id));
      if (!contact) continue;
      used.add(contact.id);
      const since = new Date(now.getTime() - days * DAY);
      const interest: Interest = {
        contactId: contact.id,
        propertyId: ref.id,
        propertyReference: property.reference,
        dealType: property.dealType,
        phase,
        phaseSince: since,
        phaseSourceAt: since,
        phaseDurations: { 'request-received': 2 * DAY },
        agentUid: contact.assignedAgentUid,
        managerUid: contact.managerUid,
        sharedWithUids: contact.sharedWithUids,
        contactName: contactFullName(contact),
        source: 'manual',
        createdAt: new Date(since.getTime() - 2 * DAY),
        updatedAt: since,
      };
      batch.set(db.doc(paths.interest(tenantId, interestId(contact.id, ref.id))), stored(interest));
    }
  }
  batch.set(db.doc(paths.propertyCounter(tenantId)), numbers);
  await batch.commit();
}
