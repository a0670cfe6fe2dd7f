// The demo agency: its team and accounts, and what demo-agency.ts says it holds, written with the admin
// SDK into the emulators. Every document is checked against its model before it is written.
import {
  chatMessageModel,
  clientPlaceModel,
  chatThreadModel,
  appointmentModel,
  clientProfileModel,
  contactModel,
  agentInvoicingModel,
  commissionAgentModel,
  DEFAULT_COMMISSION_PLANS,
  invoiceCounterModel,
  invoiceModel,
  invoicePaymentModel,
  invoicingSettingsModel,
  commissionTurnoverModel,
  dealModel,
  DEFAULT_BRANDING,
  estimationModel,
  historyEntryModel,
  instalmentPlanModel,
  interestModel,
  mailTemplateModel,
  memberModel,
  noteModel,
  offerModel,
  sellerOfferModel,
  sellerOfferOf,
  paths,
  propertyCounterModel,
  projectModel,
  buildingModel,
  unitModel,
  unitHistoryEntryModel,
  propertyModel,
  promotionModel,
  roomModel,
  taskModel,
  tenantModel,
  toClientProfile,
  type DecodableModel,
  type ModelType,
} from '@estate/domain';
import type { DocumentReference, Firestore, WriteBatch } from 'firebase-admin/firestore';
import { converterOf } from '../../functions/src/lib/converters';
import { adminAuth, adminDb } from '../../tests/support/admin';
import { adminHost, clientHost } from '../../tests/support/emulator-env';
import { DEMO_AGENCY_LEGAL, seedDemoMandates } from './demo-mandates';
import { seedImportedContacts } from './demo-contact-import';
import { DEMO_ORIGINS, DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { seedDemoSignatures } from './demo-signatures';
import { seedDemoDocuments } from './demo-documents';
import { seedDemoPropertyMedia } from './demo-property-media';
import { seedDemoUnitLayouts } from './demo-unit-layouts';
import { seedDemoMatching } from './demo-matching';
import { demoEstimations } from './demo-estimations';
import { seedDemoListings } from './demo-listings';
import { demoChat } from './demo-chat';
import { demoPlaces } from './demo-places';
import { demoDeals } from './demo-deals';
import { demoInvoices } from './demo-invoices';
import { demoOffers } from './demo-offers';
import { demoAppointments } from './demo-appointments';
import { demoSelling, seedDemoSelling } from './demo-selling';
import { demoProjects } from './demo-projects';
import { seedDemoReservations } from './demo-reservations';
import { seedDemoCatalogue } from './demo-catalogue';
import { seedDemoAgreements } from './demo-agreements';
import { seedDemoBookings } from './demo-bookings';
import { seedDemoFinancing } from './demo-financing';
import { seedDemoApprovals } from './demo-approvals';
import { seedDemoMarketing } from './demo-marketing';
import { seedDemoDiscounts } from './demo-discounts';
import { demoInstalmentPlans, demoPromotions } from './demo-promotions';

const DEMO_TENANT_ID = 'demo';
const DEMO_PASSWORD = 'Demo-pass-2026';
/** Where the Hosting emulator serves the apps (firebase.json's ports, or the instance's). */
const DEMO_HOSTS = { admin: adminHost, client: clientHost };
/** Firestore takes at most 500 writes per batch. */
const BATCH_WRITES = 400;

async function ensureUser(email: string, displayName: string): Promise<string> {
  const auth = adminAuth();
  try {
    const existing = await auth.getUserByEmail(email);
    return existing.uid;
  } catch {
    const created = await auth.createUser({ email, password: DEMO_PASSWORD, displayName, emailVerified: true });
    return created.uid;
  }
}

/** Writes in batches, each document parsed by its model first: the demo never holds what the app could not read. */
class DemoWriter {
  private batch: WriteBatch;
  private pending = 0;

  constructor(private readonly db: Firestore) {
    this.batch = db.batch();
  }

  async set<M extends DecodableModel>(model: M, path: string, value: ModelType<M>): Promise<void> {
    const valid = model.schema.parse(value) as ModelType<M>;
    const ref = this.db.doc(path).withConverter(converterOf(model)) as DocumentReference<ModelType<M>>;
    this.batch.set(ref, valid);
    this.pending += 1;
    if (this.pending >= BATCH_WRITES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.batch.commit();
    this.batch = this.db.batch();
    this.pending = 0;
  }
}

export async function seedDemo(): Promise<'seeded' | 'present'> {
  const db = adminDb();
  const tenantRef = db.doc(paths.tenant(DEMO_TENANT_ID));
  if ((await tenantRef.get()).exists) {
    // Data imported from an earlier run, maybe written before the mirror function ran: touch the
    // tenant so tenancy-onTenantWritten writes its domains again (it is idempotent).
    if (!(await db.doc(paths.domain(DEMO_HOSTS.admin)).get()).exists) {
      await tenantRef.update({ updatedAt: new Date() });
    }
    return 'present';
  }

  const now = new Date();
  const staff = {} as Record<DemoStaffMember['key'], string>;
  for (const member of DEMO_TEAM) staff[member.key] = await ensureUser(member.email, member.displayName);
  const agency = demoAgency({ tenantId: DEMO_TENANT_ID, staff, newId: () => db.collection('ids').doc().id }, now);
  const t = DEMO_TENANT_ID;
  const writer = new DemoWriter(db);

  await writer.set(tenantModel, paths.tenant(t), {
    id: t,
    slug: 'demo',
    name: 'Agence Démo',
    company: {
      legalName: 'Agence Démo SARL',
      address: '12 quai du Port, 13002 Marseille',
      phone: '+33 4 91 00 00 00',
      email: 'contact@demo.test',
      registrationNumber: '812 345 650 00012',
      vatNumber: 'FR38812345650',
    },
    legal: DEMO_AGENCY_LEGAL,
    branding: { ...DEFAULT_BRANDING, primaryColor: '#0b7285', accentColor: '#f08c00' },
    locale: 'fr',
    currency: 'EUR',
    country: 'FR',
    // The demo shows the agency and, beside it, a developer's promotions.
    capabilities: ['agency', 'developer'],
    hosts: DEMO_HOSTS,
    ownerUid: staff.owner,
    map: null,
    createdAt: now,
    updatedAt: now,
  });
  for (const member of DEMO_TEAM) {
    await writer.set(memberModel, paths.member(t, staff[member.key]), {
      uid: staff[member.key],
      email: member.email,
      displayName: member.displayName,
      role: member.role,
      status: 'active',
      locale: 'fr',
      requestedAt: now,
      decidedAt: now,
      decidedBy: staff.owner,
      sessionsRevokedAt: null,
      managerUid: member.managerKey ? staff[member.managerKey] : null,
      updatedAt: now,
    });
  }
  await db.doc(paths.contactsSettings(t)).set({ visibility: 'shared', origins: DEMO_ORIGINS, updatedAt: now });

  const nameOf = (uid: string) => DEMO_TEAM.find((member) => staff[member.key] === uid)?.displayName ?? '';
  const managerOfUid = (uid: string) => {
    const member = DEMO_TEAM.find((one) => staff[one.key] === uid);
    return member?.managerKey ? staff[member.managerKey] : null;
  };
  const offers = demoOffers(agency, now, nameOf, managerOfUid);
  for (const contact of agency.contacts) await writer.set(contactModel, paths.contact(t, contact.id), contact);
  for (const listed of agency.properties) {
    // A property an offer changed (under offer, counted) is written as the offers left it.
    const property = offers.properties.find((one) => one.id === listed.id) ?? listed;
    await writer.set(propertyModel, paths.property(t, property.id), property);
  }
  for (const offer of offers.offers) {
    await writer.set(offerModel, paths.offer(t, offer.id), offer);
    await writer.set(sellerOfferModel, paths.sellerOffer(t, offer.id), sellerOfferOf(offer));
  }
  // Sold and let properties, with the agents on the three plans a network starts with.
  const plans = ['acteur', 'expert', 'approche'] as const;
  const sales = demoDeals(
    agency,
    offers.offers,
    DEMO_TEAM.map((member, index) => ({
      uid: staff[member.key],
      name: member.displayName,
      managerUid: member.managerKey ? staff[member.managerKey] : null,
      planId: plans[index % plans.length] ?? 'acteur',
    })),
    staff.owner,
    now,
  );
  for (const agent of sales.agents) await writer.set(commissionAgentModel, paths.commissionAgent(t, agent.uid), agent);
  for (const { id, ...turnover } of sales.turnovers) {
    await writer.set(commissionTurnoverModel, paths.commissionTurnover(t, id), turnover);
  }
  // The collected deals' invoices, numbered and paid; their PDFs are rendered by the functions.
  const payees = DEMO_TEAM.map((member, index) => ({
    uid: staff[member.key],
    name: member.displayName,
    payout: DEFAULT_COMMISSION_PLANS[plans[index % plans.length] ?? 'acteur'].payout,
  }));
  const invoicing = demoInvoices(sales.deals, agency.contacts, payees, staff.owner, now);
  for (const deal of sales.deals) {
    const commissionInvoiceId = invoicing.commissionInvoiceOf.get(deal.id) ?? null;
    await writer.set(dealModel, paths.deal(t, deal.id), { ...deal, commissionInvoiceId });
  }
  for (const { uid, ...identity } of invoicing.identities) {
    await writer.set(agentInvoicingModel, paths.agentInvoicing(t, uid), { uid, ...identity });
  }
  await writer.set(invoicingSettingsModel, paths.invoicingSettings(t), invoicing.settings);
  for (const { seriesId, last } of invoicing.counters) {
    await writer.set(invoiceCounterModel, paths.invoiceCounter(t, seriesId), { last });
  }
  for (const invoice of invoicing.invoices) await writer.set(invoiceModel, paths.invoice(t, invoice.id), invoice);
  for (const payment of invoicing.payments) {
    await writer.set(invoicePaymentModel, paths.invoicePayment(t, payment.id), payment);
  }
  await writer.set(propertyCounterModel, paths.propertyCounter(t), agency.propertyCounter);
  for (const { id, ...interest } of agency.interests) await writer.set(interestModel, paths.interest(t, id), interest);
  for (const room of agency.rooms) await writer.set(roomModel, paths.room(t, room.id), room);
  for (const plan of demoInstalmentPlans(now))
    await writer.set(instalmentPlanModel, paths.instalmentPlan(t, plan.id), plan);
  for (const promotion of demoPromotions(now))
    await writer.set(promotionModel, paths.promotion(t, promotion.id), promotion);
  for (const task of agency.tasks) await writer.set(taskModel, paths.task(t, task.id), task);
  for (const entry of [...agency.history, ...offers.history]) {
    await writer.set(historyEntryModel, paths.historyEntry(t, entry.id), entry);
  }
  for (const { contactId, note } of agency.notes) await writer.set(noteModel, paths.note(t, contactId, note.id), note);
  for (const template of agency.mailTemplates) {
    await writer.set(mailTemplateModel, paths.mailTemplate(t, template.id), template);
  }
  for (const estimation of demoEstimations(agency.properties, now, nameOf)) {
    await writer.set(estimationModel, paths.estimation(t, estimation.propertyId, estimation.id), estimation);
  }
  const week = demoAppointments(
    {
      contacts: agency.contacts,
      properties: agency.properties,
      agents: DEMO_TEAM.filter((member) => member.role === 'agent').map((member) => ({
        uid: staff[member.key],
        managerUid: member.managerKey ? staff[member.managerKey] : null,
      })),
      newId: () => db.collection('ids').doc().id,
    },
    now,
  );
  for (const appointment of [...week.appointments, ...offers.appointments]) {
    await writer.set(appointmentModel, paths.appointment(t, appointment.id), appointment);
  }
  // The visits done are history entries like any marked done: pipeline-onHistoryCreated counts them.
  for (const visit of week.visits) await writer.set(historyEntryModel, paths.historyEntry(t, visit.id), visit);
  await seedImportedContacts(writer, t, { uid: staff.agent, email: 'agent@demo.test', managerUid: staff.manager }, now);
  // The new-build programme and its chessboard (Programmes neufs).
  const manager = DEMO_TEAM.find((member) => member.key === 'manager');
  const inventory = demoProjects(
    {
      newId: () => db.collection('ids').doc().id,
      author: { uid: staff.manager, displayName: manager?.displayName ?? '' },
    },
    now,
  );
  await writer.set(projectModel, paths.project(t, inventory.project.id), inventory.project);
  for (const building of inventory.buildings) await writer.set(buildingModel, paths.building(t, building.id), building);
  for (const unit of inventory.units) await writer.set(unitModel, paths.unit(t, unit.id), unit);
  for (const { unitId, entry } of inventory.history) {
    await writer.set(unitHistoryEntryModel, paths.unitHistoryEntry(t, unitId, entry.id), entry);
  }
  await writer.flush();
  // Floor plans for the flats of two floors, on their cards and in the public catalogue.
  await seedDemoUnitLayouts(db, t, inventory.units, staff.manager, () => db.collection('ids').doc().id);
  // A few reservations on the programme: one with a waiting queue, a mortgage one, one due soon.
  const reservations = await seedDemoReservations(db, t, {
    unitIds: inventory.units
      .filter((unit) => unit.status === 'free')
      .slice(0, 10)
      .map((unit) => unit.id),
    contacts: agency.contacts.filter((contact) => contact.emails.length > 0).slice(0, 4),
    staff: { uid: staff.manager, name: nameOf(staff.manager) },
    now,
  });
  // Signatories, templates and two paid bookings past the reservations' units; the first one's ДДУ generated.
  await seedDemoAgreements(db, t, {
    unitIds: inventory.units
      .filter((unit) => unit.status === 'free')
      .slice(10, 12)
      .map((unit) => unit.id),
    contacts: agency.contacts.filter((contact) => contact.emails.length > 0).slice(4, 6),
    manager: { uid: staff.manager },
    now,
  });
  // Two booking offers, one paid (unit booked, price fixed, escrow) and one awaiting payment, on free
  // shops: no running demo promotion discounts them, so the offers quote their list price.
  await seedDemoBookings(db, adminAuth(), t, {
    unitIds: inventory.units
      .filter((unit) => unit.status === 'free' && unit.kind === 'commercial')
      .slice(-2)
      .map((unit) => unit.id),
    contactIds: agency.contacts
      .filter((contact) => contact.emails.length > 0)
      .slice(4, 6)
      .map((contact) => contact.id),
    staff: { uid: staff.manager, email: 'manager@demo.test' },
    now,
  });
  // Two requests waiting for the head of sales: a reservation extended past the limit, a price under the floor.
  await seedDemoApprovals(db, adminAuth(), t, {
    reservation: reservations.reservations.find(
      (reservation) => reservation.kind === 'mortgage' && reservation.status === 'active',
    ),
    // The last free two-room flat: the seeds above took the first free units.
    unit: inventory.units
      .filter((unit) => unit.status === 'free' && unit.kind === 'apartment' && unit.rooms === 2)
      .at(-1),
    floorPricePerSquareMetre: inventory.project.floorPricePerSquareMetre,
    manager: { uid: staff.manager, email: 'manager@demo.test' },
    now,
  });
  // Advertising channels with their costs, and the months before this one in the reports.
  await seedDemoMarketing(db, t, {
    origins: DEMO_ORIGINS,
    project: inventory.project,
    buildings: inventory.buildings,
    ownerUid: staff.owner,
    now,
  });
  // A dozen mortgage and credit applications with French banks at every step, the first on the
  // mortgage reservation's unit by its holder, the others on free apartments or on no unit.
  const mortgageReservation = reservations.reservations.find(
    (reservation) => reservation.kind === 'mortgage' && reservation.status === 'active',
  );
  await seedDemoFinancing(db, adminAuth(), t, {
    contactIds: agency.contacts
      .filter((contact) => contact.emails.length > 0)
      .slice(6, 12)
      .map((contact) => contact.id),
    unitIds: [
      ...(mortgageReservation ? [mortgageReservation.unitId] : []),
      ...inventory.units
        .filter((unit) => unit.status === 'free' && unit.kind === 'apartment')
        .slice(20, 24)
        .map((unit) => unit.id),
    ],
    manager: { uid: staff.manager, email: 'manager@demo.test' },
    now,
  });
  await seedDemoMandates(db, { tenantId: t, properties: agency.properties, contacts: agency.contacts, now });
  await seedDemoMatching(db, t, agency, now);

  for (const member of DEMO_TEAM) {
    await adminAuth().setCustomUserClaims(staff[member.key], { tenantId: t, role: member.role });
  }
  // The demo client already has their space, as if they had accepted the invitation.
  const client = agency.contacts.find((contact) => contact.id === agency.clientContactId);
  if (client) {
    const clientUid = await ensureUser(client.email, `${client.firstName} ${client.lastName}`);
    await adminAuth().setCustomUserClaims(clientUid, { tenantId: t, role: 'client', contactId: client.id });
    const invited = {
      ...client,
      portal: { status: 'active' as const, uid: clientUid, invitedAt: now, invitedBy: client.assignedAgentUid },
      updatedAt: now,
    };
    await writer.set(contactModel, paths.contact(t, client.id), invited);
    // contacts-onContactWritten writes it too; here so the client app has it from the first second.
    await writer.set(clientProfileModel, paths.clientProfile(t, client.id), toClientProfile(invited));
    const asked = agency.properties.find((property) => property.status === 'online') ?? agency.properties[0];
    for (const { thread, messages } of asked ? demoChat(invited, asked, now) : []) {
      await writer.set(chatThreadModel, paths.thread(t, thread.id), thread);
      for (const message of messages) {
        await writer.set(chatMessageModel, paths.threadMessage(t, thread.id, message.id), message);
      }
    }
    for (const place of demoPlaces({ contactId: client.id, uid: clientUid, agentUid: client.assignedAgentUid }, now)) {
      await writer.set(clientPlaceModel, paths.clientPlace(t, place.id), place);
    }
    await writer.flush();
    const listing = agency.properties.find((property) => property.dealType === 'sale' && property.status === 'online');
    if (listing) {
      await seedDemoDocuments(db, t, { contactId: client.id, agentUid: client.assignedAgentUid }, listing, now);
    }
    // The developer's public catalogue, and the demo client's online reservation from it (a free unit
    // past the ten the reservations seed draws from).
    await seedDemoCatalogue(db, t, {
      unitId: inventory.units.filter((unit) => unit.status === 'free')[10]?.id ?? null,
      client: invited,
      clientUid,
      currency: 'EUR',
      now,
    });
  }
  await seedDemoSignatures(
    db,
    t,
    {
      agencyName: 'Agence Démo',
      agentUid: staff.agent,
      seller: agency.contacts.find((contact) => contact.assignedAgentUid === staff.agent && contact.email),
    },
    now,
  );
  await seedDemoPropertyMedia(db, t, agency.properties);
  if (client) {
    await seedDemoListings(db, t, agency.properties, { contactId: client.id, agentUid: client.assignedAgentUid }, now);
  }
  // The demo seller (seller@demo.test) has their space too, and their property's activity to read.
  const selling = demoSelling(
    agency,
    week.appointments.flatMap((appointment) => appointment.contactIds),
    now,
  );
  if (selling) {
    const sellerUid = await ensureUser(selling.seller.email, `${selling.seller.firstName} ${selling.seller.lastName}`);
    await adminAuth().setCustomUserClaims(sellerUid, { tenantId: t, role: 'client', contactId: selling.seller.id });
    await seedDemoSelling(db, t, selling, sellerUid, now);
  }
  // The 3 % threshold, a 6 % discount the owner approved (its offer issued) and a 5 % one waiting. Last,
  // after every upload: placed before the mandates, their upload to the Storage emulator failed (EPIPE)
  // in two seeds of three on a loaded machine, seemingly on an idle connection closed meanwhile.
  await seedDemoDiscounts(db, adminAuth(), t, {
    unitIds: inventory.units
      .filter((unit) => unit.status === 'free' && unit.kind === 'apartment' && unit.rooms === 3)
      .slice(-2)
      .map((unit) => unit.id),
    // Clients past those the seeds above took, that the manager sees (theirs or their agents').
    contactIds: agency.contacts
      .filter((contact) => contact.emails.length > 0)
      .slice(6)
      .filter((contact) => [staff.manager, staff.agent, staff.agent2].includes(contact.assignedAgentUid))
      .slice(0, 2)
      .map((contact) => contact.id),
    owner: { uid: staff.owner, email: 'owner@demo.test' },
    manager: { uid: staff.manager, email: 'manager@demo.test' },
    now,
  });
  return 'seeded';
}

/** Waits until the tenant trigger has mirrored the demo tenant onto its hosts. */
export async function waitForDemoDomains(timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const snapshot = await adminDb().doc(paths.domain(DEMO_HOSTS.admin)).get();
    if (snapshot.exists) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
