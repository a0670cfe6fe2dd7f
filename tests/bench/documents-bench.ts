// Estimations without emulators: how long reading a department's DVF extract takes (readDvf, the code
// the admin app runs in the browser, here in Node on the same engine), and how long the appraisal PDF
// takes to render (renderAppraisalPdf, as estimations-renderAppraisal runs it). `npx vite-node
// tests/bench/documents-bench.ts` (also run by `npm run bench`); figures go to
// .artifacts/bench-documents.json and are copied by hand into docs/benchmarks.md.
import { DEFAULT_BRANDING, EMPTY_AGENCY_LEGAL, readDvf, toCsv, type ComparableSale } from '@estate/domain';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { renderAppraisalPdf } from '../../functions/src/estimations/appraisal-pdf';
import { repoRoot } from '../support/emulator-env';
import { random } from './generate-tenant';

const DVF_LINES = Number(process.env.BENCH_DVF_LINES ?? 150_000);
const RUNS = 10;
const PDF_RUNS = 20;

const HEADER =
  'id_mutation,date_mutation,numero_disposition,nature_mutation,valeur_fonciere,adresse_numero,adresse_suffixe,adresse_nom_voie,adresse_code_voie,code_postal,code_commune,nom_commune,code_departement,ancien_code_commune,ancien_nom_commune,id_parcelle,ancien_id_parcelle,numero_volume,lot1_numero,lot1_surface_carrez,lot2_numero,lot2_surface_carrez,lot3_numero,lot3_surface_carrez,lot4_numero,lot4_surface_carrez,lot5_numero,lot5_surface_carrez,nombre_lots,code_type_local,type_local,surface_reelle_bati,nombre_pieces_principales,code_nature_culture,nature_culture,code_nature_culture_speciale,nature_culture_speciale,surface_terrain,longitude,latitude'.split(
    ',',
  );

/** A department-sized geolocated extract: flats with cellars, houses on two plots, land, exchanges. */
function dvfExtract(lines: number, seed = 11): string {
  const next = random(seed);
  const column = (name: string) => HEADER.indexOf(name);
  const rows: string[][] = [];
  for (let sale = 0; rows.length < lines; sale += 1) {
    const kind = next();
    const base = HEADER.map(() => '');
    base[column('id_mutation')] = `2025-${sale}`;
    base[column('date_mutation')] =
      `2025-${String(1 + (sale % 12)).padStart(2, '0')}-${String(1 + (sale % 28)).padStart(2, '0')}`;
    base[column('numero_disposition')] = '000001';
    base[column('nature_mutation')] = kind < 0.05 ? 'Echange' : 'Vente';
    base[column('valeur_fonciere')] = String(80_000 + Math.floor(next() * 600_000));
    base[column('adresse_numero')] = String(1 + (sale % 200));
    base[column('adresse_nom_voie')] = 'RUE DE LA REPUBLIQUE';
    base[column('code_postal')] = `130${String(1 + (sale % 16)).padStart(2, '0')}`;
    base[column('nom_commune')] = `Marseille ${1 + (sale % 16)}e Arrondissement`;
    base[column('code_departement')] = '13';
    const premises = (type: string, surface: number) => {
      const row = [...base];
      row[column('type_local')] = type;
      row[column('surface_reelle_bati')] = String(surface);
      row[column('nombre_pieces_principales')] = String(Math.max(1, Math.round(surface / 20)));
      return row;
    };
    if (kind < 0.6) rows.push(premises('Appartement', 20 + Math.floor(next() * 100)), premises('Dépendance', 0));
    else if (kind < 0.85) rows.push(premises('Maison', 60 + Math.floor(next() * 140)), premises('Maison', 60));
    else rows.push([...base]);
  }
  return toCsv([HEADER, ...rows.slice(0, lines)], ',');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const text = dvfExtract(DVF_LINES);
const dvfTimes: number[] = [];
let sales: ComparableSale[] = [];
for (let run = 0; run < RUNS + 1; run += 1) {
  const started = performance.now();
  const result = readDvf(text);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error('the generated extract was not read');
  sales = result.sales;
  if (run > 0) dvfTimes.push(elapsed);
}

const brand = {
  agencyName: 'Agence du Port',
  company: {
    legalName: 'Agence du Port SARL',
    address: '12 quai du Port, 13002 Marseille',
    phone: '04 91 00 00 00',
    email: 'contact@agence-du-port.test',
    registrationNumber: '812 345 678 00021',
    vatNumber: 'FR12812345678',
  },
  legal: { ...EMPTY_AGENCY_LEGAL, professionalCardNumber: 'CPI 1310 2026 000 000 042', cardIssuedBy: 'CCI' },
  branding: DEFAULT_BRANDING,
  locale: 'fr' as const,
};
const pdfTimes: number[] = [];
let pdfBytes = 0;
let firstRender = 0;
for (let run = 0; run < PDF_RUNS + 1; run += 1) {
  const started = performance.now();
  const pdf = await renderAppraisalPdf({
    brand,
    currency: 'EUR',
    property: {
      reference: 'V-00042',
      title: 'T3 République',
      propertyType: 'apartment',
      address: {
        street: '14 rue de la République',
        complement: '',
        postalCode: '13002',
        city: 'Marseille',
        country: 'FR',
      },
      surface: 61,
      rooms: 3,
      bedrooms: 2,
      yearBuilt: 1890,
      dpe: { energyValue: 180, climateValue: 30, energyClass: 'D', climateClass: 'C' },
    },
    estimation: {
      low: 235_000,
      high: 255_000,
      method: 'comparison',
      comparables: sales.slice(0, 50),
      notes: 'Traversant, cuisine à refaire.',
      createdByName: 'Sophie Bernard',
      updatedAt: new Date(),
    },
  });
  const elapsed = performance.now() - started;
  pdfBytes = pdf.length;
  if (run === 0) firstRender = elapsed;
  else pdfTimes.push(elapsed);
}

const figures = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30) },
  dvf: {
    lines: DVF_LINES,
    megabytes: Number((Buffer.byteLength(text) / 2 ** 20).toFixed(1)),
    sales: sales.length,
    medianMs: Math.round(percentile(dvfTimes, 50)),
    p95Ms: Math.round(percentile(dvfTimes, 95)),
  },
  appraisal: {
    comparables: 50,
    bytes: pdfBytes,
    firstRenderMs: Math.round(firstRender),
    medianMs: Math.round(percentile(pdfTimes, 50)),
    p95Ms: Math.round(percentile(pdfTimes, 95)),
  },
};
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench-documents.json'), `${JSON.stringify(figures, null, 2)}\n`);
console.log(JSON.stringify(figures, null, 2));
