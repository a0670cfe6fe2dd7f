// What the demo agency holds, as domain values: a team of six, a few dozen clients and prospects,
// two dozen listings, interests across every phase, this week's calendar, history and notes. Pure and
// deterministic for a given day, so `npm start` shows the same agency to everybody.
import {
  contactFullName,
  contactMatchKeys,
  formatPropertyReference,
  interestId,
  newOriginId,
  phasesOf,
  type ClientType,
  type Contact,
  type ContactKind,
  type DealType,
  type HistoryEntry,
  type Interest,
  type Locale,
  type Note,
  type Origin,
  type Phase,
  type Property,
  type PropertyType,
  type Room,
  type Task,
  type TenantMailTemplate,
  propertySchema,
} from '@estate/domain';
import { withDemoDetails } from './demo-properties';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The team: who signs in with which address (the password is the demo one), and whom they report to. */
export interface DemoStaffMember {
  key: 'owner' | 'admin' | 'manager' | 'agent' | 'agent2' | 'agent3';
  email: string;
  displayName: string;
  role: 'owner' | 'admin' | 'manager' | 'agent';
  managerKey: DemoStaffMember['key'] | null;
}

export const DEMO_TEAM: DemoStaffMember[] = [
  { key: 'owner', email: 'owner@demo.test', displayName: 'Claire Dumont', role: 'owner', managerKey: null },
  { key: 'admin', email: 'admin@demo.test', displayName: 'Marc Lefèvre', role: 'admin', managerKey: null },
  { key: 'manager', email: 'manager@demo.test', displayName: 'Nadia Haddad', role: 'manager', managerKey: null },
  { key: 'agent', email: 'agent@demo.test', displayName: 'Sophie Bernard', role: 'agent', managerKey: 'manager' },
  { key: 'agent2', email: 'agent2@demo.test', displayName: 'Antoine Roux', role: 'agent', managerKey: 'manager' },
  { key: 'agent3', email: 'agent3@demo.test', displayName: 'Olga Petrova', role: 'agent', managerKey: null },
];

const ORIGIN_LABELS = ['Site web', 'Bouche-à-oreille', 'Panneau', 'Portail immobilier', 'Recommandation'];
/** Index of the portal origin: its contacts' interests came from portal leads. */
const PORTAL_ORIGIN = 3;

/** Lead origins a French agency typically tracks (a new agency starts with none and adds its own). */
export const DEMO_ORIGINS: Origin[] = ORIGIN_LABELS.reduce<Origin[]>(
  (origins, label) => [
    ...origins,
    {
      id: newOriginId(
        label,
        origins.map((origin) => origin.id),
      ),
      label,
      active: true,
    },
  ],
  [],
);

type AgentKey = 'agent' | 'agent2' | 'agent3';

interface DemoPerson {
  firstName: string;
  lastName: string;
  civility: Contact['civility'];
  locale: Locale;
  kind: ContactKind;
  clientType: ClientType | null;
  agent: AgentKey;
  /** Index in DEMO_ORIGINS, or null. */
  origin: number | null;
  tags: string[];
  city: string;
  postalCode: string;
  marketing: boolean;
  /** The demo client's own address: the one who signs in to the client app. */
  email?: string;
}

function person(
  firstName: string,
  lastName: string,
  civility: Contact['civility'],
  kind: ContactKind,
  clientType: ClientType | null,
  agent: AgentKey,
  place: [string, string],
  extra: Partial<Pick<DemoPerson, 'locale' | 'origin' | 'tags' | 'marketing' | 'email'>> = {},
): DemoPerson {
  return {
    firstName,
    lastName,
    civility,
    kind,
    clientType,
    agent,
    city: place[0],
    postalCode: place[1],
    locale: extra.locale ?? 'fr',
    origin: extra.origin ?? null,
    tags: extra.tags ?? [],
    marketing: extra.marketing ?? false,
    ...(extra.email ? { email: extra.email } : {}),
  };
}

