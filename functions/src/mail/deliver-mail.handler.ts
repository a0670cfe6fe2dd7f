import {
  isTransientMailError,
  MAX_DELIVERY_ATTEMPTS,
  retryDelayMs,
  type DeliveryState,
  type Mail,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { mailConverter, toStored } from '../lib/converters';
import { mailLog } from './mail.log';
import type { MailTransport } from './mail-transport';
import { runTransaction } from '../lib/transactions';

/** How long a delivery may run before another worker may take the mail over. */
export const DELIVERY_LEASE_MS = 60_000;

export interface DeliveryDeps {
  db: Firestore;
  transport: () => MailTransport;
  sender: (agency: string | undefined) => string;
  now: () => Date;
  /** The bytes of a Storage file a mail attaches; without it, a mail with attachments fails. */
  readFile?: (storagePath: string) => Promise<Buffer>;
}

export type DeliveryOutcome = 'skipped' | Extract<DeliveryState, 'SUCCESS' | 'RETRY' | 'ERROR'>;

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return [code, message].filter((part) => typeof part === 'string').join(': ') || JSON.stringify(error);
  }
  return String(error);
}

function deliveryError(error: unknown): { code?: unknown; responseCode?: unknown } {
  return error && typeof error === 'object' ? (error as { code?: unknown; responseCode?: unknown }) : {};
}

/**
 * Delivers one outbox mail at most once per claim. A transaction moves PENDING (or PROCESSING
 * whose lease ran out) to PROCESSING and counts the attempt; any other state means somebody else
 * has it or it is done, so a replayed trigger sends nothing.
 */
export async function deliverMail(deps: DeliveryDeps, mailPath: string): Promise<DeliveryOutcome> {
  const ref = deps.db.doc(mailPath).withConverter(mailConverter);
  const claim = await runTransaction(deps.db, async (tx): Promise<{ mail: Mail; attempts: number } | null> => {
    const mail = (await tx.get(ref)).data();
    if (!mail) return null;
    const now = deps.now();
    const { state, leaseExpireAt, attempts } = mail.delivery;
    const leaseOver = state === 'PROCESSING' && leaseExpireAt !== null && leaseExpireAt.getTime() <= now.getTime();
    if (state !== 'PENDING' && !leaseOver) return null;
    tx.update(
      ref,
      toStored({
        'delivery.state': 'PROCESSING',
        'delivery.attempts': attempts + 1,
        'delivery.leaseExpireAt': new Date(now.getTime() + DELIVERY_LEASE_MS),
        'delivery.nextAttemptAt': null,
        'delivery.startedAt': now,
      }),
    );
    return { mail, attempts: attempts + 1 };
  });
  if (!claim) return 'skipped';

  const { mail, attempts } = claim;
  let result: { state: Exclude<DeliveryOutcome, 'skipped'>; fields: Record<string, unknown> };
  try {
    const { readFile } = deps;
    const files = mail.attachments ?? [];
    if (files.length > 0 && !readFile) throw new Error('this delivery cannot read attachments');
    const attachments = await Promise.all(
      files.map(async (file) => ({
        filename: file.fileName,
        content: await readFile!(file.storagePath),
        contentType: file.contentType,
      })),
    );
    const sent = await deps.transport().sendMail({
      from: deps.sender(mail.templateData.agency),
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      ...(mail.headers ? { headers: mail.headers } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
    });
    result = { state: 'SUCCESS', fields: { 'delivery.messageId': sent.messageId, 'delivery.error': null } };
    mailLog.mailSent(mailPath, attempts, sent.messageId);
  } catch (error) {
    const retry = isTransientMailError(deliveryError(error)) && attempts < MAX_DELIVERY_ATTEMPTS;
    const state = retry ? 'RETRY' : 'ERROR';
    const nextAttemptAt = retry ? new Date(deps.now().getTime() + retryDelayMs(attempts)) : null;
    result = { state, fields: { 'delivery.nextAttemptAt': nextAttemptAt, 'delivery.error': errorText(error) } };
    mailLog.mailFailed(mailPath, attempts, state, errorText(error));
  }

  await runTransaction(deps.db, async (tx) => {
    const current = (await tx.get(ref)).data();
    // Only the holder of this attempt's lease records its outcome.
    if (current?.delivery.state !== 'PROCESSING' || current.delivery.attempts !== attempts) return;
    tx.update(
      ref,
      toStored({
        'delivery.state': result.state,
        'delivery.leaseExpireAt': null,
        'delivery.endedAt': deps.now(),
        ...result.fields,
      }),
    );
  });
  return result.state;
}
