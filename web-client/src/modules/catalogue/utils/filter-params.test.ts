import { NO_CATALOGUE_FILTERS } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { boundsInverted, filtersFromParams, parseBound, withFilters } from './filter-params';

describe('filter params', () => {
  it('round-trips the filters through the address, keeping its other parameters', () => {
    const filters = { rooms: 2, priceMin: 5_000_000, priceMax: null, areaMin: 40.5, areaMax: 80 };
    const params = withFilters(new URLSearchParams('view=list&building=b1'), filters);
    expect(params.get('view')).toBe('list');
    expect(params.get('building')).toBe('b1');
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('reads nothing, garbage or negative numbers as no filter, and caps rooms at "4 or more"', () => {
    expect(filtersFromParams(new URLSearchParams(''))).toEqual(NO_CATALOGUE_FILTERS);
    expect(filtersFromParams(new URLSearchParams('pmin=abc&amax=-3&rooms=1.5'))).toEqual(NO_CATALOGUE_FILTERS);
    expect(filtersFromParams(new URLSearchParams('rooms=7')).rooms).toBe(4);
  });

  it('removes the filters cleared', () => {
    const params = withFilters(new URLSearchParams('rooms=2&pmin=1'), NO_CATALOGUE_FILTERS);
    expect(params.toString()).toBe('');
  });

  it('tells when a lower bound is above its upper bound', () => {
    expect(boundsInverted({ ...NO_CATALOGUE_FILTERS, priceMin: 2, priceMax: 1 })).toBe(true);
    expect(boundsInverted({ ...NO_CATALOGUE_FILTERS, areaMin: 50, areaMax: 60 })).toBe(false);
  });
});

describe('parseBound', () => {
  it('reads amounts with spaces and a decimal comma, and nothing or garbage as no bound', () => {
    expect(parseBound('8 450 000')).toBe(8_450_000);
    expect(parseBound('54,5')).toBe(54.5);
    expect(parseBound('')).toBeNull();
    expect(parseBound('abc')).toBeNull();
    expect(parseBound('-3')).toBeNull();
  });
});