const MARSEILLE_2: [string, string] = ['Marseille', '13002'];
const MARSEILLE_6: [string, string] = ['Marseille', '13006'];
const MARSEILLE_7: [string, string] = ['Marseille', '13007'];
const MARSEILLE_8: [string, string] = ['Marseille', '13008'];
const AIX: [string, string] = ['Aix-en-Provence', '13100'];
const CASSIS: [string, string] = ['Cassis', '13260'];
const CIOTAT: [string, string] = ['La Ciotat', '13600'];
const AUBAGNE: [string, string] = ['Aubagne', '13400'];

/** The clients and prospects; the first is the demo client of the client app. */
const DEMO_PEOPLE: DemoPerson[] = [
  person('Julien', 'Moreau', 'mr', 'client', 'buyer', 'agent', MARSEILLE_7, {
    email: 'client@demo.test',
    origin: 0,
    tags: ['primo-accédant'],
    marketing: true,
  }),
  person('Camille', 'Petit', 'mrs', 'client', 'seller', 'agent', MARSEILLE_2, {
    email: 'seller@demo.test',
    origin: 2,
    marketing: true,
  }),
  person('Анна', 'Смирнова', 'mrs', 'client', 'buyer', 'agent3', MARSEILLE_8, {
    locale: 'ru',
    origin: 3,
    tags: ['investisseur'],
  }),
  person('Thomas', 'Garnier', 'mr', 'client', 'landlord', 'agent2', AIX, { origin: 1 }),
  person('Emma', 'Wilson', 'mrs', 'client', 'tenant', 'agent3', MARSEILLE_6, { locale: 'en', origin: 0 }),
  person('Nicolas', 'Fabre', 'mr', 'client', 'buyer', 'agent', AIX, { origin: 4, marketing: true }),
  person('Sarah', 'Benali', 'mrs', 'client', 'buyer', 'agent2', AUBAGNE, { origin: 3, tags: ['primo-accédant'] }),
  person('Pierre', 'Caron', 'mr', 'client', 'seller', 'agent2', CASSIS, { origin: 2, tags: ['résidence secondaire'] }),
  person('Isabelle', 'Roche', 'mrs', 'client', 'seller', 'agent', MARSEILLE_8, { origin: 1, marketing: true }),
  person('Дмитрий', 'Волков', 'mr', 'client', 'buyer', 'agent3', CASSIS, { locale: 'ru', tags: ['investisseur'] }),
  person('Laura', 'Marchand', 'mrs', 'client', 'tenant', 'agent2', MARSEILLE_2, { origin: 3 }),
  person('Karim', 'Mansour', 'mr', 'client', 'buyer', 'agent', MARSEILLE_6, { origin: 0, marketing: true }),
  person('Hélène', 'Blanc', 'mrs', 'client', 'landlord', 'agent', CIOTAT, { origin: 4 }),
  person('Oliver', 'Brown', 'mr', 'client', 'buyer', 'agent3', CIOTAT, { locale: 'en', origin: 3 }),
  person('Manon', 'Girard', 'mrs', 'client', 'tenant', 'agent', AIX, { origin: 0, tags: ['étudiant'] }),
  person('François', 'Mercier', 'mr', 'client', 'seller', 'agent3', AUBAGNE, { origin: 1 }),
  person('Chloé', 'Faure', 'mrs', 'client', 'buyer', 'agent2', MARSEILLE_7, { origin: 4, marketing: true }),
  person('Ольга', 'Кузнецова', 'mrs', 'client', 'landlord', 'agent3', MARSEILLE_7, { locale: 'ru', origin: 1 }),
  person('Antoine', 'Lemoine', 'mr', 'client', 'buyer', 'agent2', MARSEILLE_8, { origin: 0 }),
  person('Élodie', 'Perrin', 'mrs', 'client', 'seller', 'agent', AIX, { origin: 2, tags: ['succession'] }),
  person('Louis', 'Chevalier', 'mr', 'client', 'tenant', 'agent3', MARSEILLE_6, { origin: 3 }),
  person('Inès', 'Aubert', 'mrs', 'client', 'buyer', 'agent', CASSIS, { origin: 4, marketing: true }),
  person('Gabriel', 'Lucas', 'mr', 'client', 'landlord', 'agent2', MARSEILLE_2, { origin: 0 }),
  person('Zoé', 'Nicolas', 'mrs', 'client', 'buyer', 'agent3', AUBAGNE, { origin: 3 }),
  person('Hugo', 'Lambert', 'mr', 'client-prospect', 'seller', 'agent', MARSEILLE_7, {
    origin: 2,
    tags: ['estimation'],
  }),
  person('Julie', 'Renaud', 'mrs', 'client-prospect', 'buyer', 'agent2', AIX, { origin: 0 }),
  person('Mehdi', 'Brahimi', 'mr', 'client-prospect', 'tenant', 'agent3', MARSEILLE_6, { origin: 3 }),
  person('Claire', 'Vidal', 'mrs', 'client-prospect', 'seller', 'agent', CIOTAT, { origin: 1, tags: ['estimation'] }),
  person('Иван', 'Соколов', 'mr', 'client-prospect', 'buyer', 'agent3', CASSIS, { locale: 'ru', origin: 3 }),
  person('Mathieu', 'Arnaud', 'mr', 'client-prospect', 'landlord', 'agent2', AUBAGNE, { origin: 4 }),
  person('Sophie', 'Gauthier', 'mrs', 'client-prospect', 'buyer', 'agent', MARSEILLE_8, { origin: 0 }),
  person('Paul', 'Henry', 'mr', 'client-prospect', 'seller', 'agent2', MARSEILLE_2, { origin: 2 }),
  person('Léa', 'Rousseau', 'mrs', 'agent-prospect', null, 'agent3', MARSEILLE_6, { origin: 4 }),
  person('Romain', 'Dupuis', 'mr', 'agent-prospect', null, 'agent', AIX, { origin: 1 }),
  person('Aurélie', 'Masson', 'mrs', 'agent-prospect', null, 'agent2', CIOTAT, { origin: 4 }),
];

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** Cyrillic names get a Latin mailbox, as their owners' real addresses would be. */
const LATIN: Record<string, string> = {
  Анна: 'anna',
  Смирнова: 'smirnova',
  Дмитрий: 'dmitri',
  Волков: 'volkov',
  Ольга: 'olga',
  Кузнецова: 'kuznetsova',
  Иван: 'ivan',
  Соколов: 'sokolov',
};

