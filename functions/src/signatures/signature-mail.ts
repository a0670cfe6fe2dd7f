import {
  paths,
  SIGNATURE_OUTCOME_WORDS,
  type Locale,
  type MailTemplateId,
  type SignatureRequest,
  type SignatureSigner,
  type Tenant,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import { memberConverter } from '../lib/converters';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { issueSigningToken } from './signature-tokens';

/** The signing page of a token on the tenant's client host. */
function signingLink(links: AppLinks, tenant: Tenant, token: string): string {
  return links.link('client', tenant, `/sign/${token}`);
}

function dateIn(locale: Locale, date: Date): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
}

/**
 * Mails a signer a new link (invitation, reminder or signed copy) in `tx`: issues the token, then
 * queues the mail under `mailId` when given (a deterministic id for what must go out once).
 */
export function mailSignerLink(
  deps: { db: Firestore; links: AppLinks },
  tx: Transaction,
  context: { tenantId: string; tenant: Tenant; request: SignatureRequest; signer: SignatureSigner },
  templateId: Extract<MailTemplateId, 'signature-invitation' | 'signature-reminder' | 'signature-completed'>,
  linkExpiresAt: Date,
  now: Date,
  mailId?: string,
): void {
  const { tenantId, tenant, request, signer } = context;
  const token = issueSigningToken(
    deps.db,
    tx,
    { tenantId, requestId: request.id, signerId: signer.id, expiresAt: linkExpiresAt },
    now,
  );
  queueMail(
    deps.db,
    tx,
    {
      tenantId,
      to: signer.email,
      locale: request.locale,
      templateId,
      data: {
        name: signer.name,
        title: request.subject.title,
        expires: dateIn(request.locale, request.expiresAt),
        link: signingLink(deps.links, tenant, token),
      },
      brand: brandOf(tenant),
      contactId: signer.contactId,
      ...(mailId ? { mailId } : {}),
    },
    now,
  );
}

/**
 * Tells the collaborator who requested the signature how it ended (signed, declined, expired), once
 * per request and outcome. Reads the member in `tx` (call before any write); returns the write to do.
 */
export async function prepareAgentUpdate(
  deps: { db: Firestore; links: AppLinks },
  tx: Transaction,
  context: { tenantId: string; tenant: Tenant; request: SignatureRequest },
  outcome: keyof typeof SIGNATURE_OUTCOME_WORDS,
  signerName: string | null,
): Promise<(now: Date) => void> {
  const { tenantId, tenant, request } = context;
  const member = (
    await tx.get(deps.db.doc(paths.member(tenantId, request.requestedBy)).withConverter(memberConverter))
  ).data();
  return (now) => {
    if (!member || member.status !== 'active') return;
    const words = SIGNATURE_OUTCOME_WORDS[outcome][member.locale].replace('{signer}', signerName ?? '');
    queueMail(
      deps.db,
      tx,
      {
        tenantId,
        to: member.email,
        locale: member.locale,
        templateId: 'signature-update',
        data: {
          displayName: member.displayName,
          title: request.subject.title,
          outcome: words,
          link: deps.links.link('admin', tenant, `/signatures/${request.id}`),
        },
        brand: brandOf(tenant),
        contactId: null,
        mailId: `signature-update-${request.id}-${outcome}`,
      },
      now,
    );
  };
}
