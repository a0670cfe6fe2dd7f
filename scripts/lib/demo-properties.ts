import {
  cityKey,
  dpeClasses,
  propertySearchTokens,
  type Property,
  type PropertyFeature,
  type PropertyStatus,
} from '@estate/domain';
import { geohashForLocation } from 'geofire-common';

/** Where each demo listing stands, in the order of the demo agency's listings: real streets, real coordinates. */
const PLACES: [string, number, number][] = [
  ['12 quai du Port', 43.2965, 5.3698],
  ['14 chemin de la Torse', 43.5236, 5.4627],
  ['45 rue de Rome', 43.2906, 5.3806],
  ["9 avenue de l'Amiral Ganteaume", 43.2131, 5.5383],
  ['210 avenue du Prado', 43.2748, 5.3888],
  ['18 chemin du Roucas Blanc', 43.2782, 5.3662],
  ['5 chemin de la Thuilière', 43.2985, 5.5702],
  ['60 rue de la République', 43.3005, 5.368],
  ['7 rue des Poilus', 43.1747, 5.605],
  ['chemin du Puits de Brunet', 43.189, 5.6235],
  ['22 rue Cardinale', 43.5262, 5.4484],
  ['35 boulevard Périer', 43.2812, 5.3812],
  ['20 boulevard de Dunkerque', 43.3063, 5.366],
  ['3 cours Gambetta', 43.523, 5.4517],
  ['Vallon des Auffes', 43.2855, 5.3504],
  ['40 boulevard de Dunkerque', 43.3079, 5.3675],
  ['8 cours Julien', 43.2937, 5.3836],
  ['25 avenue des Calanques', 43.211, 5.529],
  ['12 avenue Loulou Delfieu', 43.292, 5.566],
  ['3 rue Caisserie', 43.298, 5.366],
  ['route de Galice', 43.519, 5.411],
  ['15 avenue de Mazargues', 43.267, 5.393],
  ['2 boulevard Anatole France', 43.177, 5.61],
  ['30 avenue des Goums', 43.287, 5.576],
];

/** A working agency's spread of statuses; the listings not named keep the demo's online or offline. */
const STATUSES: Record<number, PropertyStatus> = {
  3: 'under-offer',
  6: 'estimation',
  7: 'under-mandate',
  9: 'estimation',
  11: 'sold',
  14: 'under-offer',
  17: 'rented',
  20: 'archived',
};

const FEATURES: Record<Property['propertyType'], PropertyFeature[]> = {
  apartment: ['balcony', 'lift', 'cellar', 'intercom'],
  house: ['garden', 'terrace', 'garage', 'pool', 'fireplace'],
  land: [],
  commercial: ['accessible', 'air-conditioning'],
  parking: [],
  building: ['lift', 'caretaker'],
  other: [],
};

const KIND_WORDS: Record<Property['propertyType'], { en: string; ru: string }> = {
  apartment: { en: 'Bright apartment', ru: 'Светлая квартира' },
  house: { en: 'House', ru: 'Дом' },
  land: { en: 'Building land', ru: 'Участок под застройку' },
  commercial: { en: 'Commercial premises', ru: 'Коммерческое помещение' },
  parking: { en: 'Parking space', ru: 'Парковочное место' },
  building: { en: 'Building', ru: 'Здание' },
  other: { en: 'Property', ru: 'Объект' },
};

/**
 * What the demo agency's listings hold beyond the first cut: street and coordinates, a status across
 * the lifecycle, surfaces, energy, features, fees, co-ownership, descriptions in three languages and
 * the private note, as a working agency's would. Deterministic, so every seed looks the same.
 */
export function withDemoDetails(property: Property, index: number): Property {
  const [street, latitude, longitude] = PLACES[index % PLACES.length] ?? ['', 43.2965, 5.3698];
  const built = property.propertyType !== 'land' && property.propertyType !== 'parking';
  const flat = property.propertyType === 'apartment';
  const energyValue = built ? 60 + ((index * 37) % 360) : null;
  const climateValue = built ? 4 + ((index * 13) % 80) : null;
  const address = { ...property.address, street, complement: flat ? `Bât. ${'ABC'[index % 3]}` : '', country: 'FR' };
  const words = KIND_WORDS[property.propertyType];
  const status = STATUSES[index] ?? property.status;
  return {
    ...property,
    address,
    status: status === 'sold' && property.dealType === 'rental' ? 'rented' : status,
    location: {
      latitude,
      longitude,
      source: 'address',
      geohash: geohashForLocation([latitude, longitude], 10),
    },
    cityKey: cityKey(address.city),
    searchTokens: propertySearchTokens(address),
    carrezSurface: flat && property.surface ? Math.round(property.surface * 0.96 * 10) / 10 : null,
    landSurface: property.propertyType === 'house' ? 300 + ((index * 97) % 1500) : null,
    bedrooms: property.rooms && property.rooms > 1 ? property.rooms - 1 : null,
    floor: flat ? index % 6 : null,
    floors: flat ? 5 + (index % 4) : property.propertyType === 'house' ? 1 + (index % 2) : null,
    yearBuilt: built ? 1890 + ((index * 23) % 130) : null,
    heating: built
      ? { type: flat && index % 2 === 0 ? 'collective' : 'individual', energy: index % 3 === 0 ? 'gas' : 'electricity' }
      : { type: null, energy: null },
    dpe: { energyValue, climateValue, ...dpeClasses({ energyValue, climateValue }) },
    features: FEATURES[property.propertyType].filter((_, at) => (index + at) % 2 === 0),
    fees:
      property.dealType === 'sale'
        ? { payer: index % 2 === 0 ? 'buyer' : 'seller', kind: 'percent', value: 4 + (index % 3) * 0.5 }
        : { payer: 'buyer', kind: 'amount', value: property.price },
    charges: flat ? 80 + ((index * 17) % 200) : null,
    propertyTax: property.dealType === 'sale' && built ? 600 + ((index * 131) % 2400) : null,
    coOwnership: flat
      ? {
          isCoOwnership: true,
          lots: 8 + ((index * 7) % 90),
          annualCharges: 900 + ((index * 211) % 3000),
          proceedings: index === 4,
        }
      : { isCoOwnership: false, lots: null, annualCharges: null, proceedings: false },
    descriptions: {
      fr: `${property.title}, ${address.city}. Visite sur rendez-vous avec votre conseiller.`,
      en: `${words.en} in ${address.city}. Viewings by appointment with your adviser.`,
      ru: `${words.ru}, ${address.city}. Просмотр по записи у вашего консультанта.`,
    },
    privateNote: index % 4 === 0 ? 'Vendeur ouvert à une offre, à voir avec lui avant toute baisse annoncée.' : '',
    sourceUrl: index % 5 === 0 ? `https://www.example.com/annonce/${1000 + index}` : '',
    showSourceUrlToClients: false,
  };
}
