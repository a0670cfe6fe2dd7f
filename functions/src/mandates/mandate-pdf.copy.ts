import { formatRegisterNumber, type FeesPayer, type Locale, type Mandate, type MandateKind } from '@estate/domain';

/**
 * The words of the mandate and amendment PDFs, per language. The French text is the one that binds;
 * its mentions follow loi n° 70-9 (art. 6), décret n° 72-678 (art. 72, 78) and the Code de la
 * consommation (L. 221-5, L. 221-18, annexe to R. 221-1: the withdrawal form).
 */
export interface MandateCopy {
  title: (kind: MandateKind, dealType: 'sale' | 'rental') => string;
  registerNumber: string;
  draft: string;
  parties: string;
  agency: string;
  mandators: string;
  property: string;
  reference: string;
  address: string;
  terms: string;
  price: (dealType: 'sale' | 'rental') => string;
  fees: string;
  feesPaidBy: Record<FeesPayer, (dealType: 'sale' | 'rental') => string>;
  duration: string;
  months: (count: number) => string;
  from: string;
  until: string;
  delegation: string;
  delegationYes: string;
  delegationNo: string;
  exclusivity: Record<Exclude<MandateKind, 'simple'>, string>;
  simpleClause: string;
  termination: string;
  registerMention: string;
  agencyMentions: string;
  card: string;
  guarantee: string;
  insurer: string;
  mediator: string;
  notProvided: string;
  withdrawalTitle: string;
  withdrawal: string[];
  withdrawalFormTitle: string;
  withdrawalForm: (agency: string) => string[];
  signatures: string;
  signer: string;
  signedElectronically: string;
  amendmentTitle: (sequence: number) => string;
  amendmentOf: (registerNumber: string) => string;
  amendmentIntro: string;
  before: string;
  after: string;
  amendmentRest: string;
}

