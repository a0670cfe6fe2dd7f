import type { Building, Project, Unit } from '../projects';
import type { Currency } from '../tenancy/tenant.schema';
import type { Locale } from '../shared/locale';
import type { AgreementValues } from './agreement-placeholders';
import type { BookingTerms } from './booking-terms';
import type { DeveloperSignatory } from './developer-signatory.schema';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', ru: 'ru-RU', en: 'en-GB' };

const UNIT_KIND_WORDS: Record<Locale, Record<Unit['kind'], string>> = {
  fr: { apartment: 'appartement', commercial: 'local commercial', parking: 'place de parking', storage: 'cave' },
  ru: { apartment: 'квартира', commercial: 'нежилое помещение', parking: 'машино-место', storage: 'кладовая' },
  en: { apartment: 'apartment', commercial: 'commercial premises', parking: 'parking space', storage: 'storage room' },
};

const ESCROW_WORDS: Record<Locale, Record<'escrow' | 'letterOfCredit', string>> = {
  fr: { escrow: 'compte séquestre', letterOfCredit: 'lettre de crédit' },
  ru: { escrow: 'счёт эскроу', letterOfCredit: 'аккредитив' },
  en: { escrow: 'escrow account', letterOfCredit: 'letter of credit' },
};

const QUARTER: Record<Locale, (quarter: number, year: number) => string> = {
  fr: (quarter, year) => `${quarter}${quarter === 1 ? 'er' : 'e'} trimestre ${year}`,
  ru: (quarter, year) => `${['I', 'II', 'III', 'IV'][quarter - 1]} квартал ${year} г.`,
  en: (quarter, year) => `Q${quarter} ${year}`,
};

// Narrow no-break spaces of grouping print as boxes in some PDF viewers: plain spaces instead.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** What an agreement is filled from: the deal and everything it names, read when it is generated. */
export interface AgreementSources {
  locale: Locale;
  currency: Currency;
  date: Date;
  developer: { name: string; address: string; registrationNumber: string };
  booking: Pick<BookingTerms, 'price' | 'escrow' | 'unitNumber'>;
  /** The client as the contact names them, with their first email and phone ('' when none). */
  client: { fullName: string; email: string; phone: string };
  unit: Pick<Unit, 'number' | 'kind' | 'section' | 'floor' | 'rooms' | 'area'>;
  project: Pick<Project, 'name' | 'address' | 'city' | 'completion'>;
  building: Pick<Building, 'name'>;
  signatory: Pick<DeveloperSignatory, 'name' | 'position' | 'power'>;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The value of every placeholder, formatted in the tenant's language and currency. */
export function agreementValues(sources: AgreementSources): AgreementValues {
  const { locale, currency, booking, unit, project, signatory } = sources;
  const intl = INTL_LOCALE[locale];
  const money = (amount: number) =>
    plainSpaces(new Intl.NumberFormat(intl, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount));
  const day = (date: Date) =>
    new Intl.DateTimeFormat(intl, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
  const number = (value: number) =>
    plainSpaces(new Intl.NumberFormat(intl, { maximumFractionDigits: 2 }).format(value));
  const escrow = booking.escrow;
  return {
    'agreement.date': day(sources.date),
    'developer.name': orNull(sources.developer.name),
    'developer.address': orNull(sources.developer.address),
    'developer.registrationNumber': orNull(sources.developer.registrationNumber),
    'client.fullName': orNull(sources.client.fullName),
    'client.email': orNull(sources.client.email),
    'client.phone': orNull(sources.client.phone),
    'project.name': project.name,
    'project.address': project.address,
    'project.city': project.city,
    'project.completion': project.completion
      ? QUARTER[locale](project.completion.quarter, project.completion.year)
      : null,
    'building.name': sources.building.name,
    'unit.number': unit.number,
    'unit.kind': UNIT_KIND_WORDS[locale][unit.kind],
    'unit.section': unit.section,
    'unit.floor': String(unit.floor),
    'unit.rooms': String(unit.rooms),
    'unit.area': number(unit.area),
    'deal.price': money(booking.price),
    'deal.pricePerSquareMetre': unit.area > 0 ? money(Math.round(booking.price / unit.area)) : null,
    'escrow.kind': escrow ? ESCROW_WORDS[locale][escrow.kind] : null,
    'escrow.bank': escrow ? orNull(escrow.bank) : null,
    'escrow.account': escrow ? orNull(escrow.account) : null,
    'escrow.amount': escrow ? money(escrow.amount) : null,
    'escrow.openedAt': escrow?.openedAt ? day(escrow.openedAt) : null,
    'signatory.name': signatory.name,
    'signatory.position': signatory.position,
    'signatory.power.number': signatory.power.number,
    'signatory.power.issuedOn': day(signatory.power.issuedOn),
    'signatory.power.validUntil': day(signatory.power.validUntil),
  };
}
