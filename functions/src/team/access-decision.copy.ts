import type { Locale, StaffRole } from '@estate/domain';

const ROLE_NAMES: Record<Locale, Record<StaffRole, string>> = {
  fr: { owner: 'Propriétaire', admin: 'Administrateur', manager: 'Manager', agent: 'Agent', partner: 'Partenaire' },
  ru: { owner: 'Владелец', admin: 'Администратор', manager: 'Менеджер', agent: 'Агент', partner: 'Партнёр' },
  en: { owner: 'Owner', admin: 'Admin', manager: 'Manager', agent: 'Agent', partner: 'Partner' },
};

/** The sentence the `access-decision` mail carries as `{decision}`, in the requester's language. */
export function decisionSentence(
  locale: Locale,
  decision: { approved: true; role: StaffRole } | { approved: false },
): string {
  if (!decision.approved) {
    return {
      fr: "Votre demande d'accès a été refusée.",
      ru: 'Ваш запрос на доступ отклонён.',
      en: 'Your access request was declined.',
    }[locale];
  }
  const role = ROLE_NAMES[locale][decision.role];
  return {
    fr: `Votre accès a été validé avec le rôle ${role}.`,
    ru: `Ваш доступ подтверждён с ролью «${role}».`,
    en: `Your access was approved with the role ${role}.`,
  }[locale];
}
