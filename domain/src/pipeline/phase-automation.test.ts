import { describe, expect, it } from 'vitest';
import {
  applyPhaseChange,
  initialPhaseFor,
  phaseAfterAction,
  requiresTracfin,
  TRACFIN_GATED_PHASES,
  type PhaseState,
} from './phase-automation';
import { DEFAULT_PHASE_LABELS, phaseChangeText, phaseLabel, phaseMoveRemark } from './phase-labels';
import { RENTAL_PHASES, SALE_PHASES, type Phase } from './phases';
import {
  DEFAULT_ACTION_PHASES,
  DEFAULT_PIPELINE_SETTINGS,
  mappedPhase,
  pipelineSettingsSchema,
  type PipelineSettings,
} from './pipeline-settings.schema';

const at = (iso: string) => new Date(iso);
const defaults = DEFAULT_PIPELINE_SETTINGS;

function sale(phase: Phase | null, phaseSourceAt: string | null = '2026-03-01T10:00:00Z'): PhaseState {
  return { dealType: 'sale', phase, phaseSourceAt: phaseSourceAt === null ? null : at(phaseSourceAt) };
}

function rental(phase: Phase | null): PhaseState {
  return { ...sale(phase), dealType: 'rental' };
}

const action = (type: string, occurredAt = '2026-03-02T10:00:00Z', phase: Phase | null = null) => ({
  type,
  phase,
  occurredAt: at(occurredAt),
});

describe('phaseAfterAction', () => {
  it.each([
    ['portal-request', 'request-received'],
    ['documentation-sent', 'documentation-sent'],
    ['visit', 'first-visit'],
    ['reservation', 'reservation'],
    ['purchase-confirmation', 'purchase-confirmation'],
    ['notarial-certification', 'contract-signed'],
    ['refusal', 'cancelled'],
  ])('moves a sale interest on %s to %s', (type, expected) => {
    expect(phaseAfterAction(sale('matching-contacted'), action(type), defaults)).toBe(expected);
  });

  it.each([
    ['reservation', 'application-received'],
    ['notarial-certification', 'lease-signed'],
    ['visit', 'first-visit'],
    ['refusal', 'cancelled'],
  ])('moves a rental interest on %s to %s', (type, expected) => {
    expect(phaseAfterAction(rental('request-received'), action(type), defaults)).toBe(expected);
  });

  it('moves no rental interest on a purchase confirmation, nor any interest on an unmapped type', () => {
    expect(phaseAfterAction(rental('request-received'), action('purchase-confirmation'), defaults)).toBeNull();
    for (const type of ['call', 'email', 'meeting', 'remark', 'custom:estimation']) {
      expect(phaseAfterAction(sale('request-received'), action(type), defaults)).toBeNull();
    }
  });

  it('makes a visit the 1st visit from an earlier phase and the 2nd from the 1st, and nothing later on', () => {
    expect(phaseAfterAction(sale('documentation-sent'), action('visit'), defaults)).toBe('first-visit');
    expect(phaseAfterAction(sale('first-visit'), action('visit'), defaults)).toBe('second-visit');
    expect(phaseAfterAction(rental('first-visit'), action('visit'), defaults)).toBe('second-visit');
    expect(phaseAfterAction(sale('negotiation'), action('visit'), defaults)).toBeNull();
    expect(phaseAfterAction(sale('reservation'), action('visit'), defaults)).toBeNull();
    expect(phaseAfterAction(rental('solvency-check'), action('visit'), defaults)).toBeNull();
  });

  it('starts again at the 1st visit after a cancellation, and changes nothing on a third visit', () => {
    expect(phaseAfterAction(sale('cancelled'), action('visit'), defaults)).toBe('first-visit');
    expect(phaseAfterAction(sale('second-visit'), action('visit'), defaults)).toBeNull();
  });

  it('never moves an interest back on a mapped action, but always cancels it', () => {
    expect(phaseAfterAction(sale('reservation'), action('portal-request'), defaults)).toBeNull();
    expect(phaseAfterAction(sale('negotiation'), action('documentation-sent'), defaults)).toBeNull();
    expect(phaseAfterAction(sale('contract-signed'), action('purchase-confirmation'), defaults)).toBeNull();
    expect(phaseAfterAction(rental('lease-signed'), action('reservation'), defaults)).toBeNull();
    expect(phaseAfterAction(sale('notary'), action('refusal'), defaults)).toBe('cancelled');
    expect(phaseAfterAction(sale('cancelled'), action('reservation'), defaults)).toBe('reservation');
  });

  it('lets the phase chosen on the entry win over the mapped type, backwards and visit logic included', () => {
    expect(phaseAfterAction(sale('first-visit'), action('call', undefined, 'negotiation'), defaults)).toBe(
      'negotiation',
    );
    expect(phaseAfterAction(sale('second-visit'), action('visit', undefined, 'first-visit'), defaults)).toBe(
      'first-visit',
    );
    expect(phaseAfterAction(sale('reservation'), action('call', undefined, 'negotiation'), defaults)).toBe(
      'negotiation',
    );
  });

  it('ignores a chosen phase that is not of the deal type', () => {
    expect(phaseAfterAction(rental('request-received'), action('call', undefined, 'notary'), defaults)).toBeNull();
  });

  it('changes nothing when the phase would stay the same', () => {
    expect(phaseAfterAction(sale('reservation'), action('reservation'), defaults)).toBeNull();
  });

  it('ignores an event older than the one that set the phase, but not one of the same instant', () => {
    const state = sale('reservation', '2026-03-05T10:00:00Z');
    expect(phaseAfterAction(state, action('refusal', '2026-03-04T10:00:00Z'), defaults)).toBeNull();
    expect(phaseAfterAction(state, action('refusal', '2026-03-05T10:00:00Z'), defaults)).toBe('cancelled');
  });

  it('places a contact with no interest yet', () => {
    expect(phaseAfterAction(sale(null, null), action('visit'), defaults)).toBe('first-visit');
    expect(phaseAfterAction(sale(null, null), action('call'), defaults)).toBeNull();
  });

  it("follows the tenant's mapping: a custom type, a changed type, a type turned off", () => {
    const settings: PipelineSettings = {
      ...defaults,
      actionPhases: {
        sale: { 'custom:financing': 'financing-proof', call: 'request-answered', refusal: null },
        rental: {},
      },
    };
    expect(phaseAfterAction(sale('reservation'), action('custom:financing'), settings)).toBe('financing-proof');
    expect(phaseAfterAction(sale('request-received'), action('call'), settings)).toBe('request-answered');
    expect(phaseAfterAction(sale('reservation'), action('refusal'), settings)).toBeNull();
    expect(phaseAfterAction(rental('first-visit'), action('refusal'), settings)).toBe('cancelled');
  });
});

