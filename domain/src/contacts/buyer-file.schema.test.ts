import { describe, expect, it } from 'vitest';
import { buyerQuestionnaireInputSchema, savedSearchInputSchema } from './buyer-file.schema';

const questionnaire = {
  projectType: 'main-residence',
  budgetMin: 300_000,
  budgetMax: 450_000,
  financing: { type: 'loan', loanPreApproved: true, contribution: 60_000 },
  deadline: '2031-06-30',
  situation: { housing: 'owner', mustSellFirst: true },
  household: { adults: 2, children: 1 },
  notes: '',
};

const search = {
  dealType: 'sale',
  propertyTypes: ['apartment', 'house'],
  cities: ['Lyon'],
  postalCodes: ['69003', '69006'],
  budgetMin: null,
  budgetMax: 450_000,
  surfaceMin: 70,
  roomsMin: 3,
  bedroomsMin: 2,
  mustHaves: ['balcony', 'lift'],
  text: 'Near a metro station',
};

describe('buyerQuestionnaireInputSchema', () => {
  it('accepts a filled questionnaire and reads the deadline as a date', () => {
    const parsed = buyerQuestionnaireInputSchema.parse(questionnaire);
    expect(parsed.deadline).toEqual(new Date('2031-06-30T00:00:00Z'));
  });

  it.each([
    ['a maximum below the minimum', { budgetMin: 500_000 }, 'budgetMax'],
    [
      'a pre-approved loan for a cash purchase',
      { financing: { type: 'cash', loanPreApproved: true, contribution: null } },
      'financing.loanPreApproved',
    ],
    [
      'a tenant who must sell first',
      { situation: { housing: 'tenant', mustSellFirst: true } },
      'situation.mustSellFirst',
    ],
    ['a negative budget', { budgetMin: -1 }, 'budgetMin'],
    ['half a child', { household: { adults: 2, children: 0.5 } }, 'household.children'],
    ['a deadline that is not a date', { deadline: 'soon' }, 'deadline'],
  ])('refuses %s', (_label, change, field) => {
    const result = buyerQuestionnaireInputSchema.safeParse({ ...questionnaire, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('savedSearchInputSchema', () => {
  it('accepts the criteria', () => {
    expect(savedSearchInputSchema.safeParse(search).success).toBe(true);
  });

  it.each([
    ['no property type', { propertyTypes: [] }, 'propertyTypes'],
    ['a type twice', { propertyTypes: ['house', 'house'] }, 'propertyTypes'],
    ['a bad postal code', { postalCodes: ['!'] }, 'postalCodes.0'],
    ['an unknown must-have', { mustHaves: ['helipad'] }, 'mustHaves.0'],
    ['a maximum below the minimum', { budgetMin: 500_000 }, 'budgetMax'],
    ['an unknown deal type', { dealType: 'swap' }, 'dealType'],
  ])('refuses %s', (_label, change, field) => {
    const result = savedSearchInputSchema.safeParse({ ...search, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
