import { mailDevOrigin } from './emulator-env';

export interface ReceivedMail {
  id: string;
  subject: string;
  html: string;
  text: string;
  to: string[];
  date: string;
  /** The names of the files attached. */
  attachments: string[];
}

interface MailDevMessage {
  id: string;
  subject: string;
  html?: string;
  text?: string;
  to: { address: string }[];
  date: string;
  attachments?: { fileName?: string; generatedFileName?: string }[];
}

async function listMail(): Promise<ReceivedMail[]> {
  const response = await fetch(`${mailDevOrigin}/email`);
  if (!response.ok) throw new Error(`MailDev answered ${response.status}; is it running on ${mailDevOrigin}?`);
  const messages = (await response.json()) as MailDevMessage[];
  return messages.map((message) => ({
    id: message.id,
    subject: message.subject,
    html: message.html ?? '',
    text: message.text ?? '',
    to: message.to.map((recipient) => recipient.address.toLowerCase()),
    date: message.date,
    attachments: (message.attachments ?? []).map((file) => file.fileName ?? file.generatedFileName ?? ''),
  }));
}

export async function mailTo(address: string): Promise<ReceivedMail[]> {
  const all = await listMail();
  return all.filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits until a mail to `to` (and whose subject includes `subjectIncludes`) arrives in MailDev. */
export async function waitForMail(options: {
  to: string;
  subjectIncludes?: string;
  timeoutMs?: number;
  /** Ignore mails already there: only those received after this many existing ones count. */
  after?: number;
}): Promise<ReceivedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    const matching = (await mailTo(options.to)).filter(
      (mail) => !options.subjectIncludes || mail.subject.includes(options.subjectIncludes),
    );
    const fresh = matching.slice(options.after ?? 0);
    if (fresh.length > 0) return fresh[fresh.length - 1] as ReceivedMail;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `no mail to ${options.to}${options.subjectIncludes ? ` about "${options.subjectIncludes}"` : ''} within ${options.timeoutMs ?? 30_000} ms`,
  );
}

/** The first link of the mail whose URL contains `pathIncludes` (e.g. "/firstlogin"). */
export function linkIn(mail: ReceivedMail, pathIncludes: string): string {
  const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
  const link = links.find((href) => href.includes(pathIncludes));
  if (!link) throw new Error(`no link containing "${pathIncludes}" in mail "${mail.subject}": ${links.join(', ')}`);
  return link;
}

export function oobCodeOf(link: string): string {
  const code = new URL(link).searchParams.get('oobCode');
  if (!code) throw new Error(`no oobCode in ${link}`);
  return code;
}
