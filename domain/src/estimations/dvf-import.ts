import { parseCsv } from '../shared/csv';
import { comparableSaleSchema, type ComparableKind, type ComparableSale } from './estimation.schema';

/**
 * Comparable sales read from the public DVF open data ("Demandes de valeurs foncières", the sales the
 * tax administration publishes). Two layouts are read, both documented in docs/data-model.md:
 *
 * - the geolocated CSV of data.gouv.fr (`id_mutation,date_mutation,…,valeur_fonciere,…`, comma
 *   separated, ISO dates, decimal points), per commune or department;
 * - the tax administration's own `ValeursFoncieres-YYYY.txt` (`Date mutation|Nature mutation|Valeur
 *   fonciere|…`, pipe separated, dates as 31/12/2025, decimal commas), which has no sale identifier.
 *
 * A sale (a "mutation") spans one line per premises and per plot, each repeating the whole price. A
 * sale becomes a comparable only when its price belongs to one dwelling or shop: exactly one premises
 * that is not an outbuilding ("Dépendance": cellars, parkings go with it). The others are counted
 * with the reason they were left out, so the user sees why the file gave fewer sales than lines.
 */

export const DVF_LAYOUTS = ['geolocated', 'tax-administration'] as const;
export type DvfLayout = (typeof DVF_LAYOUTS)[number];

export const DVF_SKIP_REASONS = [
  'not-a-sale',
  'no-premises',
  'several-premises',
  'no-surface',
  'no-price',
  'invalid',
] as const;
export type DvfSkipReason = (typeof DVF_SKIP_REASONS)[number];

export type DvfReadResult =
  | {
      ok: true;
      layout: DvfLayout;
      /** Newest first. */
      sales: ComparableSale[];
      /** Sales (not lines) left out, by reason. */
      skipped: Record<DvfSkipReason, number>;
      lines: number;
    }
  | { ok: false; error: 'not-dvf' | 'empty'; missing: string[] };

/** The columns each layout must have, by the name the file gives them. */
const COLUMNS: Record<DvfLayout, Record<DvfField, string | null>> = {
  geolocated: {
    id: 'id_mutation',
    date: 'date_mutation',
    nature: 'nature_mutation',
    price: 'valeur_fonciere',
    number: 'adresse_numero',
    suffix: 'adresse_suffixe',
    streetType: null,
    street: 'adresse_nom_voie',
    postalCode: 'code_postal',
    city: 'nom_commune',
    department: 'code_departement',
    commune: 'code_commune',
    disposition: 'numero_disposition',
    premisesType: 'type_local',
    surface: 'surface_reelle_bati',
    rooms: 'nombre_pieces_principales',
  },
  'tax-administration': {
    id: null,
    date: 'Date mutation',
    nature: 'Nature mutation',
    price: 'Valeur fonciere',
    number: 'No voie',
    suffix: 'B/T/Q',
    streetType: 'Type de voie',
    street: 'Voie',
    postalCode: 'Code postal',
    city: 'Commune',
    department: 'Code departement',
    commune: 'Code commune',
    disposition: 'No disposition',
    premisesType: 'Type local',
    surface: 'Surface reelle bati',
    rooms: 'Nombre pieces principales',
  },
};

type DvfField =
  | 'id'
  | 'date'
  | 'nature'
  | 'price'
  | 'number'
  | 'suffix'
  | 'streetType'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'department'
  | 'commune'
  | 'disposition'
  | 'premisesType'
  | 'surface'
  | 'rooms';

/** Without these a line says nothing usable; the others may be absent from a trimmed extract. */
const REQUIRED: DvfField[] = ['date', 'nature', 'price', 'city', 'premisesType', 'surface'];

/** `nature_mutation` values that are sales at a market price (an off-plan sale is one too). */
const SALE_NATURES = new Set(['vente', "vente en l'etat futur d'achevement"]);

const PREMISES_KINDS: Record<string, ComparableKind> = {
  appartement: 'apartment',
  maison: 'house',
  'local industriel. commercial ou assimile': 'commercial',
};
const OUTBUILDING = 'dependance';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .trim()
    .toLowerCase();
}

function detectLayout(
  header: readonly string[],
): { layout: DvfLayout; index: Map<DvfField, number> } | { missing: string[] } {
  const folded = header.map(fold);
  let best: { layout: DvfLayout; missing: string[]; index: Map<DvfField, number> } | null = null;
  for (const layout of DVF_LAYOUTS) {
    const index = new Map<DvfField, number>();
    const missing: string[] = [];
    for (const [field, name] of Object.entries(COLUMNS[layout]) as [DvfField, string | null][]) {
      if (name === null) continue;
      const at = folded.indexOf(fold(name));
      if (at >= 0) index.set(field, at);
      else if (REQUIRED.includes(field)) missing.push(name);
    }
    if (!best || missing.length < best.missing.length) best = { layout, missing, index };
  }
  if (!best) return { missing: [] };
  return best.missing.length === 0 ? { layout: best.layout, index: best.index } : { missing: best.missing };
}

