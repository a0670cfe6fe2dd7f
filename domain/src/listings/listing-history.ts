import type { BuiltInHistoryType } from '../history/history.schema';
import type { Locale } from '../shared/locale';
import { averageStars, type ListingAction } from './listing-action.schema';

const WORDS = {
  fr: {
    'visit-request': 'Demande de visite depuis l’espace client ({reference}). Disponibilités : {text}',
    reject: 'Bien rejeté depuis l’espace client ({reference}). Raison : {text}',
    offer: 'Compte rendu de visite ({reference}, {stars}/5) : offre à faire. {text}',
    'report-reject': 'Compte rendu de visite ({reference}, {stars}/5) : rejeté. Raison : {text}',
  },
  en: {
    'visit-request': 'Visit request from the client space ({reference}). Availability: {text}',
    reject: 'Property rejected from the client space ({reference}). Reason: {text}',
    offer: 'Visit report ({reference}, {stars}/5): offer to make. {text}',
    'report-reject': 'Visit report ({reference}, {stars}/5): rejected. Reason: {text}',
  },
  ru: {
    'visit-request': 'Запрос на просмотр из личного кабинета ({reference}). Когда удобно: {text}',
    reject: 'Объект отклонён в личном кабинете ({reference}). Причина: {text}',
    offer: 'Отчёт о просмотре ({reference}, {stars}/5): готов(а) сделать предложение. {text}',
    'report-reject': 'Отчёт о просмотре ({reference}, {stars}/5): отклонено. Причина: {text}',
  },
} as const;

/**
 * The history entry a client's action leaves on their file, in the agency's language: a visit request
 * or an offer to make is a remark, a rejection a refusal (the pipeline's phase rules apply to it).
 */
export function listingActionHistory(
  locale: Locale,
  action: Pick<ListingAction, 'kind' | 'availability' | 'reason' | 'stars' | 'comment' | 'outcome'>,
  reference: string,
): { type: Extract<BuiltInHistoryType, 'remark' | 'refusal'>; text: string } {
  const words = WORDS[locale];
  const stars = action.stars ? String(averageStars(action.stars)) : '';
  const fill = (template: string, text: string) =>
    template.replace('{reference}', reference).replace('{stars}', stars).replace('{text}', text).trim();
  switch (action.kind) {
    case 'visit-request':
      return { type: 'remark', text: fill(words['visit-request'], action.availability) };
    case 'reject':
      return { type: 'refusal', text: fill(words.reject, action.reason) };
    case 'visit-report':
      return action.outcome === 'reject'
        ? { type: 'refusal', text: fill(words['report-reject'], action.reason) }
        : { type: 'remark', text: fill(words.offer, action.comment) };
  }
}
