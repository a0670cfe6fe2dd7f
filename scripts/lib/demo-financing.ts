// Mortgage and consumer-credit applications of the demo developer's clients, made by the financing
// handlers themselves so the demo holds exactly what the functions write (the report's counts, the
// clients' history): a dozen applications with French banks at every step, one on the client's
// mortgage reservation.
import {
  logConsultationContract,
  saveApplicationContract,
  paths,
  setBankStatusContract,
  unitModel,
  type BankStatus,
  type ConsultationChannel,
  type FinancingKind,
  type SaveApplicationInput,
  type Unit,
} from '@estate/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { logConsultation } from '../../functions/src/financing/log-consultation.handler';
import { saveApplication } from '../../functions/src/financing/save-application.handler';
import { setBankStatus } from '../../functions/src/financing/set-bank-status.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import { converterOf } from '../../functions/src/lib/converters';
import type { Deps } from '../../functions/src/lib/deps';

const DAY = 24 * 3_600_000;
const unitConverter = converterOf(unitModel);

interface BankPlan {
  bank: string;
  programme?: string;
  ratePercent?: number;
  /** The steps it went through after draft, the last being where it stands. */
  steps: readonly Exclude<BankStatus, 'draft'>[];
  conditions?: string;
}

interface ApplicationPlan {
  kind: FinancingKind;
  /** Which unit of those given (the mortgage reservation's first), or none. */
  unit: number | null;
  price: number;
  downPayment: number;
  termMonths: number;
  banks: readonly BankPlan[];
  consultation?: { channel: ConsultationChannel; notes: string };
  /** How many days ago it was opened, so the list reads as weeks of work. */
  daysAgo: number;
}

