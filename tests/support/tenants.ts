import { CALLABLES, type AssignableRole, type CreateTenantResult, type Locale } from '@estate/domain';
import { adminAuth } from './admin';
import { mustCall } from './callables';
import { signIn, signUp, uniqueEmail, type SignedInUser } from './users';

export const TEST_PASSWORD = 'Test-pass-2026';

export interface TestUser {
  uid: string;
  email: string;
  password: string;
  idToken: string;
}

export interface TestTenant {
  tenantId: string;
  hosts: CreateTenantResult['hosts'];
  owner: TestUser;
}

/** A new agency created through the real `tenancy-createTenant` callable, with its owner signed in. */
export async function createTenantWithOwner(
  options: { agencyName?: string; locale?: Locale } = {},
): Promise<TestTenant> {
  const email = uniqueEmail('owner');
  const { idToken } = await signUp(email, TEST_PASSWORD);
  const result = await mustCall<CreateTenantResult>(
    CALLABLES.createTenant,
    {
      agencyName: options.agencyName ?? `Agence ${email.slice(6, 14)}`,
      displayName: 'Olivia Owner',
      locale: options.locale ?? 'fr',
      currency: 'EUR',
      country: 'FR',
    },
    idToken,
  );
  const owner = await signIn(email, TEST_PASSWORD);
  return { tenantId: result.tenantId, hosts: result.hosts, owner: { ...owner, password: TEST_PASSWORD } };
}

/**
 * A new account whose address is verified, as after opening the mailed link: team-requestAccess holds
 * an unverified address's request back (tests/functions/team-verification.int.test.ts follows the link).
 */
export async function signUpVerified(email: string, password = TEST_PASSWORD): Promise<SignedInUser> {
  const user = await signUp(email, password);
  await adminAuth().updateUser(user.uid, { emailVerified: true });
  return user;
}

/** A collaborator who asked for access and was approved by the owner, signed in with their claims. */
export async function addActiveMember(
  tenant: TestTenant,
  role: AssignableRole,
  displayName = `Test ${role}`,
): Promise<TestUser> {
  const email = uniqueEmail(role);
  const { uid, idToken } = await signUpVerified(email);
  await mustCall(CALLABLES.requestAccess, { tenantId: tenant.tenantId, displayName, locale: 'fr' }, idToken);
  await mustCall(CALLABLES.decideAccess, { uid, decision: 'approve', role }, tenant.owner.idToken);
  const signedIn = await signIn(email, TEST_PASSWORD);
  return { ...signedIn, password: TEST_PASSWORD };
}