function emailOf(demo: DemoPerson): string {
  if (demo.email) return demo.email;
  const first = LATIN[demo.firstName] ?? slug(demo.firstName);
  const last = LATIN[demo.lastName] ?? slug(demo.lastName);
  const domain = demo.locale === 'ru' ? 'example.ru' : demo.locale === 'en' ? 'example.com' : 'example.fr';
  return `${first}.${last}@${domain}`;
}

function phoneOf(demo: DemoPerson, index: number): string {
  const digits = String(10_000_000 + index * 7_919_111).slice(-8);
  if (demo.locale === 'ru') return `+79${digits}1`;
  if (demo.locale === 'en') return `+4477${digits}`;
  return `+336${digits}`;
}

export interface DemoIds {
  tenantId: string;
  /** The uid of each team member, by key. */
  staff: Record<DemoStaffMember['key'], string>;
  /** Document ids, made by the caller (Firestore's own ids), as many as asked for. */
  newId: () => string;
}

function managerOf(ids: DemoIds, agent: AgentKey): string | null {
  const managerKey = DEMO_TEAM.find((member) => member.key === agent)?.managerKey ?? null;
  return managerKey ? ids.staff[managerKey] : null;
}

function demoContacts(ids: DemoIds, now: Date): Contact[] {
  return DEMO_PEOPLE.map((demo, index) => {
    const email = emailOf(demo);
    const emails = [{ address: email, label: 'personal' as const }];
    const phones = [{ number: phoneOf(demo, index), label: 'mobile' as const }];
    const agentUid = ids.staff[demo.agent];
    const createdAt = new Date(now.getTime() - (90 - index * 2) * DAY);
    return {
      id: ids.newId(),
      kind: demo.kind,
      clientType: demo.clientType,
      identityType: 'person',
      civility: demo.civility,
      firstName: demo.firstName,
      lastName: demo.lastName,
      companyName: '',
      legalForm: '',
      registrationNumber: '',
      emails,
      unverifiedEmails: [],
      phones,
      email,
      phone: phones[0]?.number ?? '',
      address: { street: '', postalCode: demo.postalCode, city: demo.city, country: 'FR' },
      locale: demo.locale,
      tags: demo.tags,
      originId: demo.origin === null ? null : (DEMO_ORIGINS[demo.origin]?.id ?? null),
      consent: demo.marketing
        ? { marketing: true, at: createdAt, source: 'form' }
        : { marketing: false, at: null, source: '' },
      assignedAgentUid: agentUid,
      managerUid: managerOf(ids, demo.agent),
      // The manager's two agents cover for each other on a few files.
      sharedWithUids: index % 7 === 3 && demo.agent === 'agent' ? [ids.staff.agent2] : [],
      matchKeys: contactMatchKeys({ emails, phones }),
      conversion: null,
      deletionRequest: null,
      createdBy: agentUid,
      createdAt,
      updatedAt: createdAt,
      portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
    };
  });
}

