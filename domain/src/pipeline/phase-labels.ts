import type { Locale } from '../shared/locale';
import type { DealType, Phase } from './phases';
import type { PipelineSettings } from './pipeline-settings.schema';

/**
 * The phases' names before a tenant renames them, in every language: one source for the apps, the
 * remarks functions write and the mails.
 */
export const DEFAULT_PHASE_LABELS: Record<Locale, Record<Phase, string>> = {
  fr: {
    'matching-contacted': 'Contacté via matching',
    'request-received': 'Demande reçue',
    'request-answered': 'Demande répondue',
    'documentation-sent': 'Envoi de documentation',
    'first-visit': '1re visite',
    'second-visit': '2e visite',
    negotiation: 'Négociation de vente',
    reservation: 'Réservation',
    'purchase-confirmation': "Confirmation d'achat",
    'financing-proof': 'Preuve de financement',
    'contract-preparation': 'Préparation du contrat',
    notary: 'Registre foncier / Notaire',
    'contract-signed': 'Signature du contrat',
    'application-received': 'Dossier de location reçu',
    'solvency-check': 'Vérification de solvabilité',
    'lease-preparation': 'Préparation du bail',
    'lease-signed': 'Signature du bail',
    'check-in': "État des lieux d'entrée",
    cancelled: 'Annulation',
  },
  ru: {
    'matching-contacted': 'Связались по подбору',
    'request-received': 'Запрос получен',
    'request-answered': 'Ответ на запрос',
    'documentation-sent': 'Документация отправлена',
    'first-visit': '1-й просмотр',
    'second-visit': '2-й просмотр',
    negotiation: 'Переговоры о продаже',
    reservation: 'Бронирование',
    'purchase-confirmation': 'Подтверждение покупки',
    'financing-proof': 'Подтверждение финансирования',
    'contract-preparation': 'Подготовка договора',
    notary: 'Реестр / нотариус',
    'contract-signed': 'Подписание договора',
    'application-received': 'Заявка на аренду получена',
    'solvency-check': 'Проверка платёжеспособности',
    'lease-preparation': 'Подготовка договора аренды',
    'lease-signed': 'Подписание договора аренды',
    'check-in': 'Заселение',
    cancelled: 'Отмена',
  },
  en: {
    'matching-contacted': 'Contacted via matching',
    'request-received': 'Request received',
    'request-answered': 'Request answered',
    'documentation-sent': 'Documentation sent',
    'first-visit': '1st visit',
    'second-visit': '2nd visit',
    negotiation: 'Sale negotiation',
    reservation: 'Reservation',
    'purchase-confirmation': 'Purchase confirmation',
    'financing-proof': 'Proof of financing',
    'contract-preparation': 'Contract preparation',
    notary: 'Land registry / notary',
    'contract-signed': 'Contract signature',
    'application-received': 'Rental application received',
    'solvency-check': 'Solvency check',
    'lease-preparation': 'Lease preparation',
    'lease-signed': 'Lease signature',
    'check-in': 'Move-in inspection',
    cancelled: 'Cancellation',
  },
};

/** A phase's name as the tenant calls it, else the product's name in `locale`. */
export function phaseLabel(
  settings: Pick<PipelineSettings, 'phaseNames'>,
  dealType: DealType,
  phase: Phase,
  locale: Locale,
): string {
  const renamed: Partial<Record<Phase, string>> = settings.phaseNames[dealType];
  return renamed[phase] ?? DEFAULT_PHASE_LABELS[locale][phase];
}

const MOVE_REMARKS: Record<Locale, (actor: string, contact: string, from: string, to: string) => string> = {
  fr: (actor, contact, from, to) => `${actor} a déplacé ${contact} de « ${from} » à « ${to} ».`,
  ru: (actor, contact, from, to) => `${actor} перевёл(а) ${contact} с этапа «${from}» на этап «${to}».`,
  en: (actor, contact, from, to) => `${actor} moved ${contact} from “${from}” to “${to}”.`,
};

/** The remark a manual move writes in the history: who moved whom from where to where. */
export function phaseMoveRemark(
  locale: Locale,
  names: { actor: string; contact: string; from: string; to: string },
): string {
  return MOVE_REMARKS[locale](names.actor, names.contact, names.from, names.to);
}

const CHANGE_TEXTS: Record<Locale, (from: string | null, to: string) => string> = {
  fr: (from, to) => (from ? `Phase : « ${from} » → « ${to} »` : `Phase : « ${to} »`),
  ru: (from, to) => (from ? `Этап: «${from}» → «${to}»` : `Этап: «${to}»`),
  en: (from, to) => (from ? `Phase: “${from}” → “${to}”` : `Phase: “${to}”`),
};

/** The text of a `phase-change` entry, readable without the app's rendering of `phaseChange`. */
export function phaseChangeText(locale: Locale, from: string | null, to: string): string {
  return CHANGE_TEXTS[locale](from, to);
}
