import { z } from 'zod';
import type { Locale } from '../shared/locale';
import {
  UNIT_FINISHES,
  UNIT_KINDS,
  UNIT_STATUSES,
  unitInputSchema,
  type Unit,
  type UnitFinish,
  type UnitKind,
  type UnitStatus,
} from './unit.schema';

/**
 * Import and export of a building's units as spreadsheets (CSV or xlsx). Columns are recognised by
 * their header in French, English or Russian, or by their id; the export writes the headers of the
 * user's language, so an exported file re-imports as it was.
 */
export const UNIT_COLUMNS = [
  'number',
  'section',
  'floor',
  'position',
  'kind',
  'rooms',
  'area',
  'livingArea',
  'kitchenArea',
  'finish',
  'price',
  'status',
] as const;
export const unitColumnSchema = z.enum(UNIT_COLUMNS);
export type UnitColumn = z.infer<typeof unitColumnSchema>;

/** Columns a file must have; the others are optional (status: free for a new unit, unchanged otherwise). */
export const UNIT_REQUIRED_COLUMNS: readonly UnitColumn[] = [
  'number',
  'section',
  'floor',
  'position',
  'kind',
  'rooms',
  'area',
  'finish',
  'price',
];

export const UNIT_COLUMN_HEADERS: Record<Locale, Record<UnitColumn, string>> = {
  fr: {
    number: 'Numéro',
    section: 'Section',
    floor: 'Étage',
    position: 'Position',
    kind: 'Type',
    rooms: 'Pièces',
    area: 'Surface',
    livingArea: 'Surface habitable',
    kitchenArea: 'Surface cuisine',
    finish: 'Finition',
    price: 'Prix',
    status: 'Statut',
  },
  en: {
    number: 'Number',
    section: 'Section',
    floor: 'Floor',
    position: 'Position',
    kind: 'Kind',
    rooms: 'Rooms',
    area: 'Area',
    livingArea: 'Living area',
    kitchenArea: 'Kitchen area',
    finish: 'Finish',
    price: 'Price',
    status: 'Status',
  },
  ru: {
    number: 'Номер',
    section: 'Подъезд',
    floor: 'Этаж',
    position: 'Позиция',
    kind: 'Тип',
    rooms: 'Комнат',
    area: 'Площадь',
    livingArea: 'Жилая площадь',
    kitchenArea: 'Площадь кухни',
    finish: 'Отделка',
    price: 'Цена',
    status: 'Статус',
  },
};

const HEADER_ALIASES: Record<UnitColumn, readonly string[]> = {
  number: ['n°', 'no', 'numero', 'lot', 'номер квартиры', '№', 'unit'],
  section: ['секция', 'batiment section', 'entrance'],
  floor: ['etage', 'level'],
  position: ['place', 'номер на этаже', 'позиция на этаже'],
  kind: ['type de lot', 'type of unit', 'тип помещения'],
  rooms: ['nombre de pieces', 'pieces', 'комнаты', 'количество комнат'],
  area: ['surface totale', 'total area', 'общая площадь', 'площадь, м2', 'м2'],
  livingArea: ['habitable'],
  kitchenArea: ['cuisine', 'kitchen'],
  finish: ['отделка квартиры'],
  price: ['prix de vente', 'стоимость', 'цена, руб'],
  status: ['etat', 'состояние'],
};

/** Lower case, no accents, single spaces: how headers and values are compared. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_LOOKUP: ReadonlyMap<string, UnitColumn> = new Map(
  UNIT_COLUMNS.flatMap((column) => [
    [normaliseLabel(column), column] as const,
    ...Object.values(UNIT_COLUMN_HEADERS).map((headers) => [normaliseLabel(headers[column]), column] as const),
    ...HEADER_ALIASES[column].map((alias) => [normaliseLabel(alias), column] as const),
  ]),
);

/** Column index → column, for the header row of a file; unknown headers are left out. */
export function unitHeaderMap(header: readonly string[]): Map<number, UnitColumn> {
  const map = new Map<number, UnitColumn>();
  const taken = new Set<UnitColumn>();
  header.forEach((cell, index) => {
    const column = HEADER_LOOKUP.get(normaliseLabel(cell));
    if (column && !taken.has(column)) {
      map.set(index, column);
      taken.add(column);
    }
  });
  return map;
}

export function missingUnitColumns(map: ReadonlyMap<number, UnitColumn>): UnitColumn[] {
  const present = new Set(map.values());
  return UNIT_REQUIRED_COLUMNS.filter((column) => !present.has(column));
}