const fr: MandateCopy = {
  title: (kind, dealType) =>
    `Mandat ${dealType === 'sale' ? 'de vente' : 'de location'} ${{ simple: 'simple', exclusive: 'exclusif', 'semi-exclusive': 'semi-exclusif' }[kind]}`,
  registerNumber: 'Registre des mandats n°',
  draft: 'Projet — sans numéro tant qu’il n’est pas envoyé en signature',
  parties: 'Entre les soussignés',
  agency: 'Le mandataire',
  mandators: 'Le ou les mandants',
  property: 'Le bien',
  reference: 'Référence',
  address: 'Adresse',
  terms: 'Conditions du mandat',
  price: (dealType) => (dealType === 'sale' ? 'Prix de vente demandé' : 'Loyer mensuel demandé'),
  fees: 'Honoraires du mandataire (TTC)',
  feesPaidBy: {
    mandator: (dealType) => (dealType === 'sale' ? 'à la charge du vendeur' : 'à la charge du bailleur'),
    'other-party': (dealType) => (dealType === 'sale' ? 'à la charge de l’acquéreur' : 'à la charge du locataire'),
    shared: () => 'partagés entre les parties',
  },
  duration: 'Durée',
  months: (count) => `${count} mois`,
  from: 'à compter du',
  until: 'jusqu’au',
  delegation: 'Délégation',
  delegationYes:
    'Le mandant autorise le mandataire à déléguer le présent mandat à des agences partenaires, qui agiront aux mêmes conditions.',
  delegationNo: 'Le mandant n’autorise pas la délégation du présent mandat à d’autres agences.',
  exclusivity: {
    exclusive:
      'CLAUSE D’EXCLUSIVITÉ : PENDANT TOUTE LA DURÉE DU MANDAT, LE MANDANT S’INTERDIT DE NÉGOCIER DIRECTEMENT OU PAR UN AUTRE INTERMÉDIAIRE. TOUTE OPÉRATION CONCLUE EN VIOLATION DE CETTE CLAUSE OUVRE DROIT AU PROFIT DU MANDATAIRE À UNE INDEMNITÉ QUI NE PEUT EXCÉDER LE MONTANT DES HONORAIRES STIPULÉS.',
    'semi-exclusive':
      'CLAUSE DE SEMI-EXCLUSIVITÉ : PENDANT TOUTE LA DURÉE DU MANDAT, LE MANDANT S’INTERDIT DE CONFIER LA NÉGOCIATION À UN AUTRE INTERMÉDIAIRE ; IL CONSERVE LE DROIT DE VENDRE OU LOUER PAR LUI-MÊME À UNE PERSONNE QUI NE LUI A PAS ÉTÉ PRÉSENTÉE PAR LE MANDATAIRE.',
  },
  simpleClause:
    'Mandat simple : le mandant conserve le droit de négocier lui-même ou de confier la négociation à d’autres intermédiaires ; il s’engage à informer sans délai le mandataire de toute opération conclue.',
  termination:
    'PASSÉ UN DÉLAI DE TROIS MOIS À COMPTER DE SA SIGNATURE, LE PRÉSENT MANDAT PEUT ÊTRE DÉNONCÉ À TOUT MOMENT PAR CHACUNE DES PARTIES, À CHARGE POUR CELLE QUI ENTEND Y METTRE FIN D’EN AVISER L’AUTRE QUINZE JOURS AU MOINS À L’AVANCE PAR LETTRE RECOMMANDÉE AVEC DEMANDE D’AVIS DE RÉCEPTION (décret n° 72-678 du 20 juillet 1972, art. 78).',
  registerMention:
    'Le numéro d’inscription au registre des mandats figure en tête de chaque exemplaire (décret n° 72-678, art. 72). Un exemplaire est remis au mandant dès sa signature.',
  agencyMentions: 'Mentions du mandataire (loi n° 70-9 du 2 janvier 1970)',
  card: 'Carte professionnelle',
  guarantee: 'Garantie financière',
  insurer: 'Assurance responsabilité civile professionnelle',
  mediator: 'Médiateur de la consommation',
  notProvided: 'non renseigné',
  withdrawalTitle: 'Droit de rétractation (contrat conclu à distance)',
  withdrawal: [
    'Le mandant, consommateur, dispose d’un délai de quatorze jours à compter de la signature du présent mandat pour se rétracter, sans avoir à motiver sa décision ni à supporter d’autres coûts (Code de la consommation, art. L. 221-18).',
    'Pour exercer ce droit, il notifie sa décision au mandataire, avant l’expiration du délai, par une déclaration dénuée d’ambiguïté (lettre recommandée ou courrier électronique) ; il peut utiliser le formulaire de rétractation ci-après, sans que cela soit obligatoire.',
    'Le mandataire n’exécute aucune prestation pendant ce délai sauf demande expresse du mandant ; il ne perçoit aucune somme avant la conclusion de l’opération.',
  ],
  withdrawalFormTitle: 'Formulaire de rétractation',
  withdrawalForm: (agency) => [
    '(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)',
    `À l’attention de ${agency} :`,
    'Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la prestation de services ci-dessous :',
    'Commandé le (*) / reçu le (*) :',
    'Nom du (des) consommateur(s) :',
    'Adresse du (des) consommateur(s) :',
    'Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :',
    'Date :',
    '(*) Rayez la mention inutile.',
  ],
  signatures: 'Signatures',
  signer: 'Mandant',
  signedElectronically: 'Signature électronique recueillie par le mandataire',
  amendmentTitle: (sequence) => `Avenant n° ${sequence}`,
  amendmentOf: (registerNumber) => `au mandat inscrit au registre des mandats sous le n° ${registerNumber}`,
  amendmentIntro: 'Les parties conviennent de modifier les conditions du mandat comme suit :',
  before: 'Avant',
  after: 'Après',
  amendmentRest: 'Toutes les autres clauses du mandat demeurent inchangées.',
};