describe('applyPhaseChange', () => {
  const interest = {
    phase: 'first-visit' as Phase,
    phaseSince: at('2026-03-01T10:00:00Z'),
    phaseSourceAt: at('2026-03-01T10:00:00Z'),
    phaseDurations: { 'request-received': 1000 },
  };

  it('adds the time spent in the phase left and restarts the clock', () => {
    const moved = applyPhaseChange(interest, 'second-visit', at('2026-03-01T11:00:00Z'));
    expect(moved).toEqual({
      phase: 'second-visit',
      phaseSince: at('2026-03-01T11:00:00Z'),
      phaseSourceAt: at('2026-03-01T11:00:00Z'),
      phaseDurations: { 'request-received': 1000, 'first-visit': 3_600_000 },
    });
    const back = applyPhaseChange(
      { ...moved, phaseDurations: moved.phaseDurations },
      'first-visit',
      at('2026-03-01T11:00:01Z'),
    );
    const again = applyPhaseChange(back, 'second-visit', at('2026-03-01T11:00:03Z'));
    expect(again.phaseDurations['first-visit']).toBe(3_602_000);
  });

  it('never counts a negative time nor moves the newest event back', () => {
    const moved = applyPhaseChange(interest, 'second-visit', at('2026-02-01T10:00:00Z'));
    expect(moved.phaseDurations['first-visit']).toBe(0);
    expect(moved.phaseSourceAt).toEqual(at('2026-03-01T10:00:00Z'));
  });
});