/** `115000,00` (tax administration) or `115000.0` (geolocated) as a whole number of euros. */
function readAmount(cell: string): number | null {
  const text = cell.replace(/\s/g, '').replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}

function readSurface(cell: string): number | null {
  const value = readAmount(cell);
  return value === null ? null : value;
}

function readRooms(cell: string): number | null {
  const value = Number(cell.replace(',', '.'));
  return cell.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** `2025-03-10` or `10/03/2025` as `2025-03-10`. */
function readDate(cell: string): string | null {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${french[2]}-${french[1]}` : null;
}

const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'au', 'aux', 'sur', 'sous', 'en']);

/** DVF writes streets and towns in capitals: `RUE DE LA REPUBLIQUE` reads `Rue de la Republique`. */
function readable(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word, position) => {
      if (position > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(/(^|[-'])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/** Postcodes lose their leading zero when a spreadsheet saw them as numbers (`1640` for `01640`). */
function readPostalCode(cell: string): string {
  const text = cell.trim();
  return /^\d{4}$/.test(text) ? `0${text}` : text;
}

interface DvfLine {
  key: string;
  cells: (field: DvfField) => string;
}

/** Reads a DVF extract into comparable sales, or says which columns it lacks. */
export function readDvf(text: string): DvfReadResult {
  const records = parseCsv(text).filter((record) => record.some((cell) => cell.trim() !== ''));
  const header = records[0];
  if (!header) return { ok: false, error: 'empty', missing: [] };
  const detected = detectLayout(header);
  if (!('layout' in detected)) return { ok: false, error: 'not-dvf', missing: detected.missing };
  const { layout, index } = detected;

  const groups = new Map<string, DvfLine[]>();
  for (const record of records.slice(1)) {
    const cells = (field: DvfField) => {
      const at = index.get(field);
      return at === undefined ? '' : (record[at] ?? '').trim();
    };
    // The tax administration's file has no sale identifier: a sale is the lines sharing its date,
    // price, commune and disposition number.
    const key =
      cells('id') ||
      [cells('date'), cells('price'), cells('department'), cells('commune'), cells('city'), cells('disposition')].join(
        '|',
      );
    const group = groups.get(key);
    if (group) group.push({ key, cells });
    else groups.set(key, [{ key, cells }]);
  }

  const skipped = Object.fromEntries(DVF_SKIP_REASONS.map((reason) => [reason, 0])) as Record<DvfSkipReason, number>;
  const sales: ComparableSale[] = [];
  for (const [key, lines] of groups) {
    const first = lines[0];
    if (!first) continue;
    if (!SALE_NATURES.has(fold(first.cells('nature')))) {
      skipped['not-a-sale'] += 1;
      continue;
    }
    const premises = lines.filter((line) => {
      const type = fold(line.cells('premisesType'));
      return type !== '' && type !== OUTBUILDING;
    });
    // One premises may span several lines (one per plot): the same type and surface.
    const distinct = new Map(
      premises.map((line) => [`${fold(line.cells('premisesType'))}|${line.cells('surface')}`, line]),
    );
    const [only, ...others] = [...distinct.values()];
    if (!only) {
      skipped['no-premises'] += 1;
      continue;
    }
    if (others.length > 0) {
      skipped['several-premises'] += 1;
      continue;
    }
    const price = readAmount(only.cells('price'));
    if (price === null) {
      skipped['no-price'] += 1;
      continue;
    }
    const surface = readSurface(only.cells('surface'));
    if (surface === null) {
      skipped['no-surface'] += 1;
      continue;
    }
    const street = [
      only.cells('number').replace(/^0+(?=\d)/, ''),
      only.cells('suffix'),
      only.cells('streetType'),
      only.cells('street'),
    ]
      .filter((part) => part !== '')
      .join(' ');
    const parsed = comparableSaleSchema.safeParse({
      address: readable(street),
      postalCode: readPostalCode(only.cells('postalCode')),
      city: readable(only.cells('city')),
      date: readDate(only.cells('date')) ?? '',
      price,
      surface,
      rooms: readRooms(only.cells('rooms')),
      kind: PREMISES_KINDS[fold(only.cells('premisesType'))] ?? 'other',
      source: 'dvf',
      sourceId: (only.cells('id') || key).slice(0, 60),
    });
    if (parsed.success) sales.push(parsed.data);
    else skipped.invalid += 1;
  }
  sales.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { ok: true, layout, sales, skipped, lines: records.length - 1 };
}
