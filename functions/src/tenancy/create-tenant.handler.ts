import {
  DEFAULT_CAPABILITIES,
  EMPTY_AGENCY_LEGAL,
  DEFAULT_BRANDING,
  defaultHosts,
  functionPaths,
  paths,
  readClaims,
  slugify,
  type CreateTenantInput,
  type CreateTenantResult,
  type Member,
  type Tenant,
  type TenantHosts,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { domainConverter, memberConverter, tenantConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { tenancyLog } from './tenancy.log';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { tenantDomains } from './tenant-domains';
import { runTransaction } from '../lib/transactions';

const SLUG_ATTEMPTS = 30;

function alreadyMember(): Refusal {
  return new Refusal('failed-precondition', 'You already belong to an agency.', 'already-member');
}

/** First of `slug`, `slug-2`, `slug-3`… whose hosts no tenant holds yet, read inside the transaction. */
async function freeHosts(
  db: Firestore,
  tx: Transaction,
  base: string,
  fallbackSuffix: string,
): Promise<{ slug: string; hosts: TenantHosts }> {
  const candidates = Array.from({ length: SLUG_ATTEMPTS }, (_, index) => (index === 0 ? base : `${base}-${index + 1}`));
  candidates.push(`${base}-${fallbackSuffix}`);
  for (const slug of candidates) {
    const hosts = defaultHosts(slug);
    const taken = await tx.getAll(db.doc(paths.domain(hosts.admin)), db.doc(paths.domain(hosts.client)));
    if (taken.every((snapshot) => !snapshot.exists)) return { slug, hosts };
  }
  throw new Refusal(
    'failed-precondition',
    'No free address for this agency name; please choose another name.',
    'no-free-slug',
  );
}

/**
 * Creates a tenant owned by the caller. A `tenantCreations/{uid}` marker, created in the same
 * transaction, makes a double submit yield one tenant: the second call finds the marker and
 * finishes the first one's work (claims) instead of creating another tenant.
 */
export async function createTenant(deps: Deps, caller: Caller, input: CreateTenantInput): Promise<CreateTenantResult> {
  const { db, auth } = deps;
  if (caller.claims) throw alreadyMember();
  const user = await auth.getUser(caller.uid);
  if (readClaims(user.customClaims)) throw alreadyMember();
  const now = deps.now();
  const markerRef = db.doc(functionPaths.tenantCreation(caller.uid));

  const outcome = await runTransaction(db, async (tx) => {
    const marker = await tx.get(markerRef);
    if (marker.exists) {
      const tenant = await readTenant(db, tx, String(marker.get('tenantId')));
      const member = (await tx.get(db.doc(paths.member(tenant.id, caller.uid)).withConverter(memberConverter))).data();
      if (tenant.ownerUid !== caller.uid || member?.status !== 'active' || member.role !== 'owner')
        throw alreadyMember();
      return { tenantId: tenant.id, hosts: tenant.hosts, created: false, slug: tenant.slug };
    }
    const tenantRef = db.collection(paths.tenants()).doc();
    const { slug, hosts } = await freeHosts(db, tx, slugify(input.agencyName), tenantRef.id.slice(0, 6).toLowerCase());
    const tenant: Tenant = {
      id: tenantRef.id,
      slug,
      hosts,
      ownerUid: caller.uid,
      map: null,
      createdAt: now,
      updatedAt: now,
      name: input.agencyName,
      company: { legalName: '', address: '', phone: '', email: '', registrationNumber: '', vatNumber: '' },
      legal: EMPTY_AGENCY_LEGAL,
      branding: DEFAULT_BRANDING,
      locale: input.locale,
      currency: input.currency,
      country: input.country,
      capabilities: [...DEFAULT_CAPABILITIES],
    };
    const owner: Member = {
      uid: caller.uid,
      email: user.email ?? caller.email ?? '',
      displayName: input.displayName,
      role: 'owner',
      status: 'active',
      locale: input.locale,
      requestedAt: now,
      decidedAt: now,
      decidedBy: caller.uid,
      sessionsRevokedAt: null,
      managerUid: null,
      updatedAt: now,
    };
    tx.create(tenantRef.withConverter(tenantConverter), tenant);
    tx.create(db.doc(paths.member(tenant.id, caller.uid)).withConverter(memberConverter), owner);
    for (const domain of tenantDomains(tenant))
      tx.set(db.doc(paths.domain(domain.host)).withConverter(domainConverter), domain);
    tx.create(markerRef, { uid: caller.uid, tenantId: tenant.id, createdAt: now });
    return { tenantId: tenant.id, hosts, created: true, slug };
  });

  await auth.setCustomUserClaims(caller.uid, { tenantId: outcome.tenantId, role: 'owner' });
  if (outcome.created) tenancyLog.tenantCreated(outcome.tenantId, caller.uid, outcome.slug);
  else tenancyLog.tenantClaimsRestored(outcome.tenantId, caller.uid);
  return { tenantId: outcome.tenantId, hosts: outcome.hosts };
}