describe('requiresTracfin', () => {
  it('gates a buyer entering a purchase-commitment phase of a sale, and nothing else', () => {
    for (const phase of TRACFIN_GATED_PHASES)
      expect(requiresTracfin({ clientType: 'buyer' }, 'sale', phase)).toBe(true);
    expect(requiresTracfin({ clientType: 'buyer' }, 'sale', 'negotiation')).toBe(false);
    expect(requiresTracfin({ clientType: 'buyer' }, 'sale', 'cancelled')).toBe(false);
    expect(requiresTracfin({ clientType: 'seller' }, 'sale', 'reservation')).toBe(false);
    expect(requiresTracfin({ clientType: null }, 'sale', 'notary')).toBe(false);
    expect(requiresTracfin({ clientType: 'buyer' }, 'rental', 'lease-signed')).toBe(false);
  });
});

describe('initialPhaseFor', () => {
  it('starts a matched contact at the first phase and the others at request received', () => {
    expect(initialPhaseFor('matching')).toBe('matching-contacted');
    expect(initialPhaseFor('portal')).toBe('request-received');
    expect(initialPhaseFor('manual')).toBe('request-received');
  });
});

describe('phaseLabel', () => {
  it("uses the tenant's name, else the product's in the language asked", () => {
    const settings = { phaseNames: { sale: { 'first-visit': 'Première visite' }, rental: {} } };
    expect(phaseLabel(settings, 'sale', 'first-visit', 'en')).toBe('Première visite');
    expect(phaseLabel(settings, 'rental', 'first-visit', 'en')).toBe('1st visit');
    expect(phaseLabel(settings, 'sale', 'notary', 'fr')).toBe('Registre foncier / Notaire');
    expect(phaseLabel(settings, 'sale', 'cancelled', 'ru')).toBe('Отмена');
  });

  it('names every phase in every language', () => {
    for (const labels of Object.values(DEFAULT_PHASE_LABELS)) {
      for (const phase of [...SALE_PHASES, ...RENTAL_PHASES]) expect(labels[phase]).toMatch(/\S/);
    }
  });

  it('writes the manual move remark and the phase change text in the language asked', () => {
    const names = { actor: 'Alex Agent', contact: 'Anna Karenina', from: '1st visit', to: '2nd visit' };
    expect(phaseMoveRemark('en', names)).toBe('Alex Agent moved Anna Karenina from “1st visit” to “2nd visit”.');
    expect(phaseMoveRemark('fr', names)).toContain('a déplacé Anna Karenina');
    expect(phaseChangeText('en', null, '1st visit')).toBe('Phase: “1st visit”');
  });
});

describe('pipelineSettingsSchema', () => {
  it('reads an absent document as the defaults', () => {
    expect(pipelineSettingsSchema.parse({})).toEqual(DEFAULT_PIPELINE_SETTINGS);
  });

  it('accepts renames, a custom type and its mapping', () => {
    const parsed = pipelineSettingsSchema.safeParse({
      phaseNames: { sale: { negotiation: 'Négociation' }, rental: { 'check-in': 'Remise des clés' } },
      actionPhases: { sale: { 'custom:estimation': 'request-answered', visit: null }, rental: {} },
      customHistoryTypes: [{ id: 'estimation', label: 'Estimation' }],
    });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['a rental phase renamed in the sale list', { phaseNames: { sale: { 'check-in': 'x' }, rental: {} } }],
    ['an empty name', { phaseNames: { sale: { notary: ' ' }, rental: {} } }],
    ['a rental phase for a sale type', { actionPhases: { sale: { visit: 'lease-signed' }, rental: {} } }],
    ['an unknown type', { actionPhases: { sale: { fax: 'notary' }, rental: {} } }],
    ['a custom type id with capitals', { customHistoryTypes: [{ id: 'Estimation', label: 'Estimation' }] }],
    [
      'the same custom type twice',
      {
        customHistoryTypes: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
      },
    ],
  ])('refuses %s', (_label, value) => {
    expect(pipelineSettingsSchema.safeParse(value).success).toBe(false);
  });

  it('maps the rental defaults with no purchase confirmation', () => {
    expect(DEFAULT_ACTION_PHASES.rental['purchase-confirmation']).toBeUndefined();
    expect(mappedPhase(defaults, 'rental', 'purchase-confirmation')).toBeNull();
  });
});