const PLANS: readonly ApplicationPlan[] = [
  {
    kind: 'mortgage',
    unit: 0,
    price: 285_000,
    downPayment: 35_000,
    termMonths: 300,
    daysAgo: 12,
    banks: [
      {
        bank: 'Crédit Agricole',
        programme: 'Prêt à taux fixe',
        ratePercent: 3.45,
        steps: ['sent', 'underReview', 'approved'],
        conditions: 'Assurance emprunteur et domiciliation des revenus.',
      },
      { bank: 'BNP Paribas', programme: 'Prêt immobilier neuf', steps: ['sent', 'underReview'] },
      { bank: 'Société Générale', steps: ['sent', 'declined'] },
    ],
    consultation: {
      channel: 'meeting',
      notes: 'Comparaison des offres Crédit Agricole et BNP Paribas, simulation sur 25 ans.',
    },
  },
  {
    kind: 'mortgage',
    unit: 1,
    price: 312_000,
    downPayment: 62_000,
    termMonths: 240,
    daysAgo: 10,
    banks: [
      { bank: 'LCL', programme: 'Prêt à taux zéro + prêt principal', ratePercent: 3.3, steps: ['sent', 'approved'] },
      { bank: 'Crédit Mutuel', steps: ['sent', 'underReview'] },
    ],
  },
  {
    kind: 'mortgage',
    unit: 2,
    price: 248_000,
    downPayment: 25_000,
    termMonths: 300,
    daysAgo: 9,
    banks: [
      { bank: 'BNP Paribas', programme: 'Prêt immobilier neuf', steps: ['sent', 'underReview', 'declined'] },
      {
        bank: "Caisse d'Épargne",
        ratePercent: 3.6,
        steps: ['sent', 'underReview', 'approved'],
        conditions: 'Caution des parents et apport porté à 30 000 €.',
      },
    ],
    consultation: { channel: 'call', notes: "Point sur les conditions de la Caisse d'Épargne." },
  },
  {
    kind: 'mortgage',
    unit: null,
    price: 198_000,
    downPayment: 20_000,
    termMonths: 240,
    daysAgo: 8,
    banks: [
      { bank: 'Société Générale', steps: ['sent'] },
      { bank: 'La Banque Postale', steps: [] },
    ],
  },
  {
    kind: 'consumerCredit',
    unit: null,
    price: 0,
    downPayment: 0,
    termMonths: 60,
    daysAgo: 7,
    banks: [{ bank: 'Cetelem', programme: 'Prêt travaux', ratePercent: 5.9, steps: ['sent', 'approved'] }],
    consultation: { channel: 'email', notes: 'Financement des travaux de finition et de la cuisine.' },
  },
  {
    kind: 'mortgage',
    unit: 3,
    price: 356_000,
    downPayment: 80_000,
    termMonths: 240,
    daysAgo: 6,
    banks: [
      { bank: 'Crédit Agricole', programme: 'Prêt à taux fixe', steps: ['sent', 'underReview'] },
      { bank: 'LCL', steps: ['sent'] },
      { bank: 'CIC', steps: [] },
    ],
  },
  {
    kind: 'mortgage',
    unit: null,
    price: 225_000,
    downPayment: 10_000,
    termMonths: 300,
    daysAgo: 5,
    banks: [
      { bank: 'BNP Paribas', steps: ['sent', 'declined'] },
      { bank: 'Crédit Mutuel', steps: ['sent', 'declined'] },
    ],
  },
  {
    kind: 'consumerCredit',
    unit: null,
    price: 0,
    downPayment: 0,
    termMonths: 48,
    daysAgo: 4,
    banks: [
      { bank: 'Société Générale', programme: 'Prêt personnel', steps: ['sent', 'underReview'] },
      { bank: 'Cofidis', steps: ['sent'] },
    ],
  },
  {
    kind: 'mortgage',
    unit: 4,
    price: 268_000,
    downPayment: 40_000,
    termMonths: 300,
    daysAgo: 3,
    banks: [
      { bank: 'Crédit Agricole', steps: [] },
      { bank: 'BNP Paribas', steps: [] },
    ],
  },
  {
    kind: 'mortgage',
    unit: null,
    price: 410_000,
    downPayment: 120_000,
    termMonths: 180,
    daysAgo: 2,
    banks: [
      { bank: 'LCL', programme: 'Prêt relais', ratePercent: 3.9, steps: ['sent', 'underReview', 'approved'] },
      { bank: 'Société Générale', steps: ['sent', 'underReview'] },
    ],
  },
  {
    kind: 'mortgage',
    unit: null,
    price: 189_000,
    downPayment: 15_000,
    termMonths: 300,
    daysAgo: 1,
    banks: [{ bank: "Caisse d'Épargne", steps: ['sent'] }],
  },
  {
    kind: 'consumerCredit',
    unit: null,
    price: 0,
    downPayment: 0,
    termMonths: 36,
    daysAgo: 0,
    banks: [{ bank: 'Crédit Agricole', programme: 'Prêt personnel', steps: [] }],
  },
];

/** The amount a consumer credit asks when it finances no purchase: finishing works, a parking space. */
const CONSUMER_CREDIT_AMOUNT = 18_000;

interface DemoFinancingStep {
  applicationId: string;
  lineId: string;
  to: Exclude<BankStatus, 'draft'>;
  conditions: string;
  ratePercent: number | null;
}

