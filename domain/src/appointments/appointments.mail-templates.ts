import type { MailTemplates } from '../mail/mail-render';

/**
 * The mails of appointments, per locale. To the client: created, changed, cancelled (essential, always
 * sent); to the agent: a client asks for a change. `{when}` is formatted by formatAppointmentTime.
 */
export const appointmentsMailTemplates: MailTemplates<
  'appointment-created' | 'appointment-changed' | 'appointment-cancelled' | 'appointment-change-requested'
> = {
  'appointment-created': {
    fr: {
      subject: '{kind} : {when}',
      lines: [
        'Bonjour {clientFirstName},',
        '{agentName} a fixé un rendez-vous avec vous : {kind}, « {title} ».',
        'Quand : {when}',
        'Où : {place}',
        'Retrouvez-le dans votre calendrier, d’où vous pouvez l’ajouter à l’agenda de votre téléphone.',
      ],
      action: 'Voir mon calendrier',
    },
    ru: {
      subject: '{kind}: {when}',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        '{agentName} назначил(а) вам встречу: {kind}, «{title}».',
        'Когда: {when}',
        'Где: {place}',
        'Она есть в вашем календаре, откуда её можно добавить в календарь телефона.',
      ],
      action: 'Открыть мой календарь',
    },
    en: {
      subject: '{kind}: {when}',
      lines: [
        'Hello {clientFirstName},',
        '{agentName} set an appointment with you: {kind}, “{title}”.',
        'When: {when}',
        'Where: {place}',
        'It is in your calendar, from where you can add it to your phone’s calendar.',
      ],
      action: 'Open my calendar',
    },
  },
  'appointment-changed': {
    fr: {
      subject: 'Rendez-vous modifié : {kind}, {when}',
      lines: [
        'Bonjour {clientFirstName},',
        '{agentName} a modifié votre rendez-vous « {title} » ({kind}).',
        'Quand : {when}',
        'Où : {place}',
        'Pensez à mettre à jour l’agenda de votre téléphone depuis votre calendrier.',
      ],
      action: 'Voir mon calendrier',
    },
    ru: {
      subject: 'Встреча изменена: {kind}, {when}',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        '{agentName} изменил(а) вашу встречу «{title}» ({kind}).',
        'Когда: {when}',
        'Где: {place}',
        'Не забудьте обновить календарь телефона из вашего календаря.',
      ],
      action: 'Открыть мой календарь',
    },
    en: {
      subject: 'Appointment changed: {kind}, {when}',
      lines: [
        'Hello {clientFirstName},',
        '{agentName} changed your appointment “{title}” ({kind}).',
        'When: {when}',
        'Where: {place}',
        'Remember to update your phone’s calendar from your calendar.',
      ],
      action: 'Open my calendar',
    },
  },
  'appointment-cancelled': {
    fr: {
      subject: 'Rendez-vous annulé : {kind}, {when}',
      lines: [
        'Bonjour {clientFirstName},',
        '{agentName} a annulé votre rendez-vous « {title} » ({kind}) prévu {when}.',
        'Motif : {reason}',
      ],
      action: 'Voir mon calendrier',
    },
    ru: {
      subject: 'Встреча отменена: {kind}, {when}',
      lines: [
        'Здравствуйте, {clientFirstName}!',
        '{agentName} отменил(а) вашу встречу «{title}» ({kind}), назначенную на {when}.',
        'Причина: {reason}',
      ],
      action: 'Открыть мой календарь',
    },
    en: {
      subject: 'Appointment cancelled: {kind}, {when}',
      lines: [
        'Hello {clientFirstName},',
        '{agentName} cancelled your appointment “{title}” ({kind}) set for {when}.',
        'Reason: {reason}',
      ],
      action: 'Open my calendar',
    },
  },
  'appointment-change-requested': {
    fr: {
      subject: '{clientName} demande à changer un rendez-vous',
      lines: [
        'Bonjour {agentName},',
        '{clientName} demande une modification du rendez-vous « {title} » ({kind}), prévu {when} :',
        '« {text} »',
      ],
      action: 'Ouvrir le calendrier',
    },
    ru: {
      subject: '{clientName} просит изменить встречу',
      lines: [
        'Здравствуйте, {agentName}!',
        '{clientName} просит изменить встречу «{title}» ({kind}), назначенную на {when}:',
        '«{text}»',
      ],
      action: 'Открыть календарь',
    },
    en: {
      subject: '{clientName} asks to change an appointment',
      lines: [
        'Hello {agentName},',
        '{clientName} asks for a change of the appointment “{title}” ({kind}) set for {when}:',
        '“{text}”',
      ],
      action: 'Open the calendar',
    },
  },
};