interface DemoListing {
  dealType: DealType;
  title: string;
  propertyType: PropertyType;
  place: [string, string];
  price: number;
  surface: number | null;
  rooms: number | null;
  agent: AgentKey;
  online: boolean;
}

function listing(
  dealType: DealType,
  title: string,
  propertyType: PropertyType,
  place: [string, string],
  price: number,
  surface: number | null,
  rooms: number | null,
  agent: AgentKey,
  online = true,
): DemoListing {
  return { dealType, title, propertyType, place, price, surface, rooms, agent, online };
}

const DEMO_LISTINGS: DemoListing[] = [
  listing('sale', 'Appartement T3 avec vue sur le Vieux-Port', 'apartment', MARSEILLE_2, 385_000, 68, 3, 'agent'),
  listing('sale', 'Maison provençale avec jardin', 'house', AIX, 640_000, 145, 6, 'agent2'),
  listing('rental', 'Studio meublé Castellane', 'apartment', MARSEILLE_6, 720, 24, 1, 'agent3'),
  listing('sale', 'Villa contemporaine face aux calanques', 'house', CASSIS, 1_250_000, 210, 7, 'agent2'),
  listing('sale', 'T2 lumineux proche du Prado', 'apartment', MARSEILLE_8, 249_000, 45, 2, 'agent'),
  listing('rental', 'T3 avec terrasse au Roucas-Blanc', 'apartment', MARSEILLE_7, 1_650, 78, 3, 'agent'),
  listing('sale', 'Bastide rénovée, piscine et oliviers', 'house', AUBAGNE, 895_000, 230, 8, 'agent3'),
  listing('sale', 'Local commercial rue de la République', 'commercial', MARSEILLE_2, 310_000, 95, null, 'agent2'),
  listing('rental', 'Maison de village avec cour', 'house', CIOTAT, 1_380, 92, 4, 'agent3'),
  listing('sale', 'Terrain constructible 800 m²', 'land', CIOTAT, 295_000, 800, null, 'agent'),
  listing('rental', 'T2 meublé quartier Mazarin', 'apartment', AIX, 980, 41, 2, 'agent2'),
  listing('sale', 'Appartement familial T5 Périer', 'apartment', MARSEILLE_8, 720_000, 132, 5, 'agent3'),
  listing('sale', 'Parking couvert Joliette', 'parking', MARSEILLE_2, 29_000, 13, null, 'agent'),
  listing('rental', 'Studio étudiant Gambetta', 'apartment', AIX, 610, 19, 1, 'agent'),
  listing('sale', 'Cabanon les pieds dans l’eau', 'house', MARSEILLE_7, 455_000, 52, 3, 'agent3'),
  listing('rental', 'Bureaux 120 m² Euroméditerranée', 'commercial', MARSEILLE_2, 2_900, 120, null, 'agent2'),
  listing('sale', 'Duplex avec rooftop Cours Julien', 'apartment', MARSEILLE_6, 419_000, 84, 4, 'agent'),
  listing('rental', 'Villa avec piscine, location à l’année', 'house', CASSIS, 3_400, 160, 6, 'agent3'),
  listing('sale', 'T4 résidence récente avec parking', 'apartment', AUBAGNE, 318_000, 86, 4, 'agent2'),
  listing('rental', 'T1 bis rénové Vieux-Port', 'apartment', MARSEILLE_2, 790, 32, 2, 'agent', false),
  listing('sale', 'Mas à restaurer, 2 ha', 'house', AIX, 560_000, 180, 6, 'agent2', false),
  listing('rental', 'T4 familial proche des écoles', 'apartment', MARSEILLE_8, 1_520, 91, 4, 'agent3'),
  listing('sale', 'Appartement T2 vue mer La Ciotat', 'apartment', CIOTAT, 275_000, 48, 2, 'agent'),
  listing('rental', 'Maison T5 avec jardin Aubagne', 'house', AUBAGNE, 1_750, 118, 5, 'agent2'),
];

