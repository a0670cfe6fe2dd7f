import {
  contactModel,
  findRoomConflict,
  historyEntryModel,
  interestModel,
  mailTemplateModel,
  noteModel,
  phasesOf,
  propertyModel,
  roomModel,
  taskModel,
} from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';

const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
  DemoStaffMember['key'],
  string
>;
let counter = 0;
const now = new Date('2026-12-09T10:00:00');
const agency = demoAgency(
  { tenantId: 'demo', staff, newId: () => `id${String((counter += 1)).padStart(5, '0')}` },
  now,
);

describe('the demo agency', () => {
  it('holds only documents the app can read', () => {
    for (const contact of agency.contacts) contactModel.schema.parse(contact);
    for (const property of agency.properties) propertyModel.schema.parse(property);
    for (const { id: _id, ...interest } of agency.interests) interestModel.schema.parse(interest);
    for (const room of agency.rooms) roomModel.schema.parse(room);
    for (const task of agency.tasks) taskModel.schema.parse(task);
    for (const entry of agency.history) historyEntryModel.schema.parse(entry);
    for (const { note } of agency.notes) noteModel.schema.parse(note);
    for (const template of agency.mailTemplates) mailTemplateModel.schema.parse(template);
  });

  it('looks like a working agency: dozens of clients and listings, interests in every phase', () => {
    expect(agency.contacts.length).toBeGreaterThanOrEqual(30);
    expect(agency.properties.length).toBeGreaterThanOrEqual(20);
    for (const dealType of ['sale', 'rental'] as const) {
      const reached = new Set(agency.interests.filter((i) => i.dealType === dealType).map((i) => i.phase));
      expect([...phasesOf(dealType)].filter((phase) => !reached.has(phase))).toEqual([]);
    }
    expect(agency.contacts.find((contact) => contact.id === agency.clientContactId)?.email).toBe('client@demo.test');
  });

  it('shows listings across the lifecycle, located, described in three languages and with their energy classes', () => {
    const statuses = new Set(agency.properties.map((property) => property.status));
    for (const status of [
      'estimation',
      'under-mandate',
      'online',
      'offline',
      'under-offer',
      'sold',
      'rented',
      'archived',
    ]) {
      expect(statuses.has(status as never), status).toBe(true);
    }
    for (const property of agency.properties) {
      expect(propertyModel.schema.parse(property).location?.geohash).toMatch(/^spe|^sp[a-z0-9]/);
      expect(property.address.street).not.toBe('');
      expect(property.searchTokens).toContain(property.cityKey.slice(0, 2));
      expect(property.descriptions.en).not.toBe('');
      expect(property.descriptions.ru).not.toBe('');
    }
    expect(agency.properties.some((property) => property.dpe.energyClass !== null)).toBe(true);
    expect(agency.properties.some((property) => property.coOwnership.isCoOwnership)).toBe(true);
  });

  it("fills this week's calendar of every agent, and never books a room twice at once", () => {
    for (const key of ['agent', 'agent2', 'agent3'] as const) {
      expect(agency.tasks.filter((task) => task.assigneeUid === staff[key]).length).toBeGreaterThanOrEqual(10);
    }
    for (const task of agency.tasks.filter((candidate) => candidate.roomId !== null)) {
      expect(findRoomConflict(task, agency.tasks)).toBeNull();
    }
  });

  it('links each interest to a listing of its deal type and a contact looking for it', () => {
    const properties = new Map(agency.properties.map((property) => [property.id, property]));
    const contacts = new Map(agency.contacts.map((contact) => [contact.id, contact]));
    for (const interest of agency.interests) {
      expect(properties.get(interest.propertyId)?.dealType).toBe(interest.dealType);
      const contact = contacts.get(interest.contactId);
      expect(contact?.clientType).toBe(interest.dealType === 'sale' ? 'buyer' : 'tenant');
    }
    expect(new Set(agency.interests.map((interest) => interest.id)).size).toBe(agency.interests.length);
  });
});
