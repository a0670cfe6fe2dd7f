import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * A phone number as typed (`06 12 34 56 78`, `+7 912 345-67-89`) in the international E.164 form
 * (`+33612345678`), read in the agency's country when it has no calling code; null when it is not a
 * possible number there.
 */
export function normalisePhone(raw: string, defaultCountry: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry.toUpperCase() as CountryCode);
  return parsed?.isValid() ? parsed.number : null;
}

/** `+33612345678` → `+33 6 12 34 56 78`, for display; anything unparsable is shown as stored. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
