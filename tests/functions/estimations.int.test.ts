import {
  CALLABLES,
  paths,
  privateFileUrl,
  readDvf,
  type DeleteEstimationResult,
  type RenderAppraisalResult,
  type EstimationInput,
  type SaveEstimationResult,
  type SavePropertyResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getStorage } from 'firebase-admin/storage';
import { adminAuth, adminDb } from '../support/admin';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { callCallable, mustCall } from '../support/callables';
import {
  addActiveMember,
  createTenantWithOwner,
  signUpVerified,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { expectInvalid } from './function-fixtures';

/** estimations-saveEstimation, -deleteEstimation and -renderAppraisal against the emulators. */
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
const bucket = () => getStorage(adminAuth().app).bucket(`${projectId}.appspot.com`);
const appraisalExists = async (estimationId: string) =>
  (
    await bucket()
      .file(paths.appraisalFile(tenant.tenantId, propertyId, estimationId))
      .exists()
  )[0];
let tenant: TestTenant;
let agent: TestUser;
let rival: TestUser;
let outsider: { idToken: string };
let propertyId: string;

const requestId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const stored = async (estimationId: string) =>
  (
    await adminDb()
      .doc(paths.estimation(tenant.tenantId, propertyId, estimationId))
      .get()
  ).data();

const dvfSales = readDvf(
  readFileSync(new URL('../../domain/src/estimations/dvf-fixtures/geolocated.csv', import.meta.url), 'utf8'),
);

function estimation(changes: Partial<EstimationInput> = {}): EstimationInput {
  return {
    low: 235_000,
    high: 255_000,
    method: 'comparison',
    comparables: dvfSales.ok ? dvfSales.sales : [],
    notes: 'Vue dégagée, travaux de cuisine à prévoir.',
    ...changes,
  };
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Estimations' });
  agent = await addActiveMember(tenant, 'agent', 'Eva Estime');
  const rivalTenant = await createTenantWithOwner({ agencyName: 'Agence Rivale' });
  rival = await addActiveMember(rivalTenant, 'agent', 'Rita Rivale');
  outsider = await signUpVerified(`outsider-${requestId()}@example.test`);
  const saved = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: requestId(),
      property: {
        dealType: 'sale',
        title: 'T3 République',
        propertyType: 'apartment',
        address: {
          street: '14 rue de la République',
          complement: '',
          postalCode: '13002',
          city: 'Marseille',
          country: 'FR',
        },
        price: 250_000,
        surface: 61,
        rooms: 3,
        status: 'estimation',
        sellerContactIds: [],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = saved.propertyId;
});

describe('estimations-saveEstimation', () => {
  it('records the range, the method, the comparables and the notes with its author', async () => {
    expect(dvfSales.ok && dvfSales.sales.length).toBe(3);
    const id = requestId();
    const result = await mustCall<SaveEstimationResult>(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      agent.idToken,
    );
    expect(result.estimationId).toBe(id);
    const data = await stored(id);
    expect(data).toMatchObject({
      id,
      propertyId,
      low: 235_000,
      high: 255_000,
      method: 'comparison',
      notes: 'Vue dégagée, travaux de cuisine à prévoir.',
      createdBy: agent.uid,
      createdByName: 'Eva Estime',
    });
    expect(data?.comparables).toHaveLength(3);
    expect(data?.comparables[2]).toMatchObject({ price: 245_000, surface: 62, source: 'dvf', sourceId: '2025-118201' });
  });

  it('writes one estimation when the same form is sent twice, keeping its first creation', async () => {
    const id = requestId();
    const input = { propertyId, estimationId: null, requestId: id, estimation: estimation() };
    await mustCall(CALLABLES.saveEstimation, input, agent.idToken);
    const first = await stored(id);
    await mustCall(
      CALLABLES.saveEstimation,
      { ...input, estimation: estimation({ high: 260_000 }) },
      tenant.owner.idToken,
    );
    const estimations = await adminDb()
      .collection(paths.estimations(tenant.tenantId, propertyId))
      .where('requestId', '==', id)
      .get();
    expect(estimations.size).toBe(1);
    const second = await stored(id);
    expect(second?.high).toBe(260_000);
    expect(second?.createdBy).toBe(agent.uid);
    expect(second?.createdAt.toMillis()).toBe(first?.createdAt.toMillis());
  });

  it('updates an existing one, and refuses one that is gone', async () => {
    const id = requestId();
    await mustCall(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      agent.idToken,
    );
    await mustCall(
      CALLABLES.saveEstimation,
      {
        propertyId,
        estimationId: id,
        requestId: requestId(),
        estimation: estimation({ method: 'income', low: 200_000 }),
      },
      agent.idToken,
    );
    expect(await stored(id)).toMatchObject({ method: 'income', low: 200_000, requestId: id });
    const missing = await callCallable(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: 'never-made', requestId: requestId(), estimation: estimation() },
      agent.idToken,
    );
    expect(missing).toMatchObject({ ok: false, code: 'not-found', reason: 'estimation-not-found' });
    expect(await stored('never-made')).toBeUndefined();
  });

  it('refuses bad input with the field it is about and writes nothing', async () => {
    const id = requestId();
    await expectInvalid(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation({ low: 300_000, high: 200_000 }) },
      agent.idToken,
      'high',
    );
    await expectInvalid(
      CALLABLES.saveEstimation,
      {
        propertyId,
        estimationId: null,
        requestId: id,
        estimation: estimation({
          comparables: [{ city: 'Marseille', date: '2025-02-30', price: 100_000, surface: 40 }],
        }),
      },
      agent.idToken,
      'date',
    );
    await expectInvalid(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation({ method: 'guess' as never }) },
      agent.idToken,
      'method',
    );
    expect(await stored(id)).toBeUndefined();
  });

  it('refuses a property that does not exist, another agency and callers outside any agency', async () => {
    const id = requestId();
    const noProperty = await callCallable(
      CALLABLES.saveEstimation,
      { propertyId: 'nowhere', estimationId: null, requestId: id, estimation: estimation() },
      agent.idToken,
    );
    expect(noProperty).toMatchObject({ ok: false, reason: 'property-not-found' });
    // Another agency's agent names our property: in their agency it does not exist.
    const byRival = await callCallable(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      rival.idToken,
    );
    expect(byRival).toMatchObject({ ok: false, reason: 'property-not-found' });
    const byOutsider = await callCallable(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      outsider.idToken,
    );
    expect(byOutsider).toMatchObject({ ok: false, reason: 'not-staff' });
    const anonymous = await callCallable(CALLABLES.saveEstimation, {
      propertyId,
      estimationId: null,
      requestId: id,
      estimation: estimation(),
    });
    expect(anonymous).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await stored(id)).toBeUndefined();
  });
});

