import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDvf } from './dvf-import';

const fixture = (name: string) => readFileSync(new URL(`./dvf-fixtures/${name}`, import.meta.url), 'utf8');

describe('reading DVF open data', () => {
  it('reads the geolocated CSV: one comparable per sale of a single dwelling, newest first', () => {
    const result = readDvf(fixture('geolocated.csv'));
    if (!result.ok) throw new Error('not read');
    expect(result.layout).toBe('geolocated');
    expect(result.lines).toBe(10);
    expect(result.sales.map((sale) => sale.sourceId)).toEqual(['2025-120048', '2025-120044', '2025-118201']);
    // The flat sold with its cellar: the cellar's line does not make a second premises.
    expect(result.sales[2]).toEqual({
      address: '12 Rue de la Republique',
      postalCode: '13002',
      city: 'Marseille 2e Arrondissement',
      date: '2025-03-10',
      price: 245_000,
      surface: 62,
      rooms: 3,
      kind: 'apartment',
      source: 'dvf',
      sourceId: '2025-118201',
    });
    // A house on two plots is one premises, not two.
    expect(result.sales[0]).toMatchObject({
      kind: 'house',
      surface: 124,
      price: 520_000,
      address: '3 Che du Roucas Blanc',
    });
    expect(result.sales[1]).toMatchObject({ address: '4 B Bd Notre-Dame', city: 'Marseille 6e Arrondissement' });
    expect(result.skipped).toEqual({
      'not-a-sale': 1,
      'no-premises': 1,
      'several-premises': 1,
      'no-surface': 1,
      'no-price': 0,
      invalid: 0,
    });
  });

  it("reads the tax administration's pipe-separated file, with its French dates and decimal commas", () => {
    const result = readDvf(fixture('tax-administration.txt'));
    if (!result.ok) throw new Error('not read');
    expect(result.layout).toBe('tax-administration');
    expect(result.sales).toEqual([
      expect.objectContaining({ date: '2025-11-30', price: 410_000, surface: 130, kind: 'commercial', rooms: 0 }),
      expect.objectContaining({
        date: '2025-10-21',
        price: 312_000,
        address: '2 B Bd de la Liberation',
        kind: 'apartment',
      }),
      expect.objectContaining({
        date: '2025-02-14',
        price: 198_000,
        surface: 46,
        address: '35 Rue Sainte',
        postalCode: '13001',
        city: 'Marseille 1er',
      }),
    ]);
    expect(result.skipped['no-premises']).toBe(1);
  });

  it('says which columns a file that is not DVF lacks', () => {
    expect(readDvf('Nom,Prénom,Ville\nDupont,Jean,Marseille\n')).toEqual({
      ok: false,
      error: 'not-dvf',
      missing: [
        'date_mutation',
        'nature_mutation',
        'valeur_fonciere',
        'nom_commune',
        'type_local',
        'surface_reelle_bati',
      ],
    });
    expect(readDvf('')).toEqual({ ok: false, error: 'empty', missing: [] });
  });

  it('restores the leading zero a spreadsheet took from a postcode and skips unreadable dates', () => {
    const header =
      'id_mutation,date_mutation,nature_mutation,valeur_fonciere,adresse_numero,adresse_nom_voie,code_postal,nom_commune,type_local,surface_reelle_bati,nombre_pieces_principales';
    const result = readDvf(
      `${header}\n1,2024-01-05,Vente,150000,5,GRANDE RUE,1640,Ambérieu,Maison,90,4\n2,05.01.2024,Vente,150000,5,GRANDE RUE,01640,Ambérieu,Maison,90,4\n`,
    );
    if (!result.ok) throw new Error('not read');
    expect(result.sales).toHaveLength(1);
    expect(result.sales[0]).toMatchObject({ postalCode: '01640', city: 'Ambérieu', address: '5 Grande Rue' });
    expect(result.skipped.invalid).toBe(1);
  });
});
