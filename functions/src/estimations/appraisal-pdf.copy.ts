import type { ComparableKind, EstimationMethod, Locale, PropertyType } from '@estate/domain';

/** The appraisal's words in each of the tenant's languages. */
export interface AppraisalCopy {
  title: string;
  preparedBy: (name: string, date: string) => string;
  property: string;
  kind: string;
  kinds: Record<PropertyType, string>;
  address: string;
  surface: string;
  rooms: string;
  bedrooms: string;
  yearBuilt: string;
  energy: string;
  value: string;
  range: (low: string, high: string) => string;
  method: string;
  methods: Record<EstimationMethod, string>;
  comparables: string;
  columns: { date: string; address: string; kind: string; surface: string; price: string; perMetre: string };
  comparableKinds: Record<ComparableKind, string>;
  summary: (median: string, low: string, high: string, count: number) => string;
  noComparables: string;
  notes: string;
  dvfSource: string;
  disclaimer: string;
}

export const APPRAISAL_COPY: Record<Locale, AppraisalCopy> = {
  fr: {
    title: 'Avis de valeur',
    preparedBy: (name, date) => `Établi par ${name} le ${date}`,
    property: 'Le bien',
    kind: 'Type',
    kinds: {
      apartment: 'Appartement',
      house: 'Maison',
      land: 'Terrain',
      commercial: 'Local commercial',
      parking: 'Parking',
      building: 'Immeuble',
      other: 'Autre',
    },
    address: 'Adresse',
    surface: 'Surface habitable',
    rooms: 'Pièces',
    bedrooms: 'Chambres',
    yearBuilt: 'Année de construction',
    energy: 'Diagnostic de performance énergétique',
    value: 'Valeur estimée',
    range: (low, high) => `Entre ${low} et ${high}`,
    method: 'Méthode',
    methods: {
      comparison: 'Méthode par comparaison',
      income: 'Méthode par capitalisation du revenu',
      'land-and-building': 'Méthode sol et construction',
      other: 'Autre méthode (voir observations)',
    },
    comparables: 'Ventes comparables',
    columns: { date: 'Date', address: 'Adresse', kind: 'Type', surface: 'm²', price: 'Prix', perMetre: 'Prix/m²' },
    comparableKinds: { apartment: 'Appartement', house: 'Maison', commercial: 'Local', other: 'Autre' },
    summary: (median, low, high, count) =>
      `${count} ventes : prix médian ${median}/m², la moitié entre ${low}/m² et ${high}/m².`,
    noComparables: 'Aucune vente comparable retenue.',
    notes: 'Observations',
    dvfSource: 'Source des ventes importées : DGFiP, Demandes de valeurs foncières (Licence Ouverte).',
    disclaimer:
      "Le présent avis de valeur est établi à titre indicatif, d'après les éléments communiqués et le marché constaté à sa date. Il ne constitue pas une expertise en évaluation immobilière.",
  },
  en: {
    title: 'Appraisal',
    preparedBy: (name, date) => `Prepared by ${name} on ${date}`,
    property: 'The property',
    kind: 'Kind',
    kinds: {
      apartment: 'Apartment',
      house: 'House',
      land: 'Land',
      commercial: 'Commercial premises',
      parking: 'Parking',
      building: 'Building',
      other: 'Other',
    },
    address: 'Address',
    surface: 'Living surface',
    rooms: 'Rooms',
    bedrooms: 'Bedrooms',
    yearBuilt: 'Year built',
    energy: 'Energy performance certificate',
    value: 'Estimated value',
    range: (low, high) => `Between ${low} and ${high}`,
    method: 'Method',
    methods: {
      comparison: 'Comparison with recent sales',
      income: 'Income capitalisation',
      'land-and-building': 'Land and building',
      other: 'Other method (see the notes)',
    },
    comparables: 'Comparable sales',
    columns: { date: 'Date', address: 'Address', kind: 'Kind', surface: 'm²', price: 'Price', perMetre: 'Price/m²' },
    comparableKinds: { apartment: 'Apartment', house: 'House', commercial: 'Premises', other: 'Other' },
    summary: (median, low, high, count) =>
      `${count} sales: median price ${median}/m², half of them between ${low}/m² and ${high}/m².`,
    noComparables: 'No comparable sale retained.',
    notes: 'Notes',
    dvfSource: 'Source of the imported sales: DGFiP, Demandes de valeurs foncières (Licence Ouverte).',
    disclaimer:
      'This appraisal is an indication based on the information provided and the market observed at its date. It is not a formal valuation report.',
  },
  ru: {
    title: 'Заключение о стоимости',
    preparedBy: (name, date) => `Подготовил(а) ${name}, ${date}`,
    property: 'Объект',
    kind: 'Тип',
    kinds: {
      apartment: 'Квартира',
      house: 'Дом',
      land: 'Участок',
      commercial: 'Коммерческое помещение',
      parking: 'Парковка',
      building: 'Здание',
      other: 'Другое',
    },
    address: 'Адрес',
    surface: 'Жилая площадь',
    rooms: 'Комнаты',
    bedrooms: 'Спальни',
    yearBuilt: 'Год постройки',
    energy: 'Энергоэффективность (DPE)',
    value: 'Оценочная стоимость',
    range: (low, high) => `От ${low} до ${high}`,
    method: 'Метод',
    methods: {
      comparison: 'Сравнительный метод',
      income: 'Доходный метод (капитализация)',
      'land-and-building': 'Земля и строение',
      other: 'Другой метод (см. заметки)',
    },
    comparables: 'Сопоставимые продажи',
    columns: { date: 'Дата', address: 'Адрес', kind: 'Тип', surface: 'м²', price: 'Цена', perMetre: 'Цена/м²' },
    comparableKinds: { apartment: 'Квартира', house: 'Дом', commercial: 'Помещение', other: 'Другое' },
    summary: (median, low, high, count) =>
      `Продаж: ${count}; медиана ${median}/м², половина продаж от ${low}/м² до ${high}/м².`,
    noComparables: 'Сопоставимые продажи не отобраны.',
    notes: 'Заметки',
    dvfSource: 'Источник импортированных продаж: DGFiP, Demandes de valeurs foncières (Licence Ouverte).',
    disclaimer:
      'Настоящее заключение носит ориентировочный характер и основано на предоставленных сведениях и состоянии рынка на дату составления. Оно не является отчётом об оценке.',
  },
};
