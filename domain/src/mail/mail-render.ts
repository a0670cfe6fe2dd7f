import type { Locale } from '../shared/locale';
import type { MailTemplateId } from './mail.schema';

export interface MailBrand {
  name: string;
  primaryColor: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** One mail's copy in one language: `{name}` placeholders are filled from the template data. */
export interface MailCopy {
  subject: string;
  lines: string[];
  /** The action button's label, shown when the data carries a `link`. */
  action?: string;
}

/** A capability's product mails, each in every locale (`<capability>/<capability>.mail-templates.ts`). */
export type MailTemplates<Id extends MailTemplateId> = Record<Id, Record<Locale, MailCopy>>;

type Data = Record<string, string>;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fill(template: string, data: Data, escape: (value: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : escape(value);
  });
}

/**
 * Renders one mail's copy for the agency. `data.link`, when given, becomes the action button.
 * Placeholders are escaped in the HTML part, so names typed by users cannot inject markup.
 */
export function renderMailCopy(copy: MailCopy, locale: Locale, data: Data, brand: MailBrand): RenderedMail {
  const values: Data = { agency: brand.name, ...data };
  const subject = fill(copy.subject, values, (value) => value);
  const textLines = copy.lines.map((line) => fill(line, values, (value) => value));
  const link = data.link;
  const text = [...textLines, ...(link ? ['', link] : []), '', brand.name].join('\n');
  const paragraphs = copy.lines.map((line) => `<p>${fill(escapeHtml(line), values, escapeHtml)}</p>`).join('');
  const button =
    link && copy.action
      ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:${escapeHtml(brand.primaryColor)};color:#fff;text-decoration:none">${escapeHtml(copy.action)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(link)}</p>`
      : '';
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#222"><div style="max-width:560px;margin:auto"><h2 style="color:${escapeHtml(brand.primaryColor)}">${escapeHtml(brand.name)}</h2>${paragraphs}${button}</div></body></html>`;
  return { subject, html, text };
}
