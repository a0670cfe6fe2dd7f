import { escapeHtml, paths, pickLocale, type Locale } from '@estate/domain';
import type { Deps } from '../lib/deps';
import { contactConverter, tenantConverter, toStored } from '../lib/converters';
import type { HttpReply } from '../lib/http-reply';
import { mailLog } from './mail.log';
import { verifyUnsubscribeToken } from './unsubscribe-link';
import { runTransaction } from '../lib/transactions';

export interface UnsubscribeRequest {
  method: string;
  /** `t` tenant, `c` contact, `k` token, `confirm` for a one-step GET. */
  query: Record<string, unknown>;
  acceptLanguage: string;
}

interface Copy {
  title: string;
  question: string;
  confirm: string;
  done: string;
  doneDetail: string;
  invalid: string;
  invalidDetail: string;
}

const COPY: Record<Locale, Copy> = {
  fr: {
    title: 'Désabonnement',
    question: 'Ne plus recevoir les e-mails d’information envoyés par {agency}\u00a0?',
    confirm: 'Me désabonner',
    done: 'Vous êtes désabonné(e).',
    doneDetail: '{agency} ne vous enverra plus d’e-mails d’information.',
    invalid: 'Ce lien n’est pas valide.',
    invalidDetail: 'Il est incomplet ou a été modifié. Utilisez le lien de votre dernier e-mail.',
  },
  ru: {
    title: 'Отписка',
    question: 'Больше не получать информационные письма от {agency}?',
    confirm: 'Отписаться',
    done: 'Вы отписались.',
    doneDetail: '{agency} больше не будет присылать вам информационные письма.',
    invalid: 'Эта ссылка недействительна.',
    invalidDetail: 'Она неполная или была изменена. Воспользуйтесь ссылкой из последнего письма.',
  },
  en: {
    title: 'Unsubscribe',
    question: 'Stop receiving information mails from {agency}?',
    confirm: 'Unsubscribe',
    done: 'You are unsubscribed.',
    doneDetail: '{agency} will not send you information mails any more.',
    invalid: 'This link is not valid.',
    invalidDetail: 'It is incomplete or was changed. Use the link of your latest mail.',
  },
};

/** The page stands alone: no script, styles inline, forms only to itself. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
};

function page(
  status: number,
  locale: Locale,
  brand: { name: string; colour: string },
  content: string,
  title: string,
): HttpReply {
  const colour = escapeHtml(brand.colour);
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(brand.name)}</title><style>body{font-family:system-ui,sans-serif;color:#222;background:#f8f9fa;margin:0}main{max-width:480px;margin:64px auto;padding:32px;background:#fff;border-radius:12px;border-top:4px solid ${colour}}h1{font-size:20px;color:${colour};margin-top:0}button{font:inherit;padding:10px 18px;border:0;border-radius:6px;background:${colour};color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #222;outline-offset:2px}</style></head><body><main><h1>${escapeHtml(brand.name)}</h1>${content}</main></body></html>`;
  return { status, headers: PAGE_HEADERS, body };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const NEUTRAL_BRAND = { name: '—', colour: '#495057' };

/**
 * `mail-unsubscribe`: the link at the bottom of "inform contacts" mails. A GET shows a confirmation in
 * the contact's language; the POST of that page, a one-click POST from the mail client
 * (`List-Unsubscribe-Post`) or a GET with `confirm` withdraws the marketing consent. A link whose token
 * does not match answers 400 and changes nothing; a second click changes nothing more.
 */
export async function unsubscribe(
  deps: Pick<Deps, 'db' | 'now'>,
  secret: string,
  request: UnsubscribeRequest,
): Promise<HttpReply> {
  const tenantId = text(request.query.t);
  const contactId = text(request.query.c);
  const token = text(request.query.k);
  const fallbackLocale = pickLocale(request.acceptLanguage);
  const invalid = (locale: Locale, brand = NEUTRAL_BRAND) =>
    page(
      400,
      locale,
      brand,
      `<p><strong>${escapeHtml(COPY[locale].invalid)}</strong></p><p>${escapeHtml(COPY[locale].invalidDetail)}</p>`,
      COPY[locale].invalid,
    );

  const wellFormed = /^[A-Za-z0-9_-]{1,64}$/;
  if (!wellFormed.test(tenantId) || !wellFormed.test(contactId) || !token) return invalid(fallbackLocale);
  if (!verifyUnsubscribeToken(secret, tenantId, contactId, token)) return invalid(fallbackLocale);

  const { db } = deps;
  const contactRef = db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter);
  const [tenant, contact] = await Promise.all([
    db.doc(paths.tenant(tenantId)).withConverter(tenantConverter).get(),
    contactRef.get(),
  ]);
  const tenantData = tenant.data();
  const brand = tenantData ? { name: tenantData.name, colour: tenantData.branding.primaryColor } : NEUTRAL_BRAND;
  const current = contact.data();
  if (!current) return invalid(fallbackLocale, brand);
  const locale = current.locale;
  const copy = COPY[locale];
  const fill = (line: string) => escapeHtml(line.replace('{agency}', brand.name));

  const confirmed = request.method === 'POST' || text(request.query.confirm) !== '';
  if (!confirmed) {
    const form = `<form method="post"><p>${fill(copy.question)}</p><button type="submit" autofocus>${escapeHtml(copy.confirm)}</button></form>`;
    return page(200, locale, brand, form, copy.title);
  }

  const changed = await runTransaction(db, async (tx) => {
    const fresh = (await tx.get(contactRef)).data();
    if (!fresh) return false;
    if (!fresh.consent.marketing && fresh.consent.source === 'unsubscribe-link') return false;
    const now = deps.now();
    tx.update(
      contactRef,
      toStored({ consent: { marketing: false, at: now, source: 'unsubscribe-link' }, updatedAt: now }),
    );
    return true;
  });
  mailLog.contactUnsubscribed(tenantId, contactId, changed);
  return page(
    200,
    locale,
    brand,
    `<p><strong>${fill(copy.done)}</strong></p><p>${fill(copy.doneDetail)}</p>`,
    copy.title,
  );
}
