import { describe, expect, it } from 'vitest';
import { catalogueUnitOf } from '../catalogue/catalogue-unit.schema';
import { paths } from '../shared/paths';
import { catalogueLayoutUrl, isUnitLayoutType, parseCatalogueLayoutPath, unitLayoutSchema } from './unit-layout';
import { unitSchema } from './unit.schema';

const layout = {
  id: 'L1',
  originalPath: paths.unitLayoutOriginal('t1', 'u1', 'L1'),
  imagePath: paths.unitLayoutImage('t1', 'u1', 'L1'),
  width: 1200,
  height: 880,
  uploadedBy: 'manager-uid',
  uploadedAt: new Date('2026-12-01T09:00:00Z'),
};

describe('unit layouts', () => {
  it('keeps its files under the unit, the original beside its rendered image', () => {
    expect(layout.originalPath).toBe('tenants/t1/units/u1/layouts/L1/original');
    expect(layout.imagePath).toBe('tenants/t1/units/u1/layouts/L1/image.webp');
    expect(unitLayoutSchema.parse(layout)).toEqual(layout);
    expect(unitLayoutSchema.safeParse({ ...layout, id: 'a/b' }).success).toBe(false);
    expect(unitLayoutSchema.safeParse({ ...layout, width: 0 }).success).toBe(false);
  });

  it('accepts the image types a browser shows and storage.rules allow, nothing a browser runs', () => {
    expect(['image/png', 'image/jpeg', 'image/webp'].map(isUnitLayoutType)).toEqual([true, true, true]);
    expect(['image/svg+xml', 'text/html', 'application/pdf', ''].map(isUnitLayoutType)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('names a public address per layout, and reads back only such addresses', () => {
    const url = catalogueLayoutUrl('u1', 'L1');
    expect(url).toBe('/layouts/u1/L1.webp');
    expect(parseCatalogueLayoutPath(url)).toEqual({ unitId: 'u1', layoutId: 'L1' });
    for (const path of ['/layouts/u1/L1.png', '/layouts/u1.webp', '/layouts/../u1/L1.webp', '/files/u1/L1.webp']) {
      expect(parseCatalogueLayoutPath(path)).toBeNull();
    }
  });

  it('shows the public catalogue the layout without who uploaded it or where its files are', () => {
    const unit = unitSchema.parse({
      id: 'u1',
      projectId: 'p1',
      buildingId: 'b1',
      section: '1',
      number: '101',
      floor: 1,
      position: 1,
      kind: 'apartment',
      rooms: 2,
      area: 50,
      finish: 'rough',
      price: 100_000,
      status: 'free',
      layout,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    expect(catalogueUnitOf(unit, 'EUR').layout).toEqual({ id: 'L1', width: 1200, height: 880 });
    expect(catalogueUnitOf({ ...unit, layout: null }, 'EUR').layout).toBeNull();
    // A unit stored before layouts existed reads as one without.
    const { layout: _none, ...older } = unit;
    expect(unitSchema.parse(older).layout).toBeNull();
  });
});