/** The words each language uses for a kind, a finish, a status (the export writes the first). */
export const UNIT_VALUE_LABELS: {
  kind: Record<Locale, Record<UnitKind, string>>;
  finish: Record<Locale, Record<UnitFinish, string>>;
  status: Record<Locale, Record<UnitStatus, string>>;
} = {
  kind: {
    fr: { apartment: 'Appartement', commercial: 'Local commercial', parking: 'Parking', storage: 'Cellier' },
    en: { apartment: 'Apartment', commercial: 'Commercial', parking: 'Parking', storage: 'Storage' },
    ru: { apartment: 'Квартира', commercial: 'Коммерческое помещение', parking: 'Машино-место', storage: 'Кладовая' },
  },
  finish: {
    fr: { none: 'Sans finition', rough: 'Brut', whiteBox: 'Prêt à finir', turnkey: 'Clés en main' },
    en: { none: 'No finish', rough: 'Rough', whiteBox: 'White box', turnkey: 'Turnkey' },
    ru: { none: 'Без отделки', rough: 'Черновая', whiteBox: 'Предчистовая', turnkey: 'Чистовая' },
  },
  status: {
    fr: { free: 'Libre', reserved: 'Réservé', booked: 'Offre payée', sold: 'Vendu', notForSale: 'Hors vente' },
    en: { free: 'Free', reserved: 'Reserved', booked: 'Booked', sold: 'Sold', notForSale: 'Not for sale' },
    ru: {
      free: 'Свободно',
      reserved: 'Резерв',
      booked: 'Оферта оплачена',
      sold: 'Продано',
      notForSale: 'Снято с продажи',
    },
  },
};

const VALUE_ALIASES = {
  kind: {
    apartment: ['квартира', 'flat', 'appart', 'студия'],
    commercial: ['коммерция', 'commerce', 'нежилое'],
    parking: ['паркинг', 'машиноместо', 'place de parking'],
    storage: ['кладовка', 'cave', 'box'],
  },
  finish: {
    none: ['нет', 'aucune'],
    rough: ['черновая отделка'],
    whiteBox: ['white-box', 'whitebox', 'предчистовая отделка'],
    turnkey: ['под ключ', 'с отделкой', 'чистовая отделка'],
  },
  status: {
    free: ['в продаже', 'свободна', 'свободен', 'disponible'],
    reserved: ['бронь', 'зарезервировано', 'reserve'],
    booked: ['оферта'],
    sold: ['продана', 'продан'],
    notForSale: ['не в продаже', 'hors commercialisation'],
  },
} satisfies {
  kind: Record<UnitKind, string[]>;
  finish: Record<UnitFinish, string[]>;
  status: Record<UnitStatus, string[]>;
};

function valueLookup<V extends string>(field: 'kind' | 'finish' | 'status', values: readonly V[]): Map<string, V> {
  const labels = UNIT_VALUE_LABELS[field] as Record<Locale, Record<V, string>>;
  const aliases = VALUE_ALIASES[field] as Record<V, string[]>;
  return new Map(
    values.flatMap((value) => [
      [normaliseLabel(value), value] as const,
      ...Object.values(labels).map((byValue) => [normaliseLabel(byValue[value]), value] as const),
      ...aliases[value].map((alias) => [normaliseLabel(alias), value] as const),
    ]),
  );
}

const KINDS = valueLookup('kind', UNIT_KINDS);
const FINISHES = valueLookup('finish', UNIT_FINISHES);
const STATUSES = valueLookup('status', UNIT_STATUSES);

/** A cell as a number: spaces (thousands) dropped, a decimal comma read as a point; NaN when it is not one. */
export function parseSpreadsheetNumber(text: string): number {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(₽|руб\.?|€|\$|m²|м²|м2|m2)$/i, '')
    .replace(',', '.');
  return compact === '' || !/^-?\d+(\.\d+)?$/.test(compact) ? Number.NaN : Number(compact);
}

/** One problem of one row: the row number of the file (the header is row 1), the column, what is wrong. */
export const unitImportIssueSchema = z.object({
  row: z.number().int().min(1),
  column: unitColumnSchema.nullable(),
  /** A code the apps translate (see UNIT_IMPORT_CODES), or `invalid` with the schema's message. */
  code: z.string().max(40),
  message: z.string().max(300),
});
export type UnitImportIssue = z.infer<typeof unitImportIssueSchema>;

export const UNIT_IMPORT_CODES = [
  'invalid',
  'unknown-value',
  'section-unknown',
  'floor-out-of-range',
  'position-out-of-range',
  'number-duplicate',
  'place-duplicate',
  'place-taken',
  'price-fixed',
  'status-not-allowed',
] as const;
export type UnitImportCode = (typeof UNIT_IMPORT_CODES)[number];

