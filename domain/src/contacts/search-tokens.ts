import { z } from 'zod';
import type { ContactEmail, ContactPhone } from './contact.schema';

/**
 * Quick search over contacts without a search service: every contact stores `searchTokens`, the
 * prefixes a collaborator may type, and the app asks `where('searchTokens', 'array-contains', token)`.
 * One array-contains query is served by Firestore's automatic single-field index, so no composite
 * index is needed and the cost depends on the page asked for, not on the number of contacts.
 *
 * Size: every token is an index entry and bytes in the document, so the array stays small. Prefixes
 * start at 2 characters (one letter matches too many contacts to be useful) and stop at 20 (a longer
 * query is cut to 20 characters, which is still precise). In the worst case (long first and last
 * names, a long email, a full international number) one email and one phone give about 125 distinct
 * tokens; a company name and further emails and phones add more, so the array is cut at 150 in the
 * order of the keys (names, company, first phone and email, inner words, then the other phones and
 * emails); a typical contact (Élodie Lefèvre, her email and mobile) has about 50.
 */
export const SEARCH_TOKEN_MIN = 2;
export const SEARCH_TOKEN_MAX = 20;
export const SEARCH_TOKENS_CAP = 150;

/** Phone digits kept as prefixes: E.164 numbers have at most 15 digits. */
const PHONE_DIGITS_MAX = 15;

/**
 * Calling codes of the markets the product serves, longest first so `352` wins over `3`. A number
 * with another code keeps its digits as typed; the query is read the same way, so both still meet.
 */
const CALLING_CODES = ['352', '377', '375', '351', '33', '32', '41', '44', '49', '34', '39', '7', '1'];

/**
 * The fields the tokens are made of: the names, the company name, every email and every phone. `email`
 * and `phone` (the first of each) are read too, so a contact stored before `emails`/`phones` is found.
 */
export const contactSearchFieldsSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  companyName: z.string().default(''),
  email: z.string().default(''),
  phone: z.string().default(''),
  emails: z.array(z.object({ address: z.string() })).default([]),
  phones: z.array(z.object({ number: z.string() })).default([]),
});
export interface ContactSearchFields {
  firstName: string;
  lastName: string;
  companyName?: string;
  email?: string;
  phone?: string;
  emails?: readonly Pick<ContactEmail, 'address'>[];
  phones?: readonly Pick<ContactPhone, 'number'>[];
}

/**
 * Lower case, Latin accents folded (é → e, ç → c, ß stays), Cyrillic kept as is except ё → е (й stays
 * й), every run of punctuation or spaces turned into one space, trimmed.
 */
export function normaliseForSearch(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .normalize('NFD')
      // Only marks on Latin letters go: й is и plus a breve in NFD and must come back whole.
      .replace(/([a-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** `local@domain` as searched: the local part normalised like a name, the domain lower case. */
function emailKey(email: string): { local: string; full: string } {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.indexOf('@');
  if (at < 0) return { local: normaliseForSearch(trimmed), full: '' };
  const local = normaliseForSearch(trimmed.slice(0, at));
  const domain = trimmed.slice(at + 1).replace(/\s+/g, '');
  return { local, full: `${local}@${domain}` };
}

/**
 * The number without its international or trunk prefix: `+33 6 12`, `0033 6 12`, `+33 (0)6 12` and
 * `06 12` all become `612`, so an agent finds the number whichever way it was written.
 */
function nationalDigits(raw: string): string {
  const trimmed = raw.trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (international) {
    if (!trimmed.startsWith('+')) digits = digits.slice(2);
    const code = CALLING_CODES.find((candidate) => digits.startsWith(candidate));
    if (code) digits = digits.slice(code.length);
  }
  return digits.replace(/^0+/, '');
}

function prefixes(value: string, max = SEARCH_TOKEN_MAX): string[] {
  const result: string[] = [];
  for (let length = SEARCH_TOKEN_MIN; length <= Math.min(value.length, max); length += 1) {
    const prefix = value.slice(0, length);
    // A prefix that ends on the space between two words adds nothing to the one without it.
    if (!prefix.endsWith(' ')) result.push(prefix);
  }
  return result;
}

function phoneKeys(phone: string): string[] {
  return [
    ...prefixes(nationalDigits(phone), PHONE_DIGITS_MAX),
    ...prefixes(phone.replace(/\D/g, ''), PHONE_DIGITS_MAX),
  ];
}

function emailKeys(address: string): string[] {
  const email = emailKey(address);
  return [
    ...prefixes(email.local),
    // The local part's prefixes are already there: only those reaching past the @ are new.
    ...prefixes(email.full).filter((prefix) => prefix.length > email.local.length),
  ];
}

/** Every distinct value of the list and of its legacy single field, the first one first. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}

/** The de-duplicated, bounded prefixes a contact is found by (see the note at the top of this file). */
export function contactSearchTokens(contact: ContactSearchFields): string[] {
  const first = normaliseForSearch(contact.firstName);
  const last = normaliseForSearch(contact.lastName);
  const company = normaliseForSearch(contact.companyName ?? '');
  const phones = distinct([...(contact.phones ?? []).map((phone) => phone.number), contact.phone ?? '']);
  const emails = distinct([...(contact.emails ?? []).map((email) => email.address), contact.email ?? '']);
  const words = [...first.split(' '), ...last.split(' '), ...company.split(' ')].filter(
    (word) => word.length >= SEARCH_TOKEN_MIN,
  );

  // The first phone and email come before the inner words and the others, so the cap (reached only
  // by a contact with many long addresses) drops the least useful tokens.
  const keys = [
    ...prefixes(last),
    ...prefixes(first),
    ...prefixes(`${first} ${last}`.trim()),
    ...prefixes(`${last} ${first}`.trim()),
    ...prefixes(company),
    ...phoneKeys(phones[0] ?? ''),
    ...emailKeys(emails[0] ?? ''),
    // Inner words of compound names ("de la Fontaine", "Jean-Pierre", "Agence du Port"), found on their own.
    ...words.flatMap((word) => prefixes(word)),
    ...phones.slice(1).flatMap(phoneKeys),
    ...emails.slice(1).flatMap(emailKeys),
  ];
  return [...new Set(keys)].slice(0, SEARCH_TOKENS_CAP);
}

/** Phone-like input: digits with the separators people type between them. */
const PHONE_INPUT = /^[+(]?[\d\s().\-/]*\d[\d\s().\-/]*$/;

/**
 * The one token to look up for what the user typed, or null while it is too short to mean anything.
 * It is built by the same rules as the stored tokens, so "Lefe", "lefè" and "LEFÈVRE J" all meet.
 */
export function searchQueryToken(input: string): string | null {
  const trimmed = input.trim();
  let token: string;
  if (PHONE_INPUT.test(trimmed)) {
    token = /^[+0]/.test(trimmed) ? nationalDigits(trimmed) : trimmed.replace(/\D/g, '');
    token = token.slice(0, PHONE_DIGITS_MAX);
  } else if (trimmed.includes('@')) {
    token = emailKey(trimmed).full.slice(0, SEARCH_TOKEN_MAX).trimEnd();
  } else {
    token = normaliseForSearch(trimmed).slice(0, SEARCH_TOKEN_MAX).trimEnd();
  }
  return token.length >= SEARCH_TOKEN_MIN ? token : null;
}