const ru: MandateCopy = {
  title: (kind, dealType) =>
    `${{ simple: 'Простой', exclusive: 'Эксклюзивный', 'semi-exclusive': 'Полуэксклюзивный' }[kind]} договор поручения на ${dealType === 'sale' ? 'продажу' : 'сдачу в аренду'}`,
  registerNumber: 'Реестр поручений №',
  draft: 'Проект — без номера, пока не отправлен на подпись',
  parties: 'Стороны',
  agency: 'Поверенный',
  mandators: 'Доверитель(и)',
  property: 'Объект',
  reference: 'Номер объекта',
  address: 'Адрес',
  terms: 'Условия поручения',
  price: (dealType) => (dealType === 'sale' ? 'Цена продажи' : 'Ежемесячная арендная плата'),
  fees: 'Вознаграждение поверенного (с НДС)',
  feesPaidBy: {
    mandator: (dealType) => (dealType === 'sale' ? 'оплачивает продавец' : 'оплачивает арендодатель'),
    'other-party': (dealType) => (dealType === 'sale' ? 'оплачивает покупатель' : 'оплачивает арендатор'),
    shared: () => 'делится между сторонами',
  },
  duration: 'Срок',
  months: (count) => `${count} мес.`,
  from: 'с',
  until: 'по',
  delegation: 'Передача партнёрам',
  delegationYes:
    'Доверитель разрешает поверенному передать настоящее поручение агентствам-партнёрам на тех же условиях.',
  delegationNo: 'Доверитель не разрешает передавать настоящее поручение другим агентствам.',
  exclusivity: {
    exclusive:
      'УСЛОВИЕ ОБ ЭКСКЛЮЗИВНОСТИ: В ТЕЧЕНИЕ ВСЕГО СРОКА ПОРУЧЕНИЯ ДОВЕРИТЕЛЬ НЕ ВПРАВЕ ВЕСТИ ПЕРЕГОВОРЫ САМ ИЛИ ЧЕРЕЗ ДРУГОГО ПОСРЕДНИКА. СДЕЛКА В НАРУШЕНИЕ ЭТОГО УСЛОВИЯ ДАЁТ ПОВЕРЕННОМУ ПРАВО НА КОМПЕНСАЦИЮ НЕ БОЛЕЕ СУММЫ ВОЗНАГРАЖДЕНИЯ.',
    'semi-exclusive':
      'УСЛОВИЕ О ПОЛУЭКСКЛЮЗИВНОСТИ: В ТЕЧЕНИЕ ВСЕГО СРОКА ПОРУЧЕНИЯ ДОВЕРИТЕЛЬ НЕ ВПРАВЕ ПОРУЧАТЬ ПЕРЕГОВОРЫ ДРУГОМУ ПОСРЕДНИКУ; ОН СОХРАНЯЕТ ПРАВО ПРОДАТЬ ИЛИ СДАТЬ ОБЪЕКТ САМ ЛИЦУ, НЕ ПРЕДСТАВЛЕННОМУ ПОВЕРЕННЫМ.',
  },
  simpleClause:
    'Простое поручение: доверитель вправе вести переговоры сам или через других посредников и обязуется незамедлительно сообщить поверенному о заключённой сделке.',
  termination:
    'ПО ИСТЕЧЕНИИ ТРЁХ МЕСЯЦЕВ С ДАТЫ ПОДПИСАНИЯ НАСТОЯЩЕЕ ПОРУЧЕНИЕ МОЖЕТ БЫТЬ РАСТОРГНУТО ЛЮБОЙ ИЗ СТОРОН В ЛЮБОЙ МОМЕНТ С УВЕДОМЛЕНИЕМ ДРУГОЙ СТОРОНЫ НЕ МЕНЕЕ ЧЕМ ЗА ПЯТНАДЦАТЬ ДНЕЙ ЗАКАЗНЫМ ПИСЬМОМ С УВЕДОМЛЕНИЕМ О ВРУЧЕНИИ (декрет № 72-678 от 20 июля 1972 г., ст. 78).',
  registerMention:
    'Номер записи в реестре поручений указан в начале каждого экземпляра (декрет № 72-678, ст. 72). Экземпляр передаётся доверителю сразу после подписания.',
  agencyMentions: 'Сведения о поверенном (закон № 70-9 от 2 января 1970 г.)',
  card: 'Профессиональная карта',
  guarantee: 'Финансовая гарантия',
  insurer: 'Страхование профессиональной ответственности',
  mediator: 'Потребительский медиатор',
  notProvided: 'не указано',
  withdrawalTitle: 'Право на отказ (договор, заключённый дистанционно)',
  withdrawal: [
    'Доверитель-потребитель вправе отказаться от настоящего поручения в течение четырнадцати дней с даты подписания без объяснения причин и без иных расходов (Кодекс потребителя Франции, ст. L. 221-18).',
    'Для этого он до истечения срока направляет поверенному недвусмысленное заявление (заказным письмом или по электронной почте); он может, но не обязан, использовать приведённую ниже форму отказа.',
    'В течение этого срока поверенный не оказывает услуг без прямой просьбы доверителя и не получает никаких сумм до заключения сделки.',
  ],
  withdrawalFormTitle: 'Форма отказа',
  withdrawalForm: (agency) => [
    '(Заполните и верните эту форму, только если хотите отказаться от договора.)',
    `Кому: ${agency}`,
    'Я/мы (*) настоящим уведомляю/уведомляем (*) об отказе от договора на оказание следующих услуг:',
    'Заказано (*) / получено (*):',
    'Имя потребителя(ей):',
    'Адрес потребителя(ей):',
    'Подпись потребителя(ей) (только для бумажной формы):',
    'Дата:',
    '(*) Ненужное зачеркнуть.',
  ],
  signatures: 'Подписи',
  signer: 'Доверитель',
  signedElectronically: 'Электронная подпись собрана поверенным',
  amendmentTitle: (sequence) => `Дополнительное соглашение № ${sequence}`,
  amendmentOf: (registerNumber) => `к поручению, внесённому в реестр поручений под № ${registerNumber}`,
  amendmentIntro: 'Стороны договорились изменить условия поручения следующим образом:',
  before: 'Было',
  after: 'Стало',
  amendmentRest: 'Все остальные условия поручения остаются без изменений.',
};

