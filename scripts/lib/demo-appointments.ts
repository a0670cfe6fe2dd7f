// Appointments in the demo agency: this week's visits (some done, with their visitors), a partner's
// property visited, a preliminary contract and a deed, for each agent with buyers, so the calendar, a
// property's Visites tab and the demo client's calendar show a working week.
import {
  contactViewerUids,
  uniqueUids,
  visitDoneText,
  visitEntryId,
  type Appointment,
  type AppointmentKind,
  type Contact,
  type ExternalProperty,
  type HistoryEntry,
  type Property,
} from '@estate/domain';

interface DemoAppointmentPlan {
  kind: AppointmentKind;
  title: string;
  /** Days from today, and the hour (UTC) it starts; minutes long. */
  day: number;
  hour: number;
  minutes: number;
  property: Property | null;
  external?: ExternalProperty;
  place?: string;
  contacts: Contact[];
  status: Appointment['status'];
  cancelReason?: string;
}

function at(now: Date, day: number, hour: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + day, hour));
}

/**
 * An agent's week: their first buyer (the demo client, for the demo client's agent) visits and sees a
 * partner's property; others visit, sign a preliminary contract and a deed; one visit was cancelled.
 */
function plansFor(agentUid: string, contacts: Contact[], properties: Property[]): DemoAppointmentPlan[] {
  const buyers = contacts.filter((contact) => contact.clientType === 'buyer' && contact.assignedAgentUid === agentUid);
  const listings = properties.filter(
    (property) =>
      property.assignedAgentUid === agentUid && property.dealType === 'sale' && property.status === 'online',
  );
  const [first, second, third, fourth] = buyers;
  const [home, flat] = listings;
  if (!first || !second || !home) return [];
  const other = flat ?? home;
  const plans: DemoAppointmentPlan[] = [
    {
      kind: 'visit',
      title: `Visite ${home.reference}`,
      day: -2,
      hour: 9,
      minutes: 60,
      property: home,
      contacts: [first, second],
      status: 'done',
    },
    {
      kind: 'visit',
      title: `Visite ${other.reference}`,
      day: -1,
      hour: 14,
      minutes: 45,
      property: other,
      contacts: [second],
      status: 'done',
    },
    {
      kind: 'visit',
      title: `Seconde visite ${other.reference}`,
      day: 1,
      hour: 9,
      minutes: 60,
      property: other,
      contacts: [first],
      status: 'scheduled',
    },
    {
      kind: 'visit',
      title: 'Visite chez un confrère',
      day: 2,
      hour: 16,
      minutes: 60,
      property: null,
      external: { address: '18 rue Sainte, 13001 Marseille', agencyName: 'Cabinet Provence Immo', price: 395_000 },
      contacts: [first],
      status: 'scheduled',
    },
    {
      kind: 'preliminary-contract',
      title: `Compromis ${home.reference}`,
      day: 3,
      hour: 13,
      minutes: 90,
      property: home,
      place: 'Agence, 12 quai du Port, Marseille',
      contacts: [third ?? second],
      status: 'scheduled',
    },
    {
      kind: 'notarial-deed',
      title: `Acte authentique ${other.reference}`,
      day: 4,
      hour: 8,
      minutes: 120,
      property: other,
      place: 'Étude de Maître Fabre, 5 cours Pierre Puget, Marseille',
      contacts: [fourth ?? second],
      status: 'scheduled',
    },
    {
      kind: 'visit',
      title: `Visite ${home.reference}`,
      day: 0,
      hour: 17,
      minutes: 45,
      property: home,
      contacts: [third ?? second],
      status: 'cancelled',
      cancelReason: 'Le vendeur est absent ce soir-là ; nous reprogrammons.',
    },
  ];
  return plans;
}

/**
 * The week's appointments of every agent with buyers and listings, and the `visit` history entries of
 * those done (under the id appointments-markDone gives them), which the pipeline trigger counts on
 * their properties and turns into phases, as it would for a visit marked done.
 */
export function demoAppointments(
  input: {
    contacts: Contact[];
    properties: Property[];
    agents: Array<{ uid: string; managerUid: string | null }>;
    newId: () => string;
  },
  now: Date,
): { appointments: Appointment[]; visits: HistoryEntry[] } {
  const appointments: Appointment[] = [];
  const visits: HistoryEntry[] = [];
  for (const agent of input.agents) {
    for (const plan of plansFor(agent.uid, input.contacts, input.properties)) {
      const id = input.newId();
      const startsAt = at(now, plan.day, plan.hour);
      const appointment: Appointment = {
        id,
        kind: plan.kind,
        title: plan.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + plan.minutes * 60_000),
        place: plan.place ?? '',
        propertyId: plan.property?.id ?? null,
        externalProperty: plan.external ?? null,
        contactIds: plan.contacts.map((contact) => contact.id),
        agentUid: agent.uid,
        status: plan.status,
        cancelReason: plan.cancelReason ?? null,
        sequence: plan.status === 'cancelled' ? 1 : 0,
        propertyLabel: plan.property
          ? `${plan.property.reference} · ${plan.property.title}, ${plan.property.address.city}`
          : '',
        createdBy: agent.uid,
        createdAt: at(now, -7, 8),
        updatedAt: plan.status === 'scheduled' ? at(now, -7, 8) : now,
        doneAt: plan.status === 'done' ? new Date(startsAt.getTime() + plan.minutes * 60_000) : null,
        cancelledAt: plan.status === 'cancelled' ? at(now, -1, 10) : null,
        viewerUids: uniqueUids([
          agent.uid,
          agent.managerUid,
          ...plan.contacts.flatMap((contact) => contactViewerUids(contact)),
        ]),
      };
      appointments.push(appointment);
      if (plan.status === 'done' && plan.kind === 'visit') {
        visits.push({
          id: visitEntryId(id),
          type: 'visit',
          occurredAt: startsAt,
          authorUid: agent.uid,
          contactIds: appointment.contactIds,
          propertyId: appointment.propertyId,
          dealId: null,
          text: visitDoneText('fr', appointment),
          phase: null,
          createdAt: appointment.doneAt ?? now,
        });
      }
    }
  }
  return { appointments, visits };
}
