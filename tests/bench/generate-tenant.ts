// Generates a large, realistic agency for benchmarks: staff, thousands of contacts and of properties,
// deterministic for a given seed so two runs measure the same data.
import {
  CLIENT_TYPES,
  contactMatchKeys,
  contactSearchTokens,
  LOCALES,
  paths,
  type ClientType,
  type ContactKind,
  type Locale,
} from '@estate/domain';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';

const FIRST_NAMES = [
  'Julien',
  'Camille',
  'Léa',
  'Hugo',
  'Chloé',
  'Lucas',
  'Manon',
  'Louis',
  'Inès',
  'Gabriel',
  'Анна',
  'Иван',
  'Ольга',
  'Дмитрий',
  'Emma',
  'Oliver',
  'Zoé',
  'Noé',
  'Élodie',
  'François',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'García',
  'Смирнов',
  'Иванова',
  'Кузнецов',
  'Wilson',
  'Brown',
];
const CITIES = [
  'Marseille',
  'Lyon',
  'Paris',
  'Nice',
  'Bordeaux',
  'Toulouse',
  'Nantes',
  'Montpellier',
  'Краснодар',
  'Сочи',
];
const PROPERTY_TYPES = ['apartment', 'house', 'land', 'commercial', 'parking'] as const;

/** A small deterministic pseudo-random generator (mulberry32), so data sets are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

export interface GeneratedTenant {
  tenantId: string;
  agentUids: string[];
  contacts: number;
  properties: number;
  seconds: number;
}

/**
 * Writes the tenant with bulk writers. Properties carry the fields the listing screens sort and
 * filter on (reference, type, city, price, status); their full schema comes with the properties capability.
 */
export async function generateTenant(
  db: Firestore,
  options: { tenantId: string; agentUids: string[]; contacts: number; properties: number; seed?: number },
): Promise<GeneratedTenant> {
  const next = random(options.seed ?? 42);
  const started = Date.now();
  const now = Timestamp.now();
  const writer = db.bulkWriter();
  writer.onWriteError((error) => error.failedAttempts < 5);
  for (let index = 0; index < options.contacts; index += 1) {
    const ref = db.collection(paths.contacts(options.tenantId)).doc();
    const firstName = pick(next, FIRST_NAMES);
    const lastName = pick(next, LAST_NAMES);
    const agent = pick(next, options.agentUids);
    const email = `contact${index}@bench.example`;
    const locale = pick<Locale>(next, LOCALES);
    const clientType = pick<ClientType>(next, CLIENT_TYPES);
    // Seven clients in ten, two client prospects, one agent prospect; no extra draw, same data as before.
    const kind: ContactKind = index % 10 === 9 ? 'agent-prospect' : index % 10 >= 7 ? 'client-prospect' : 'client';
    // E.164, as contacts-saveContact stores phones: +336 followed by eight digits.
    const phone = `+336${String(10_000_000 + index).slice(-8)}`;
    const emails = [{ address: email, label: 'personal' as const }];
    const phones = [{ number: phone, label: 'mobile' as const }];
    void writer.set(ref, {
      id: ref.id,
      kind,
      identityType: 'person',
      civility: '',
      firstName,
      lastName,
      companyName: '',
      legalForm: '',
      registrationNumber: '',
      emails,
      phones,
      email,
      phone,
      address: { street: '', postalCode: '', city: '', country: '' },
      locale,
      tags: [],
      originId: null,
      consent: { marketing: false, at: null, source: '' },
      clientType: kind === 'agent-prospect' ? null : clientType,
      assignedAgentUid: agent,
      managerUid: null,
      sharedWithUids: [],
      matchKeys: contactMatchKeys({ emails, phones }),
      conversion: null,
      deletionRequest: null,
      createdBy: agent,
      createdAt: now,
      updatedAt: now,
      portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
      // What contacts-onContactWritten would write, computed here so no trigger has to run.
      searchTokens: contactSearchTokens({ firstName, lastName, emails, phones }),
    });
  }
  for (let index = 0; index < options.properties; index += 1) {
    const ref = db.collection(`${paths.tenant(options.tenantId)}/properties`).doc();
    void writer.set(ref, {
      id: ref.id,
      reference: `B-${String(index + 1).padStart(6, '0')}`,
      type: pick(next, PROPERTY_TYPES),
      city: pick(next, CITIES),
      price: Math.round(50_000 + next() * 1_500_000),
      rooms: 1 + Math.floor(next() * 7),
      status: next() < 0.8 ? 'online' : 'offline',
      assignedAgentUid: pick(next, options.agentUids),
      createdAt: now,
      updatedAt: now,
    });
  }
  await writer.close();
  return {
    tenantId: options.tenantId,
    agentUids: options.agentUids,
    contacts: options.contacts,
    properties: options.properties,
    seconds: (Date.now() - started) / 1000,
  };
}
