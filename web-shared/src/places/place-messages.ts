import i18next from 'i18next';

/** The texts of the point-of-interest form and kinds, the same in both apps (top-level key `placeForm`). */
const MESSAGES = {
  fr: {
    placeForm: {
      kind: 'Type',
      name: 'Nom',
      namePlaceholder: 'Bureau, école des enfants…',
      address: 'Adresse',
      addressPlaceholder: 'Tapez une adresse puis choisissez-la',
      addressUnavailable: 'La recherche d’adresse est indisponible : tapez l’adresse et placez le point sur la carte.',
      addressNone: 'Aucune adresse trouvée : placez le point sur la carte.',
      mapHint: 'Touchez la carte pour placer le point, ou déplacez-le.',
      mapLabel: 'Position du point d’intérêt',
      pinLabel: 'Le point d’intérêt',
      pointMissing: 'Choisissez une adresse dans la liste ou placez le point sur la carte.',
      required: 'Obligatoire',
      tooLong: 'Trop long',
      save: 'Enregistrer',
      cancel: 'Annuler',
      kinds: {
        work: 'Travail',
        school: 'École',
        family: 'Famille',
        transport: 'Transport',
        shops: 'Commerces',
        health: 'Santé',
        leisure: 'Loisirs',
        other: 'Autre',
      },
    },
  },
  en: {
    placeForm: {
      kind: 'Type',
      name: 'Name',
      namePlaceholder: 'Office, the children’s school…',
      address: 'Address',
      addressPlaceholder: 'Type an address, then choose it',
      addressUnavailable: 'Address search is unavailable: type the address and place the point on the map.',
      addressNone: 'No address found: place the point on the map.',
      mapHint: 'Tap the map to place the point, or drag it.',
      mapLabel: 'Position of the point of interest',
      pinLabel: 'The point of interest',
      pointMissing: 'Choose an address from the list or place the point on the map.',
      required: 'Required',
      tooLong: 'Too long',
      save: 'Save',
      cancel: 'Cancel',
      kinds: {
        work: 'Work',
        school: 'School',
        family: 'Family',
        transport: 'Transport',
        shops: 'Shops',
        health: 'Health',
        leisure: 'Leisure',
        other: 'Other',
      },
    },
  },
  ru: {
    placeForm: {
      kind: 'Тип',
      name: 'Название',
      namePlaceholder: 'Офис, школа детей…',
      address: 'Адрес',
      addressPlaceholder: 'Введите адрес и выберите его',
      addressUnavailable: 'Поиск адреса недоступен: введите адрес и отметьте точку на карте.',
      addressNone: 'Адрес не найден: отметьте точку на карте.',
      mapHint: 'Нажмите на карту, чтобы поставить точку, или перетащите её.',
      mapLabel: 'Расположение места',
      pinLabel: 'Место',
      pointMissing: 'Выберите адрес из списка или отметьте точку на карте.',
      required: 'Обязательно',
      tooLong: 'Слишком длинно',
      save: 'Сохранить',
      cancel: 'Отмена',
      kinds: {
        work: 'Работа',
        school: 'Школа',
        family: 'Семья',
        transport: 'Транспорт',
        shops: 'Магазины',
        health: 'Здоровье',
        leisure: 'Досуг',
        other: 'Другое',
      },
    },
  },
} as const;

/** Adds the texts once i18next runs (the pages that show the form load after it starts). */
export function registerPlaceFormMessages(): void {
  for (const [locale, bundle] of Object.entries(MESSAGES)) {
    if (!i18next.exists('placeForm.save', { lng: locale, fallbackLng: false })) {
      i18next.addResourceBundle(locale, 'translation', bundle, true, false);
    }
  }
}

/** For the catalogue test: the same keys in every language. */
export const PLACE_FORM_MESSAGES = MESSAGES;
