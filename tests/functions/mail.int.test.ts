import { paths, type Mail } from '@estate/domain';
import { randomBytes } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_LEASE_MS, deliverMail, type DeliveryDeps } from '../../functions/src/mail/deliver-mail.handler';
import { senderOf, SMTP_TIMEOUTS, smtpTransport, type MailTransport } from '../../functions/src/mail/mail-transport';
import { retryDueMail } from '../../functions/src/mail/retry-due-mail.handler';
import { adminDb } from '../support/admin';
import { waitForMail } from '../support/maildev';
import { uniqueEmail } from '../support/users';
import { eventually, isolatedDb, mailCount } from './function-fixtures';
import { portOffset } from '../support/emulator-env';

function pendingMail(to: string, delivery: Partial<Mail['delivery']> = {}): Mail {
  return {
    to,
    subject: `Test ${to}`,
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
    templateId: 'password-reset',
    templateData: { agency: 'Agence Courrier' },
    contactId: null,
    sensitive: true,
    createdAt: new Date(),
    delivery: {
      state: 'PENDING',
      attempts: 0,
      leaseExpireAt: null,
      nextAttemptAt: null,
      startedAt: null,
      endedAt: null,
      messageId: null,
      error: null,
      ...delivery,
    },
  };
}

async function writeMail(db: Firestore, mail: Mail): Promise<string> {
  const ref = db.collection(paths.mails(`mailtest-${randomBytes(4).toString('hex')}`)).doc();
  await ref.set(mail);
  return ref.path;
}

/** Wraps a transport and counts the messages handed to it. */
function countingTransport(inner: () => MailTransport): { transport: () => MailTransport; sent: () => number } {
  let sent = 0;
  const counting: MailTransport = {
    sendMail: (message) => {
      sent += 1;
      return inner().sendMail(message);
    },
  };
  return { transport: () => counting, sent: () => sent };
}

const refusingTransport: MailTransport = {
  sendMail: () =>
    Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1025'), { code: 'ECONNREFUSED' })),
};

let isolated: Firestore;
const deps = (transport: () => MailTransport, now = () => new Date()): DeliveryDeps => ({
  db: isolated,
  transport,
  sender: senderOf,
  now,
});

beforeAll(() => {
  process.env.SMTP_URI = `smtp://127.0.0.1:${1025 + portOffset}`;
  isolated = isolatedDb();
});

describe('mail-onMailWritten', () => {
  it('delivers a pending mail once, even when the document is written again', async () => {
    const to = uniqueEmail('mail');
    const path = await writeMail(adminDb(), pendingMail(to));
    const received = await waitForMail({ to });
    expect(received.subject).toBe(`Test ${to}`);
    await eventually(async () => {
      expect((await adminDb().doc(path).get()).get('delivery')).toMatchObject({
        state: 'SUCCESS',
        attempts: 1,
        error: null,
      });
    });
    await adminDb().doc(path).update({ 'templateData.touched': 'yes' });
    // What the trigger does with that write's event, done here: the delivery claims nothing and sends
    // nothing (a second claim would answer SUCCESS and count a second attempt).
    const replay = countingTransport(smtpTransport);
    const replayDeps: DeliveryDeps = {
      db: adminDb(),
      transport: replay.transport,
      sender: senderOf,
      now: () => new Date(),
    };
    expect(await deliverMail(replayDeps, path)).toBe('skipped');
    expect(replay.sent()).toBe(0);
    expect(await mailCount(to)).toBe(1);
    expect((await adminDb().doc(path).get()).get('delivery.attempts')).toBe(1);
  });
});

describe('deliverMail handler', () => {
  it('gives up on a slow SMTP exchange before its lease runs out, so no second worker sends it again', () => {
    const longest = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
    expect(longest).toBeLessThan(DELIVERY_LEASE_MS);
  });

  it('sends once when called twice at the same time', async () => {
    const to = uniqueEmail('mail');
    const path = await writeMail(isolated, pendingMail(to));
    // Every send goes through this transport, and each call below is awaited: its count is final.
    const smtp = countingTransport(smtpTransport);
    const outcomes = await Promise.all([
      deliverMail(deps(smtp.transport), path),
      deliverMail(deps(smtp.transport), path),
    ]);
    expect(outcomes.sort()).toEqual(['SUCCESS', 'skipped']);
    expect(await deliverMail(deps(smtp.transport), path)).toBe('skipped');
    expect(smtp.sent()).toBe(1);
    await waitForMail({ to });
    expect(await mailCount(to)).toBe(1);
    expect((await isolated.doc(path).get()).get('delivery.messageId')).toEqual(expect.any(String));
  });

  it('retries a transient failure: RETRY, then PENDING once due, then delivered', async () => {
    const to = uniqueEmail('mail');
    const path = await writeMail(isolated, pendingMail(to));
    const failedAt = new Date();
    expect(
      await deliverMail(
        deps(
          () => refusingTransport,
          () => failedAt,
        ),
        path,
      ),
    ).toBe('RETRY');
    const delivery = (await isolated.doc(path).get()).get('delivery');
    expect(delivery).toMatchObject({
      state: 'RETRY',
      attempts: 1,
      leaseExpireAt: null,
      error: expect.stringContaining('ECONNREFUSED'),
    });
    expect(delivery.nextAttemptAt.toDate().getTime()).toBe(failedAt.getTime() + 60_000);

    await retryDueMail({ db: isolated }, new Date(failedAt.getTime() + 30_000));
    expect((await isolated.doc(path).get()).get('delivery.state')).toBe('RETRY');
    await retryDueMail({ db: isolated }, new Date(failedAt.getTime() + 61_000));
    expect((await isolated.doc(path).get()).get('delivery.state')).toBe('PENDING');

    expect(await deliverMail(deps(smtpTransport), path)).toBe('SUCCESS');
    await waitForMail({ to });
    expect((await isolated.doc(path).get()).get('delivery')).toMatchObject({
      state: 'SUCCESS',
      attempts: 2,
      error: null,
    });
  });

  it('gives up at once on a permanent refusal', async () => {
    const path = await writeMail(isolated, pendingMail(uniqueEmail('mail')));
    const rejecting: MailTransport = {
      sendMail: () => Promise.reject(Object.assign(new Error('550 no such mailbox'), { responseCode: 550 })),
    };
    expect(
      await deliverMail(
        deps(() => rejecting),
        path,
      ),
    ).toBe('ERROR');
    expect((await isolated.doc(path).get()).get('delivery')).toMatchObject({
      state: 'ERROR',
      attempts: 1,
      nextAttemptAt: null,
      error: '550 no such mailbox',
    });
  });

  it('takes over a delivery whose lease ran out, and leaves a live one alone', async () => {
    const live = await writeMail(
      isolated,
      pendingMail(uniqueEmail('mail'), {
        state: 'PROCESSING',
        attempts: 1,
        leaseExpireAt: new Date(Date.now() + 60_000),
      }),
    );
    expect(await deliverMail(deps(smtpTransport), live)).toBe('skipped');
    const to = uniqueEmail('mail');
    const stalled = await writeMail(
      isolated,
      pendingMail(to, { state: 'PROCESSING', attempts: 1, leaseExpireAt: new Date(Date.now() - 1_000) }),
    );
    expect(await deliverMail(deps(smtpTransport), stalled)).toBe('SUCCESS');
    await waitForMail({ to });
    expect((await isolated.doc(stalled).get()).get('delivery.attempts')).toBe(2);
  });
});
