import {
  CALLABLES,
  clientListingId,
  clientPlaceId,
  estimateMinutes,
  greatCircleMeters,
  paths,
  type ClientListing,
  type ClientPlace,
  type Contact,
  type TravelTimesResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../functions/src/lib/caller';
import { osrmRouting } from '../../functions/src/places/routing';
import { travelTimes } from '../../functions/src/places/travel-times.handler';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { signIn, uniqueEmail } from '../support/users';

/**
 * places-travelTimes: the times from a client's published listing to their points, estimated without a
 * routing service (as the emulator runs it), routed through an OSRM-compatible server when one is
 * configured (a fake one on localhost here), estimated again for a mode the server fails on.
 */
const id20 = () => randomUUID().replace(/-/g, '').slice(0, 20);
const PASSWORD = 'places-Passw0rd!';
const LISTING = { latitude: 45.767, longitude: 4.8345 };
const WORK = { latitude: 45.7597, longitude: 4.8422 };
const SCHOOL = { latitude: 45.7772, longitude: 4.8553 };

const tenantId = `places-${id20()}`;
const propertyId = id20();
const draftId = id20();
let contact: Contact;
let other: Contact;
let clientToken: string;
let caller: Caller;

function listingDoc(contactId: string, id: string, status: 'draft' | 'published'): ClientListing {
  const at = new Date('2026-11-01T09:00:00Z');
  return {
    id: clientListingId(contactId, id),
    contactId,
    propertyId: id,
    agentUid: 'agent',
    status,
    stage: 'new',
    availability: '',
    rejectReason: '',
    report: null,
    showSourceUrl: false,
    property: {
      reference: 'V-00001',
      title: 'T3 Terreaux',
      dealType: 'sale',
      propertyType: 'apartment',
      city: 'Lyon',
      postalCode: '69001',
      country: 'FR',
      location: LISTING,
      price: 320_000,
      charges: null,
      surface: 70,
      landSurface: null,
      rooms: 3,
      bedrooms: 2,
      floor: null,
      yearBuilt: null,
      energyClass: null,
      climateClass: null,
      features: [],
      descriptions: { fr: '', en: '', ru: '' },
      photoIds: [],
      sourceUrl: '',
    },
    publications: status === 'published' ? 1 : 0,
    publishedAt: status === 'published' ? at : null,
    stageChangedAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

function placeDoc(contactId: string, slot: number, name: string, point: typeof WORK): ClientPlace {
  const at = new Date('2026-11-02T09:00:00Z');
  return {
    id: clientPlaceId(contactId, slot),
    contactId,
    kind: 'work',
    name,
    address: `${name}, Lyon`,
    ...point,
    addedBy: { kind: 'client', uid: 'someone' },
    createdAt: at,
    updatedAt: at,
  };
}

/** A fake OSRM table service: 600 s per kilometre of latitude difference, or a failure by request. */
interface FakeOsrm {
  server: Server;
  base: string;
  requests: string[];
}

async function fakeOsrm(answer: (request: IncomingMessage) => { status: number; body: unknown }): Promise<FakeOsrm> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const { status, body } = answer(request);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function osrmTable(request: IncomingMessage): { status: number; body: unknown } {
  const coordinates = (request.url ?? '').split('/')[4]?.split('?')[0]?.split(';') ?? [];
  const durations = coordinates.map((_, index) => (index === 0 ? 0 : 300 * index));
  return { status: 200, body: { code: 'Ok', durations: [durations] } };
}

let osrm: FakeOsrm;
let broken: FakeOsrm;

beforeAll(async () => {
  const db = adminDb();
  const email = uniqueEmail('places-client');
  const user = await adminAuth().createUser({ email, password: PASSWORD });
  contact = contactDoc({
    portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy: 'agent' },
  } as Partial<Contact>);
  other = contactDoc();
  await adminAuth().setCustomUserClaims(user.uid, { tenantId, role: 'client', contactId: contact.id });
  clientToken = (await signIn(email, PASSWORD)).idToken;
  caller = { uid: user.uid, email, claims: { tenantId, role: 'client', contactId: contact.id } };
  await Promise.all([
    db.doc(paths.contact(tenantId, contact.id)).set(contact),
    db.doc(paths.contact(tenantId, other.id)).set(other),
    db
      .doc(paths.clientListing(tenantId, clientListingId(contact.id, propertyId)))
      .set(listingDoc(contact.id, propertyId, 'published')),
    db
      .doc(paths.clientListing(tenantId, clientListingId(contact.id, draftId)))
      .set(listingDoc(contact.id, draftId, 'draft')),
    db
      .doc(paths.clientListing(tenantId, clientListingId(other.id, propertyId)))
      .set(listingDoc(other.id, propertyId, 'published')),
    db.doc(paths.clientPlace(tenantId, clientPlaceId(contact.id, 0))).set(placeDoc(contact.id, 0, 'Bureau', WORK)),
    db.doc(paths.clientPlace(tenantId, clientPlaceId(contact.id, 3))).set(placeDoc(contact.id, 3, 'École', SCHOOL)),
    db.doc(paths.clientPlace(tenantId, clientPlaceId(other.id, 0))).set(placeDoc(other.id, 0, 'Autre', SCHOOL)),
  ]);
  osrm = await fakeOsrm(osrmTable);
  broken = await fakeOsrm(() => ({ status: 503, body: { code: 'Unavailable' } }));
});

afterAll(async () => {
  await Promise.all([osrm, broken].map((fake) => new Promise((resolve) => fake.server.close(resolve))));
});

describe('places-travelTimes without a routing service', () => {
  it('answers the client the estimate for each of their points, every mode estimated', async () => {
    const result = await callCallable<TravelTimesResult>(CALLABLES.travelTimes, { propertyId }, clientToken);
    if (!result.ok) throw new Error(result.message);
    expect(result.data.sources).toEqual({
      walk: { kind: 'estimated' },
      bicycle: { kind: 'estimated' },
      transit: { kind: 'estimated' },
    });
    const byId = new Map(result.data.places.map((place) => [place.placeId, place]));
    expect([...byId.keys()].sort()).toEqual([clientPlaceId(contact.id, 0), clientPlaceId(contact.id, 3)]);
    const work = byId.get(clientPlaceId(contact.id, 0));
    const distance = greatCircleMeters(LISTING, WORK);
    expect(work?.distanceMeters).toBe(Math.round(distance));
    expect(work?.minutes).toEqual(estimateMinutes(distance));
  });

  it('refuses a listing not published to the client, and a caller who is no client', async () => {
    const draft = await callCallable(CALLABLES.travelTimes, { propertyId: draftId }, clientToken);
    expect(draft).toMatchObject({ ok: false, reason: 'listing-not-found' });
    const unknown = await callCallable(CALLABLES.travelTimes, { propertyId: id20() }, clientToken);
    expect(unknown).toMatchObject({ ok: false, reason: 'listing-not-found' });
    const staff = await travelTimes(
      { db: adminDb(), routing: null },
      { ...caller, claims: { tenantId, role: 'agent' } },
      {
        propertyId,
      },
    ).catch((error: unknown) => error);
    expect(staff).toMatchObject({ reason: 'not-client' });
    const anonymous = await callCallable(CALLABLES.travelTimes, { propertyId });
    expect(anonymous).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('refuses a client whose space was closed since their token was issued', async () => {
    const closed = await travelTimes(
      { db: adminDb(), routing: null },
      { ...caller, uid: 'another-account' },
      {
        propertyId,
      },
    ).catch((error: unknown) => error);
    expect(closed).toMatchObject({ reason: 'not-client' });
  });
});

describe('places-travelTimes through an OSRM-compatible service', () => {
  it('routes on foot and by bicycle, asking the table of the listing to the points, and estimates public transport', async () => {
    const routing = osrmRouting({ service: 'OSRM test', baseUrls: { walk: osrm.base, bicycle: `${osrm.base}/` } });
    const result = await travelTimes({ db: adminDb(), routing }, caller, { propertyId });
    expect(result.sources).toEqual({
      walk: { kind: 'routed', service: 'OSRM test' },
      bicycle: { kind: 'routed', service: 'OSRM test' },
      transit: { kind: 'estimated' },
    });
    // The fake answers 300 s for the first point, 600 s for the second.
    expect(result.places.map((place) => place.minutes.walk)).toEqual([5, 10]);
    expect(result.places.map((place) => place.minutes.bicycle)).toEqual([5, 10]);
    // Points come in the order of their ids (slots): the work place, then the school.
    expect(result.places.map((place) => place.placeId)).toEqual([
      clientPlaceId(contact.id, 0),
      clientPlaceId(contact.id, 3),
    ]);
    expect(result.places[1]?.minutes.transit).toBe(estimateMinutes(greatCircleMeters(LISTING, SCHOOL)).transit);
    const table = '4.834500,45.767000;4.842200,45.759700;4.855300,45.777200';
    expect(osrm.requests.map((url) => url.split('?')[0]).sort()).toEqual([
      `/table/v1/bike/${table}`,
      `/table/v1/foot/${table}`,
    ]);
    expect(osrm.requests.every((url) => url.includes('sources=0') && url.includes('annotations=duration'))).toBe(true);
  });

  it('estimates a mode whose service fails, and says so', async () => {
    const routing = osrmRouting({ service: 'OSRM test', baseUrls: { walk: broken.base, bicycle: osrm.base } });
    const result = await travelTimes({ db: adminDb(), routing }, caller, { propertyId });
    expect(result.sources.walk).toEqual({ kind: 'estimated' });
    expect(result.sources.bicycle).toEqual({ kind: 'routed', service: 'OSRM test' });
    for (const place of result.places) {
      const point = place.placeId === clientPlaceId(contact.id, 0) ? WORK : SCHOOL;
      expect(place.minutes.walk).toBe(estimateMinutes(greatCircleMeters(LISTING, point)).walk);
    }
    expect(broken.requests.length).toBeGreaterThan(0);
  });

  it('gives up on a service slower than its timeout', async () => {
    const slow = await fakeOsrm(osrmTable);
    slow.server.removeAllListeners('request');
    slow.server.on('request', () => undefined);
    try {
      const routing = osrmRouting({ service: 'OSRM test', baseUrls: { walk: slow.base }, timeoutMs: 200 });
      const result = await travelTimes({ db: adminDb(), routing }, caller, { propertyId });
      expect(result.sources.walk).toEqual({ kind: 'estimated' });
    } finally {
      slow.server.closeAllConnections();
      await new Promise((resolve) => slow.server.close(resolve));
    }
  });
});
