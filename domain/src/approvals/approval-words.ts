import type { Locale } from '../shared/locale';
import type { Currency } from '../tenancy/tenant.schema';
import { moneyFormat } from '../tenancy/money-format';
import { discountAmountOf, discountWords } from '../discounts/discount-rules';
import { durationHours, type Duration } from '../reservations/reservation-settings.schema';
import type { Approval, ApprovalAction, ApprovalStatus } from './approval.schema';

function durationWords(locale: Locale, by: Duration): string {
  const hours = durationHours(by);
  const days = hours % 24 === 0 ? hours / 24 : null;
  const format = new Intl.NumberFormat(locale);
  if (days !== null) {
    const unit = { fr: days > 1 ? 'jours' : 'jour', ru: russianDays(days), en: days > 1 ? 'days' : 'day' }[locale];
    return `${format.format(days)} ${unit}`;
  }
  const unit = { fr: hours > 1 ? 'heures' : 'heure', ru: russianHours(hours), en: hours > 1 ? 'hours' : 'hour' }[
    locale
  ];
  return `${format.format(hours)} ${unit}`;
}

function russianPlural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}
const russianDays = (count: number) => russianPlural(count, 'день', 'дня', 'дней');
const russianHours = (count: number) => russianPlural(count, 'час', 'часа', 'часов');

/**
 * What an approval asks, in the reader's language, for mails and history: "prolonger la réservation
 * de Anna Petrova de 3 jours" or "fixer le prix à 9 000 000 ₽ (plancher 9 423 000 ₽)".
 */
export function approvalActionWords(
  locale: Locale,
  currency: Currency,
  approval: Pick<Approval, 'contactName' | 'floorPrice'> &
    Partial<Pick<Approval, 'current'>> & { action: ApprovalAction },
): string {
  const { action } = approval;
  if (action.kind === 'bookingDiscount') {
    const priceBefore = approval.current?.price ?? 0;
    const discount = discountWords(locale, currency, action.discount, priceBefore);
    const price = moneyFormat(locale, currency).format(priceBefore - discountAmountOf(action.discount, priceBefore));
    const name = approval.contactName ?? '';
    return {
      fr: `accorder une remise de ${discount} à ${name} : offre au prix de ${price}`,
      ru: `предоставить скидку ${discount} клиенту ${name}: оферта по цене ${price}`,
      en: `grant ${name} a discount of ${discount}: offer at ${price}`,
    }[locale];
  }
  if (action.kind === 'reservationExtension') {
    const by = durationWords(locale, action.by);
    const name = approval.contactName ?? '';
    return {
      fr: `prolonger la réservation de ${name} de ${by}`,
      ru: `продлить резерв клиента ${name} на ${by}`,
      en: `extend ${name}'s reservation by ${by}`,
    }[locale];
  }
  const money = moneyFormat(locale, currency);
  const price = money.format(action.price);
  const floor = approval.floorPrice === null ? '' : money.format(approval.floorPrice);
  return {
    fr: `fixer le prix à ${price} (plancher ${floor})`,
    ru: `установить цену ${price} (минимальная ${floor})`,
    en: `set the price to ${price} (floor ${floor})`,
  }[locale];
}

export function approvalDecisionWords(
  locale: Locale,
  status: Extract<ApprovalStatus, 'approved' | 'rejected'>,
): string {
  return {
    fr: { approved: 'accordé', rejected: 'refusé' },
    ru: { approved: 'согласовано', rejected: 'отклонено' },
    en: { approved: 'approved', rejected: 'rejected' },
  }[locale][status];
}