/** A row as the app sends it: its number in the file and the unit it describes (status null: keep / free). */
export const unitImportRowSchema = z.object({
  row: z.number().int().min(2),
  unit: unitInputSchema.omit({ projectId: true, buildingId: true, status: true }).extend({
    status: unitInputSchema.shape.status.nullable(),
  }),
});
export type UnitImportRow = z.infer<typeof unitImportRowSchema>;
export type UnitImportRowInput = z.input<typeof unitImportRowSchema>;

type Parsed = { ok: true; row: UnitImportRow } | { ok: false; issues: UnitImportIssue[] };

/**
 * Reads one record of a file into a row: each cell converted (numbers, kinds, finishes, statuses in any
 * of the three languages), then the whole checked with the domain schema. Every problem is reported, not
 * only the first.
 */
export function parseUnitRecord(
  record: readonly string[],
  headerMap: ReadonlyMap<number, UnitColumn>,
  rowNumber: number,
): Parsed {
  const issues: UnitImportIssue[] = [];
  const cells = new Map<UnitColumn, string>();
  headerMap.forEach((column, index) => cells.set(column, (record[index] ?? '').trim()));
  const text = (column: UnitColumn) => cells.get(column) ?? '';
  const number = (column: UnitColumn, optional = false): number | null => {
    const cell = text(column);
    if (cell === '' && optional) return null;
    const value = parseSpreadsheetNumber(cell);
    if (Number.isNaN(value)) {
      issues.push({ row: rowNumber, column, code: 'invalid', message: cell === '' ? 'required' : 'a number' });
      return null;
    }
    return value;
  };
  const choice = <V extends string>(column: UnitColumn, lookup: Map<string, V>, optional = false): V | null => {
    const cell = text(column);
    if (cell === '' && optional) return null;
    const value = lookup.get(normaliseLabel(cell));
    if (!value) issues.push({ row: rowNumber, column, code: 'unknown-value', message: cell || 'required' });
    return value ?? null;
  };
  const candidate = {
    number: text('number'),
    section: text('section'),
    floor: number('floor'),
    position: number('position'),
    kind: choice('kind', KINDS),
    rooms: number('rooms'),
    area: number('area'),
    livingArea: number('livingArea', true),
    kitchenArea: number('kitchenArea', true),
    finish: choice('finish', FINISHES),
    price: number('price'),
    status: choice('status', STATUSES, true),
  };
  if (issues.length > 0) return { ok: false, issues };
  const parsed = unitImportRowSchema.safeParse({ row: rowNumber, unit: candidate });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const column = unitColumnSchema.safeParse(issue.path[1]);
        return {
          row: rowNumber,
          column: column.success ? column.data : null,
          code: 'invalid',
          message: issue.message,
        };
      }),
    };
  }
  return { ok: true, row: parsed.data };
}

/** Reads a whole file (header first): its rows, or every problem found, row by row. */
export function parseUnitRecords(records: readonly (readonly string[])[]): {
  rows: UnitImportRow[];
  issues: UnitImportIssue[];
  missing: UnitColumn[];
} {
  const [header = [], ...body] = records;
  const headerMap = unitHeaderMap(header);
  const missing = missingUnitColumns(headerMap);
  if (missing.length > 0) return { rows: [], issues: [], missing };
  const rows: UnitImportRow[] = [];
  const issues: UnitImportIssue[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const parsed = parseUnitRecord(record, headerMap, index + 2);
    if (parsed.ok) rows.push(parsed.row);
    else issues.push(...parsed.issues);
  });
  return { rows, issues, missing };
}

/** The export's records: the header in the user's language, then one line per unit. */
export function unitRecords(units: readonly Pick<Unit, UnitColumn>[], locale: Locale): string[][] {
  const header = UNIT_COLUMNS.map((column) => UNIT_COLUMN_HEADERS[locale][column]);
  const decimal = (value: number | null) => (value === null ? '' : String(value));
  return [
    header,
    ...units.map((unit) =>
      UNIT_COLUMNS.map((column) => {
        switch (column) {
          case 'kind':
            return UNIT_VALUE_LABELS.kind[locale][unit.kind];
          case 'finish':
            return UNIT_VALUE_LABELS.finish[locale][unit.finish];
          case 'status':
            return UNIT_VALUE_LABELS.status[locale][unit.status];
          case 'number':
          case 'section':
            return unit[column];
          default:
            return decimal(unit[column]);
        }
      }),
    ),
  ];
}

/** What an import changes, once every row is valid; nothing is written when `issues` is not empty. */
export const importUnitsResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  issues: z.array(unitImportIssueSchema),
});
export type ImportUnitsResult = z.infer<typeof importUnitsResultSchema>;
