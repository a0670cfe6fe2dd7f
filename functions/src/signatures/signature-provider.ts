import type { Firestore } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import type { SignatureFiles } from './signature-files';

/** What a provider works with. */
export interface ProviderDeps {
  db: Firestore;
  links: AppLinks;
  files: SignatureFiles;
  now: () => Date;
}

/**
 * A way of getting a signature request signed. The document's owner only creates the request and
 * watches its `status`; the provider turns it into invitations and, once everyone signed, into a
 * signed PDF. `built-in` (a simple electronic signature: mailed link, mailed code, drawn or typed
 * signature, evidence page) is the first; a qualified provider (Yousign, Docusign) would implement
 * the same two steps over its API (create the envelope and let its mails invite; on its webhook,
 * fetch its sealed PDF and close the request) and be chosen per tenant here.
 */
export interface SignatureProvider {
  readonly id: string;
  /** Invites whoever's turn has come and no one twice; returns how many were invited. */
  invite(deps: ProviderDeps, tenantId: string, requestId: string): Promise<number>;
  /** Once every signer signed: stores the signed PDF and closes the request as signed. */
  seal(deps: ProviderDeps, tenantId: string, requestId: string): Promise<'sealed' | 'not-ready'>;
}
