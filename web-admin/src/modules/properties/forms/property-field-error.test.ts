import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { propertyFieldError } from './property-field-error';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('propertyFieldError', () => {
  it('turns the domain messages into the user language, with their bounds', () => {
    expect(propertyFieldError(t, 'at most 300')).toBe('properties.validation.atMost {"max":"300"}');
    expect(propertyFieldError(t, 'at least -10')).toBe('properties.validation.atLeast {"min":"-10"}');
    expect(propertyFieldError(t, 'sold is for a sale, rented for a rental')).toBe(
      'properties.validation.statusForDeal',
    );
    expect(propertyFieldError(t, 'an address starting with https://')).toBe('properties.validation.url');
    expect(propertyFieldError(t, 'required')).toBe('validation.required');
    expect(propertyFieldError(t, 'at most 160 characters')).toBe('validation.tooLong {"max":"160"}');
    expect(propertyFieldError(t, undefined)).toBeUndefined();
  });
});