function demoProperties(ids: DemoIds, contacts: Contact[], now: Date): Property[] {
  const sellers = contacts.filter((contact) => contact.kind === 'client' && contact.clientType === 'seller');
  const landlords = contacts.filter((contact) => contact.kind === 'client' && contact.clientType === 'landlord');
  const numbers: Record<DealType, number> = { sale: 0, rental: 0 };
  return DEMO_LISTINGS.map((demo, index) => {
    numbers[demo.dealType] += 1;
    const owners = demo.dealType === 'sale' ? sellers : landlords;
    const owner = owners[index % owners.length];
    const agentUid = ids.staff[demo.agent];
    const createdAt = new Date(now.getTime() - (60 - index * 2) * DAY);
    const base = propertySchema.parse({
      id: ids.newId(),
      reference: formatPropertyReference(demo.dealType, numbers[demo.dealType]),
      dealType: demo.dealType,
      title: demo.title,
      propertyType: demo.propertyType,
      address: { city: demo.place[0], postalCode: demo.place[1] },
      price: demo.price,
      surface: demo.surface,
      rooms: demo.rooms,
      status: demo.online ? 'online' : 'offline',
      sellerContactIds: owner ? [owner.id] : [],
      assignedAgentUid: agentUid,
      visitCount: 0,
      offerCount: 0,
      photos: [],
      createdBy: agentUid,
      createdAt,
      updatedAt: createdAt,
    });
    return withDemoDetails(base, index);
  });
}

/** Who looks for what: buyers and sale prospects on listings for sale, tenants on rentals. */
function wants(contact: Contact, dealType: DealType): boolean {
  if (contact.kind === 'agent-prospect') return false;
  return dealType === 'sale' ? contact.clientType === 'buyer' : contact.clientType === 'tenant';
}

/**
 * Interests across every phase of both deal types: each listing gets one to three interested
 * contacts, in phases spread along its list (a few cancelled), as if worked for some weeks.
 */