describe('estimations-deleteEstimation', () => {
  it('deletes it once, then answers that it is already gone', async () => {
    const id = requestId();
    await mustCall(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      agent.idToken,
    );
    const refused = await callCallable(CALLABLES.deleteEstimation, { propertyId, estimationId: id }, outsider.idToken);
    expect(refused).toMatchObject({ ok: false, reason: 'not-staff' });
    // Another agency's agent reaches only their own agency's path: ours stays.
    await mustCall(CALLABLES.deleteEstimation, { propertyId, estimationId: id }, rival.idToken);
    expect(await stored(id)).toBeDefined();
    expect(
      await mustCall<DeleteEstimationResult>(
        CALLABLES.deleteEstimation,
        { propertyId, estimationId: id },
        agent.idToken,
      ),
    ).toEqual({ status: 'deleted' });
    expect(await stored(id)).toBeUndefined();
    expect(
      await mustCall<DeleteEstimationResult>(
        CALLABLES.deleteEstimation,
        { propertyId, estimationId: id },
        agent.idToken,
      ),
    ).toEqual({ status: 'already-deleted' });
  });
});

describe('estimations-renderAppraisal', { timeout: 90_000 }, () => {
  it('renders the branded appraisal, served by files-download to the agency only', async () => {
    const id = requestId();
    await mustCall(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      agent.idToken,
    );
    const rendered = await mustCall<RenderAppraisalResult>(
      CALLABLES.renderAppraisal,
      { propertyId, estimationId: id },
      agent.idToken,
    );
    expect(rendered.size).toBeGreaterThan(1000);
    const url = `${DOWNLOAD}${privateFileUrl({ kind: 'appraisal', propertyId, estimationId: id }).replace(/^\/files/, '')}`;
    const granted = await fetch(url, { headers: { Authorization: `Bearer ${agent.idToken}` } });
    expect(granted.status).toBe(200);
    expect(granted.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await granted.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBe(rendered.size);
    const foreign = await fetch(url, { headers: { Authorization: `Bearer ${rival.idToken}` } });
    expect(foreign.status).toBe(404);
    await foreign.arrayBuffer();
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();
  });

  it('refuses an estimation that does not exist and renders nothing for it', async () => {
    const refused = await callCallable(
      CALLABLES.renderAppraisal,
      { propertyId, estimationId: 'never-made' },
      agent.idToken,
    );
    expect(refused).toMatchObject({ ok: false, code: 'not-found', reason: 'estimation-not-found' });
    expect(await appraisalExists('never-made')).toBe(false);
  });

  it('goes with its estimation when that is deleted', async () => {
    const id = requestId();
    await mustCall(
      CALLABLES.saveEstimation,
      { propertyId, estimationId: null, requestId: id, estimation: estimation() },
      agent.idToken,
    );
    await mustCall(CALLABLES.renderAppraisal, { propertyId, estimationId: id }, agent.idToken);
    expect(await appraisalExists(id)).toBe(true);
    await mustCall(CALLABLES.deleteEstimation, { propertyId, estimationId: id }, agent.idToken);
    expect(await appraisalExists(id)).toBe(false);
  });
});
