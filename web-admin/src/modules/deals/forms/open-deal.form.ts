import { FEES_COLLECTORS, FEES_PAYERS, toCalendarDate, type OpenDealInput } from '@estate/domain';
import { z } from 'zod';

const amount = z.number({ message: 'a number' }).min(0, { message: 'at least 0' });
const percent = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(100, { message: 'at most 100' });

/**
 * A deal's figures as the form holds them: flat fields, each optional share switched on or off.
 * `toOpenDealInput` gives the callable's input (openDealInputSchema), which checks it again.
 */
export const openDealFormSchema = z
  .object({
    dealType: z.enum(['sale', 'rental']),
    agentUid: z.string().min(1, { message: 'required' }),
    price: amount.min(1, { message: 'at least 1' }),
    acceptedAt: z.iso.date({ message: 'a date like 2026-03-01' }),
    feesNet: amount,
    vatPercent: percent,
    paidBy: z.enum(FEES_PAYERS),
    collectedBy: z.enum(FEES_COLLECTORS),
    notaryName: z.string().max(160, { message: 'at most 160 characters' }),
    notaryAddress: z.string().max(300, { message: 'at most 300 characters' }),
    withPartner: z.boolean(),
    partnerName: z.string().max(160, { message: 'at most 160 characters' }),
    partnerPercent: percent,
    withReferral: z.boolean(),
    referralAgentUid: z.string(),
    referralPercent: percent,
    withAmbassador: z.boolean(),
    ambassadorName: z.string().max(160, { message: 'at most 160 characters' }),
    ambassadorAmount: amount,
  })
  .superRefine((value, context) => {
    if (value.collectedBy === 'notary' && !value.notaryName.trim()) {
      context.addIssue({ code: 'custom', path: ['notaryName'], message: 'required' });
    }
    if (value.withPartner && !value.partnerName.trim()) {
      context.addIssue({ code: 'custom', path: ['partnerName'], message: 'required' });
    }
    if (value.withReferral && !value.referralAgentUid) {
      context.addIssue({ code: 'custom', path: ['referralAgentUid'], message: 'required' });
    }
    if (value.withAmbassador && !value.ambassadorName.trim()) {
      context.addIssue({ code: 'custom', path: ['ambassadorName'], message: 'required' });
    }
  });
export type OpenDealFormValues = z.infer<typeof openDealFormSchema>;

/** What the form starts with: today's acceptance, French VAT, the fees paid by the seller. */
export function emptyOpenDeal(
  prefill: { dealType: 'sale' | 'rental'; agentUid: string; price: number; acceptedAt?: Date },
  now = new Date(),
): OpenDealFormValues {
  return {
    dealType: prefill.dealType,
    agentUid: prefill.agentUid,
    price: prefill.price,
    acceptedAt: toCalendarDate(prefill.acceptedAt ?? now),
    feesNet: 0,
    vatPercent: 20,
    paidBy: 'mandator',
    collectedBy: 'notary',
    notaryName: '',
    notaryAddress: '',
    withPartner: false,
    partnerName: '',
    partnerPercent: 50,
    withReferral: false,
    referralAgentUid: '',
    referralPercent: 10,
    withAmbassador: false,
    ambassadorName: '',
    ambassadorAmount: 0,
  };
}

export function toOpenDealInput(
  values: OpenDealFormValues,
  picked: {
    requestId: string;
    propertyId: string;
    buyerContactId: string;
    sellerContactId: string | null;
    offerId: string | null;
    referralName: string;
  },
): OpenDealInput {
  return {
    requestId: picked.requestId,
    dealType: values.dealType,
    propertyId: picked.propertyId,
    buyerContactId: picked.buyerContactId,
    sellerContactId: picked.sellerContactId,
    offerId: picked.offerId,
    agentUid: values.agentUid,
    price: values.price,
    acceptedAt: values.acceptedAt,
    fees: {
      net: values.feesNet,
      vatPercent: values.vatPercent,
      paidBy: values.paidBy,
      collectedBy: values.collectedBy,
    },
    notary: values.notaryName.trim()
      ? { name: values.notaryName.trim(), address: values.notaryAddress.trim(), email: '' }
      : null,
    shares: {
      partner: values.withPartner ? { name: values.partnerName.trim(), percent: values.partnerPercent } : null,
      referral: values.withReferral
        ? { agentUid: values.referralAgentUid, name: picked.referralName, percent: values.referralPercent }
        : null,
      ambassador: values.withAmbassador
        ? { name: values.ambassadorName.trim(), reward: { kind: 'amount', amount: values.ambassadorAmount } }
        : null,
    },
  };
}