function demoInterests(contacts: Contact[], properties: Property[], now: Date): Interest[] {
  const interests: Interest[] = [];
  // One turn per deal type, so each walks its whole list of phases.
  const turns: Record<DealType, number> = { sale: 0, rental: 0 };
  for (const [index, property] of properties.entries()) {
    const candidates = contacts.filter((contact) => wants(contact, property.dealType));
    const phases = phasesOf(property.dealType);
    const count = 1 + (index % 3);
    for (let k = 0; k < count && k < candidates.length; k += 1) {
      const contact = candidates[(index * 2 + k) % candidates.length];
      if (
        !contact ||
        interests.some((interest) => interest.contactId === contact.id && interest.propertyId === property.id)
      )
        continue;
      const phase = phases[turns[property.dealType] % phases.length] as Phase;
      turns[property.dealType] += 1;
      const daysInPhase = 1 + ((index + k) % 9);
      const since = new Date(now.getTime() - daysInPhase * DAY);
      const step = phases.indexOf(phase);
      const phaseDurations = Object.fromEntries(
        phases
          .slice(0, Math.max(step, 0))
          .filter((earlier) => earlier !== 'cancelled')
          .map((earlier) => [earlier, 2 * DAY]),
      );
      interests.push({
        contactId: contact.id,
        propertyId: property.id,
        propertyReference: property.reference,
        dealType: property.dealType,
        phase,
        phaseSince: since,
        phaseSourceAt: since,
        phaseDurations,
        agentUid: contact.assignedAgentUid,
        managerUid: contact.managerUid,
        sharedWithUids: contact.sharedWithUids,
        contactName: contactFullName(contact),
        source: contact.originId === DEMO_ORIGINS[PORTAL_ORIGIN]?.id ? 'portal' : 'manual',
        createdAt: new Date(since.getTime() - Math.max(step, 1) * 2 * DAY),
        updatedAt: since,
      });
    }
  }
  return interests;
}

function demoRooms(ids: DemoIds, now: Date): Room[] {
  const createdAt = new Date(now.getTime() - 120 * DAY);
  return [
    { id: ids.newId(), name: 'Salle Calanques', capacity: 8, active: true, createdAt, updatedAt: createdAt },
    { id: ids.newId(), name: 'Bureau Frioul', capacity: 3, active: true, createdAt, updatedAt: createdAt },
  ];
}

