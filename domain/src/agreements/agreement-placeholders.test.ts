import { describe, expect, it } from 'vitest';
import { agreementTemplateInputSchema } from './agreement-template.schema';
import { agreementValues, type AgreementSources } from './agreement-values';
import {
  AGREEMENT_PLACEHOLDERS,
  fillTemplate,
  placeholdersOf,
  templateBlocks,
  templateIssues,
  type AgreementValues,
} from './agreement-placeholders';
import { DEFAULT_AGREEMENT_TEMPLATES } from './default-templates';

const sources: AgreementSources = {
  locale: 'ru',
  currency: 'RUB',
  date: new Date('2026-12-07T10:00:00Z'),
  developer: {
    name: 'ООО «СЗ Северный квартал»',
    address: 'г. Казань, ул. Баумана, 1',
    registrationNumber: '1161690000000',
  },
  booking: {
    price: 8_450_000,
    unitNumber: '45',
    escrow: {
      kind: 'escrow',
      bank: 'ПАО Сбербанк',
      account: '40817810000000000001',
      amount: 8_450_000,
      openedAt: new Date('2026-12-01T00:00:00Z'),
      disclosedAt: null,
    },
  },
  client: { fullName: 'Петров Иван', email: 'ivan@example.ru', phone: '+7 900 000-00-01' },
  unit: { number: '45', kind: 'apartment', section: '1', floor: 7, rooms: 2, area: 54.3 },
  project: {
    name: 'Северный квартал',
    address: 'ул. Лесная, 12',
    city: 'Казань',
    completion: { year: 2027, quarter: 4 },
  },
  building: { name: 'Корпус 1' },
  signatory: {
    name: 'Иванова Мария Петровна',
    position: 'руководителя отдела продаж',
    power: {
      number: '16 АА 7654321',
      issuedOn: new Date('2026-01-10T00:00:00Z'),
      validUntil: new Date('2026-12-31T00:00:00Z'),
      scope: 'ДДУ',
    },
  },
};

describe('templateIssues', () => {
  it('names each unknown placeholder once', () => {
    expect(templateIssues('{{client.name}} и {{ client.name }}, {{unit.number}}')).toEqual([
      { kind: 'unknown', name: 'client.name' },
    ]);
  });

  it('finds braces left open or closed alone', () => {
    expect(templateIssues('Цена {{deal.price')).toEqual([{ kind: 'unclosed' }]);
    expect(templateIssues('Цена deal.price}}')).toEqual([{ kind: 'unclosed' }]);
  });

  it('accepts known placeholders with spaces inside the braces', () => {
    expect(templateIssues('{{ deal.price }} / {{unit.area}}')).toEqual([]);
  });
});

describe('fillTemplate', () => {
  const values = agreementValues(sources);

  it('replaces every placeholder by its value', () => {
    const filled = fillTemplate('Квартира № {{unit.number}}, {{ unit.area }} кв. м, цена {{deal.price}}', values);
    expect(filled).toEqual({ ok: true, text: 'Квартира № 45, 54,3 кв. м, цена 8 450 000 ₽' });
  });

  it('refuses an unknown placeholder and names it', () => {
    expect(fillTemplate('{{client.fullName}} {{client.passport}}', values)).toEqual({
      ok: false,
      unknown: ['client.passport'],
      unclosed: false,
      missing: [],
    });
  });

  it('refuses a placeholder the deal has no value for', () => {
    const noEscrow = agreementValues({ ...sources, booking: { ...sources.booking, escrow: null } });
    const filled = fillTemplate('{{escrow.bank}}, {{escrow.account}}, {{deal.price}}', noEscrow);
    expect(filled).toEqual({ ok: false, unknown: [], unclosed: false, missing: ['escrow.bank', 'escrow.account'] });
  });

  it('leaves a text without placeholders as it is', () => {
    expect(fillTemplate('Без подстановок', values)).toEqual({ ok: true, text: 'Без подстановок' });
  });
});

describe('agreementValues', () => {
  it('gives a value to every placeholder of a complete deal', () => {
    const values: AgreementValues = agreementValues(sources);
    expect(AGREEMENT_PLACEHOLDERS.filter((name) => values[name] === null)).toEqual([]);
    expect(values['project.completion']).toBe('IV квартал 2027 г.');
    expect(values['signatory.power.validUntil']).toBe('31.12.2026');
    expect(values['escrow.kind']).toBe('счёт эскроу');
    expect(values['deal.pricePerSquareMetre']).toBe('155 617 ₽');
  });
});

describe('DEFAULT_AGREEMENT_TEMPLATES', () => {
  it.each(Object.entries(DEFAULT_AGREEMENT_TEMPLATES))(
    '%s is a valid template that fills completely',
    (_, template) => {
      expect(agreementTemplateInputSchema.safeParse(template).success).toBe(true);
      const filled = fillTemplate(template.body, agreementValues(sources));
      expect(filled.ok).toBe(true);
      if (filled.ok) expect(filled.text).not.toMatch(/\{\{|\}\}/);
    },
  );

  it('the ДДУ states the essential terms of 214-FZ', () => {
    const used = placeholdersOf(DEFAULT_AGREEMENT_TEMPLATES.ddu.body);
    expect(used).toEqual(
      expect.arrayContaining(['unit.number', 'unit.area', 'deal.price', 'escrow.bank', 'project.completion']),
    );
    expect(DEFAULT_AGREEMENT_TEMPLATES.ddu.body).toMatch(/214-ФЗ/);
    expect(DEFAULT_AGREEMENT_TEMPLATES.ddu.body).toMatch(/Гарантийный срок/);
    expect(DEFAULT_AGREEMENT_TEMPLATES.ddu.body).toMatch(/передаточному акту/);
  });
});

describe('agreementTemplateInputSchema', () => {
  it('says which placeholder is unknown', () => {
    const result = agreementTemplateInputSchema.safeParse({ title: 'ДДУ', body: 'Цена {{deal.cost}}' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['unknown placeholder {{deal.cost}}']);
  });
});

describe('templateBlocks', () => {
  it('cuts headings and paragraphs on blank lines', () => {
    expect(templateBlocks('# Договор\n\nПервый\nабзац\r\n\r\n  \n\n# 1. Предмет')).toEqual([
      { kind: 'heading', text: 'Договор' },
      { kind: 'paragraph', text: 'Первый\nабзац' },
      { kind: 'heading', text: '1. Предмет' },
    ]);
  });
});