/** The seed's applications as the callables take them, with the steps and consultations that follow. */
export function demoFinancing(args: { contactIds: readonly string[]; units: readonly Unit[] }): {
  applications: { input: SaveApplicationInput; daysAgo: number }[];
  steps: DemoFinancingStep[];
  consultations: { applicationId: string; requestId: string; channel: ConsultationChannel; notes: string }[];
} {
  const applications: { input: SaveApplicationInput; daysAgo: number }[] = [];
  const steps: DemoFinancingStep[] = [];
  const consultations: { applicationId: string; requestId: string; channel: ConsultationChannel; notes: string }[] = [];
  PLANS.forEach((plan, index) => {
    const contactId = args.contactIds[index % Math.max(1, args.contactIds.length)];
    if (!contactId) return;
    const applicationId = `demo-financing-${index + 1}`;
    const unit = plan.unit === null ? undefined : args.units[plan.unit];
    const price = unit ? unit.price : plan.price;
    const amountRequested = plan.kind === 'consumerCredit' ? CONSUMER_CREDIT_AMOUNT : price - plan.downPayment;
    applications.push({
      daysAgo: plan.daysAgo,
      input: {
        applicationId,
        kind: plan.kind,
        contactId: unit?.hold?.contactId ?? contactId,
        unitId: unit?.id ?? null,
        price,
        downPayment: plan.downPayment,
        amountRequested,
        termMonths: plan.termMonths,
        banks: plan.banks.map((bank, line) => ({
          id: `line-${line + 1}`,
          bank: bank.bank,
          programme: bank.programme ?? '',
          amount: amountRequested,
          ratePercent: bank.ratePercent ?? null,
        })),
      },
    });
    plan.banks.forEach((bank, line) => {
      for (const to of bank.steps) {
        steps.push({
          applicationId,
          lineId: `line-${line + 1}`,
          to,
          conditions: to === 'approved' ? (bank.conditions ?? '') : '',
          ratePercent: to === 'approved' ? (bank.ratePercent ?? null) : null,
        });
      }
    });
    if (plan.consultation) {
      consultations.push({ applicationId, requestId: `${applicationId}-consultation`, ...plan.consultation });
    }
  });
  return { applications, steps, consultations };
}

export async function seedDemoFinancing(
  db: Firestore,
  auth: Auth,
  tenantId: string,
  args: {
    contactIds: readonly string[];
    /** The mortgage reservation's unit first (its holder applies), then free apartments. */
    unitIds: readonly string[];
    manager: { uid: string; email: string };
    now: Date;
  },
): Promise<void> {
  const caller: Caller = { uid: args.manager.uid, email: args.manager.email, claims: { tenantId, role: 'manager' } };
  // Read now, not taken from the inventory: the reservations seeded since put their holds on them.
  const units = (
    await Promise.all(
      args.unitIds.map((unitId) => db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter).get()),
    )
  ).flatMap((snapshot) => snapshot.data() ?? []);
  const plan = demoFinancing({ contactIds: args.contactIds, units });
  const openedAt = new Map<string, Date>();
  for (const { input, daysAgo } of plan.applications) {
    // An application a previous seed made has moved on: its steps are not replayed (a bank only moves forward).
    if ((await db.doc(paths.financingApplication(tenantId, input.applicationId)).get()).exists) continue;
    const at = new Date(args.now.getTime() - daysAgo * DAY);
    openedAt.set(input.applicationId, at);
    const deps: Deps = { db, auth, links: appLinks(null), now: () => at, local: null };
    await saveApplication(deps, caller, saveApplicationContract.input.parse(input));
  }
  // Each bank takes a day per step after the application was opened.
  const stepCount = new Map<string, number>();
  for (const step of plan.steps) {
    if (!openedAt.has(step.applicationId)) continue;
    const key = `${step.applicationId}/${step.lineId}`;
    const count = (stepCount.get(key) ?? 0) + 1;
    stepCount.set(key, count);
    const opened = openedAt.get(step.applicationId) ?? args.now;
    const at = new Date(Math.min(args.now.getTime(), opened.getTime() + count * DAY));
    const deps: Deps = { db, auth, links: appLinks(null), now: () => at, local: null };
    await setBankStatus(deps, caller, setBankStatusContract.input.parse(step));
  }
  const deps: Deps = { db, auth, links: appLinks(null), now: () => args.now, local: null };
  for (const consultation of plan.consultations) {
    if (!openedAt.has(consultation.applicationId)) continue;
    await logConsultation(deps, caller, logConsultationContract.input.parse(consultation));
  }
}