const en: MandateCopy = {
  title: (kind, dealType) =>
    `${{ simple: 'Simple', exclusive: 'Exclusive', 'semi-exclusive': 'Semi-exclusive' }[kind]} ${dealType === 'sale' ? 'sale' : 'letting'} mandate`,
  registerNumber: 'Register of mandates no.',
  draft: 'Draft — numbered when sent for signature',
  parties: 'Between the undersigned',
  agency: 'The agent',
  mandators: 'The principal(s)',
  property: 'The property',
  reference: 'Reference',
  address: 'Address',
  terms: 'Terms of the mandate',
  price: (dealType) => (dealType === 'sale' ? 'Asking price' : 'Monthly rent asked'),
  fees: 'Agent’s fees (incl. VAT)',
  feesPaidBy: {
    mandator: (dealType) => (dealType === 'sale' ? 'paid by the seller' : 'paid by the landlord'),
    'other-party': (dealType) => (dealType === 'sale' ? 'paid by the buyer' : 'paid by the tenant'),
    shared: () => 'shared between the parties',
  },
  duration: 'Duration',
  months: (count) => `${count} month${count === 1 ? '' : 's'}`,
  from: 'from',
  until: 'until',
  delegation: 'Delegation',
  delegationYes: 'The principal allows the agent to delegate this mandate to partner agencies, on the same terms.',
  delegationNo: 'The principal does not allow this mandate to be delegated to other agencies.',
  exclusivity: {
    exclusive:
      'EXCLUSIVITY CLAUSE: FOR THE WHOLE TERM OF THE MANDATE, THE PRINCIPAL SHALL NOT NEGOTIATE DIRECTLY OR THROUGH ANY OTHER INTERMEDIARY. A DEAL MADE IN BREACH OF THIS CLAUSE ENTITLES THE AGENT TO COMPENSATION NOT EXCEEDING THE FEES STATED.',
    'semi-exclusive':
      'SEMI-EXCLUSIVITY CLAUSE: FOR THE WHOLE TERM OF THE MANDATE, THE PRINCIPAL SHALL NOT ENTRUST THE NEGOTIATION TO ANY OTHER INTERMEDIARY; THE PRINCIPAL KEEPS THE RIGHT TO SELL OR LET DIRECTLY TO SOMEONE THE AGENT DID NOT INTRODUCE.',
  },
  simpleClause:
    'Simple mandate: the principal may negotiate directly or through other intermediaries, and shall tell the agent at once of any deal made.',
  termination:
    'AFTER THREE MONTHS FROM ITS SIGNATURE, THIS MANDATE MAY BE ENDED AT ANY TIME BY EITHER PARTY, GIVING THE OTHER AT LEAST FIFTEEN DAYS’ NOTICE BY REGISTERED LETTER WITH ACKNOWLEDGEMENT OF RECEIPT (décret no. 72-678 of 20 July 1972, art. 78).',
  registerMention:
    'The number of the mandate in the register of mandates is printed at the top of every copy (décret no. 72-678, art. 72). A copy is given to the principal as soon as it is signed.',
  agencyMentions: 'The agent’s legal mentions (loi no. 70-9 of 2 January 1970)',
  card: 'Professional card',
  guarantee: 'Financial guarantee',
  insurer: 'Professional liability insurance',
  mediator: 'Consumer mediator',
  notProvided: 'not provided',
  withdrawalTitle: 'Right of withdrawal (contract signed at a distance)',
  withdrawal: [
    'The principal, as a consumer, may withdraw from this mandate within fourteen days of signing it, without giving any reason and without any other cost (French Consumer Code, art. L. 221-18).',
    'To do so, the principal informs the agent before the period ends by an unambiguous statement (registered letter or email), and may use the withdrawal form below, though it is not compulsory.',
    'The agent performs no service during this period unless the principal expressly asks, and receives no money before the deal is made.',
  ],
  withdrawalFormTitle: 'Withdrawal form',
  withdrawalForm: (agency) => [
    '(Complete and return this form only if you wish to withdraw from the contract.)',
    `To ${agency}:`,
    'I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract for the provision of the following service:',
    'Ordered on (*) / received on (*):',
    'Name of consumer(s):',
    'Address of consumer(s):',
    'Signature of consumer(s) (only if this form is notified on paper):',
    'Date:',
    '(*) Delete as appropriate.',
  ],
  signatures: 'Signatures',
  signer: 'Principal',
  signedElectronically: 'Electronic signature collected by the agent',
  amendmentTitle: (sequence) => `Amendment no. ${sequence}`,
  amendmentOf: (registerNumber) => `to the mandate entered in the register of mandates as no. ${registerNumber}`,
  amendmentIntro: 'The parties agree to change the terms of the mandate as follows:',
  before: 'Before',
  after: 'After',
  amendmentRest: 'Every other clause of the mandate remains unchanged.',
};

export const MANDATE_COPY: Record<Locale, MandateCopy> = { fr, ru, en };

/** The mandate's title, with its register number once it has one. */
export function mandatePdfTitle(
  locale: Locale,
  mandate: Pick<Mandate, 'kind' | 'dealType' | 'registerNumber'>,
): string {
  const copy = MANDATE_COPY[locale];
  const title = copy.title(mandate.kind, mandate.dealType);
  return mandate.registerNumber === null ? title : `${title} n° ${formatRegisterNumber(mandate.registerNumber)}`;
}

export function amendmentTitle(locale: Locale, registerNumber: number, sequence: number): string {
  const copy = MANDATE_COPY[locale];
  return `${copy.amendmentTitle(sequence)} — ${copy.registerNumber} ${formatRegisterNumber(registerNumber)}`;
}