/** Monday 00:00 of the week `now` falls in (local time of the machine that seeds). */
function startOfWeek(now: Date): Date {
  const monday = new Date(now);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

function at(day: Date, dayOffset: number, hour: number, minute = 0): Date {
  const moment = new Date(day);
  moment.setDate(moment.getDate() + dayOffset);
  moment.setHours(hour, minute, 0, 0);
  return moment;
}

/** This week's calendar for every agent (calls, meetings in the rooms, visits), the past days done. */
function demoTasks(ids: DemoIds, contacts: Contact[], properties: Property[], rooms: Room[], now: Date): Task[] {
  const week = startOfWeek(now);
  const clients = contacts.filter((contact) => contact.kind !== 'agent-prospect');
  const tasks: Task[] = [];
  const agents: AgentKey[] = ['agent', 'agent2', 'agent3'];
  for (const [agentIndex, agent] of agents.entries()) {
    const uid = ids.staff[agent];
    const own = clients.filter((contact) => contact.assignedAgentUid === uid);
    const listings = properties.filter((property) => property.assignedAgentUid === uid);
    for (let day = 0; day < 5; day += 1) {
      const contact = own[(day + agentIndex) % own.length];
      const property = listings[(day * 2 + agentIndex) % listings.length];
      if (!contact || !property) continue;
      const name = contactFullName(contact);
      const plans: Omit<Task, 'id' | 'status' | 'result' | 'doneAt' | 'createdAt' | 'updatedAt' | 'viewerUids'>[] = [
        {
          type: 'call',
          title: `Rappeler ${name}`,
          dueAt: at(week, day, 9 + agentIndex, 30),
          endAt: null,
          assigneeUid: uid,
          subject: { kind: 'contact', id: contact.id, label: name },
          project: '',
          text: 'Faire le point sur la recherche et les disponibilités pour une visite.',
          roomId: null,
          createdBy: uid,
        },
        {
          type: 'meeting',
          title: `Visite ${property.reference} avec ${name}`,
          dueAt: at(week, day, 14 + agentIndex),
          endAt: at(week, day, 15 + agentIndex),
          assigneeUid: uid,
          subject: { kind: 'property', id: property.id, label: `${property.reference} · ${property.title}` },
          project: '',
          text: 'Apporter le diagnostic de performance énergétique et le plan.',
          roomId: null,
          createdBy: uid,
        },
      ];
      if (day % 2 === agentIndex % 2) {
        const room = rooms[(day + agentIndex) % rooms.length];
        plans.push({
          type: 'meeting',
          title: `Rendez-vous à l'agence avec ${name}`,
          // One hour each, one agent after the other: the rooms are never booked twice at once.
          dueAt: at(week, day, 10 + agentIndex),
          endAt: at(week, day, 11 + agentIndex),
          assigneeUid: uid,
          subject: { kind: 'contact', id: contact.id, label: name },
          project: '',
          text: 'Présentation du mandat et des services de l’agence.',
          roomId: room?.id ?? null,
          createdBy: ids.staff.manager,
        });
      }
      for (const plan of plans) {
        const done = plan.dueAt.getTime() < now.getTime() - HOUR;
        const createdAt = new Date(week.getTime() - 2 * DAY);
        tasks.push({
          ...plan,
          id: ids.newId(),
          status: done ? 'done' : 'open',
          result: done ? 'Fait, compte rendu dans l’historique.' : null,
          doneAt: done ? (plan.endAt ?? plan.dueAt) : null,
          createdAt,
          updatedAt: done ? (plan.endAt ?? plan.dueAt) : createdAt,
          viewerUids: [...new Set([plan.assigneeUid, plan.createdBy])],
        });
      }
    }
  }
  // The weekly team meeting in the big room, booked by the manager.
  const room = rooms[0];
  tasks.push({
    type: 'meeting',
    title: 'Réunion d’équipe hebdomadaire',
    dueAt: at(week, 0, 8, 30),
    endAt: at(week, 0, 9, 15),
    assigneeUid: ids.staff.manager,
    subject: { kind: 'agency', id: null, label: '' },
    project: '',
    text: 'Point sur les mandats, les visites de la semaine et les offres en cours.',
    roomId: room?.id ?? null,
    createdBy: ids.staff.manager,
    id: ids.newId(),
    status: now.getTime() > at(week, 0, 9, 15).getTime() ? 'done' : 'open',
    result: null,
    doneAt: now.getTime() > at(week, 0, 9, 15).getTime() ? at(week, 0, 9, 15) : null,
    createdAt: new Date(week.getTime() - 7 * DAY),
    updatedAt: new Date(week.getTime() - 7 * DAY),
    viewerUids: [ids.staff.manager],
  });
  return tasks;
}

const CALL_NOTES = [
  'Appel de découverte : budget validé avec la banque, recherche sur le 7e et le 8e.',
  'A rappelé pour décaler la visite à jeudi.',
  'Souhaite une estimation avant de mettre en vente.',
  'Intéressé par les biens avec extérieur, pas de rez-de-chaussée.',
];
const MAIL_NOTES = [
  'Envoi de la sélection de biens de la semaine.',
  'Envoi du dossier de diagnostics et du règlement de copropriété.',
  'Relance pour les pièces du dossier locataire.',
];

/**
 * A history of calls, mails and meetings on every client, none about a property: entries about a
 * property move phases (pipeline-onHistoryCreated), and the interests already say where each stands.
 */
function demoHistory(ids: DemoIds, contacts: Contact[], now: Date): HistoryEntry[] {
  return contacts.flatMap((contact, index) => {
    const count = 1 + (index % 3);
    return Array.from({ length: count }, (_, k): HistoryEntry => {
      const type = (['call', 'email', 'meeting'] as const)[(index + k) % 3] ?? 'call';
      const occurredAt = new Date(now.getTime() - ((index % 10) + k * 6 + 1) * DAY - (index % 5) * HOUR);
      const text =
        type === 'email'
          ? (MAIL_NOTES[(index + k) % MAIL_NOTES.length] ?? '')
          : type === 'call'
            ? (CALL_NOTES[(index + k) % CALL_NOTES.length] ?? '')
            : 'Rendez-vous à l’agence : point sur le projet et le calendrier.';
      return {
        id: ids.newId(),
        type,
        occurredAt,
        contactIds: [contact.id],
        propertyId: null,
        dealId: null,
        text,
        phase: null,
        authorUid: contact.assignedAgentUid,
        createdAt: occurredAt,
      };
    });
  });
}

/** A few private notes of the demo agent, one with a reminder due tomorrow morning. */
function demoNotes(ids: DemoIds, contacts: Contact[], now: Date): { contactId: string; note: Note }[] {
  const agentUid = ids.staff.agent;
  const own = contacts.filter((contact) => contact.assignedAgentUid === agentUid).slice(0, 3);
  const tomorrow = at(now, 1, 9);
  const texts = [
    'Prêt accordé en principe, attendre l’offre de la banque avant de proposer.',
    'Préfère être appelé après 18 h.',
    'Vérifier la date de fin du bail actuel.',
  ];
  return own.map((contact, index) => {
    const remindAt = index === 0 ? tomorrow : null;
    const createdAt = new Date(now.getTime() - (index + 2) * DAY);
    return {
      contactId: contact.id,
      note: {
        id: ids.newId(),
        text: texts[index] ?? '',
        remindAt,
        reminderPendingAt: remindAt,
        reminderSentAt: null,
        authorUid: agentUid,
        createdAt,
        updatedAt: createdAt,
      },
    };
  });
}

function demoMailTemplates(ids: DemoIds, now: Date): TenantMailTemplate[] {
  const createdAt = new Date(now.getTime() - 45 * DAY);
  return [
    {
      id: ids.newId(),
      name: 'Nouveau bien correspondant',
      subject: 'Un nouveau bien pour vous : {{propertyTitle}}',
      body: 'Bonjour {{firstName}},\n\nNous venons de rentrer un bien qui correspond à votre recherche : {{propertyTitle}} à {{propertyCity}}, proposé à {{propertyPrice}} (réf. {{propertyReference}}).\n\nJe reste à votre disposition pour organiser une visite.\n\n{{agentName}}\n{{agencyName}}',
      locale: 'fr',
      createdBy: ids.staff.manager,
      createdAt,
      updatedAt: createdAt,
    },
    {
      id: ids.newId(),
      name: 'Baisse de prix',
      subject: 'Baisse de prix : {{propertyTitle}}',
      body: 'Bonjour {{firstName}},\n\nLe bien {{propertyTitle}} (réf. {{propertyReference}}) que vous aviez remarqué est désormais proposé à {{propertyPrice}}.\n\nBien cordialement,\n{{agentName}}',
      locale: 'fr',
      createdBy: ids.staff.manager,
      createdAt,
      updatedAt: createdAt,
    },
  ];
}

export interface DemoAgency {
  contacts: Contact[];
  /** The contact of the client who signs in to the client app. */
  clientContactId: string;
  properties: Property[];
  interests: (Interest & { id: string })[];
  rooms: Room[];
  tasks: Task[];
  history: HistoryEntry[];
  notes: { contactId: string; note: Note }[];
  mailTemplates: TenantMailTemplate[];
  propertyCounter: Record<DealType, number>;
}

export function demoAgency(ids: DemoIds, now: Date): DemoAgency {
  const contacts = demoContacts(ids, now);
  const properties = demoProperties(ids, contacts, now);
  const rooms = demoRooms(ids, now);
  const interests = demoInterests(contacts, properties, now).map((interest) => ({
    ...interest,
    id: interestId(interest.contactId, interest.propertyId),
  }));
  const clientContactId = contacts[0]?.id ?? '';
  return {
    contacts,
    clientContactId,
    properties,
    interests,
    rooms,
    tasks: demoTasks(ids, contacts, properties, rooms, now),
    history: demoHistory(ids, contacts, now),
    notes: demoNotes(ids, contacts, now),
    mailTemplates: demoMailTemplates(ids, now),
    propertyCounter: {
      sale: properties.filter((property) => property.dealType === 'sale').length,
      rental: properties.filter((property) => property.dealType === 'rental').length,
    },
  };
}
