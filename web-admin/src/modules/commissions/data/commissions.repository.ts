import {
  assignCommissionPlanContract,
  commissionAgentModel,
  commissionSettingsModel,
  paths,
  saveCommissionPlansContract,
  type CommissionAgent,
  type CommissionSettings,
  type ContractInput,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import { collection, doc, getDoc, getDocs, limit, query } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const settingsConverter = converterOf(commissionSettingsModel);
const agentConverter = converterOf(commissionAgentModel);

/** A team is read whole in Settings (its members are too); a network larger than this pages its team. */
const COMMISSION_AGENTS_MAX = 500;

export async function fetchCommissionSettings(tenantId: string): Promise<CommissionSettings | null> {
  return readDoc(await getDoc(doc(db, paths.commissionSettings(tenantId)).withConverter(settingsConverter)));
}

export async function fetchCommissionAgents(tenantId: string): Promise<CommissionAgent[]> {
  const snapshot = await getDocs(
    query(collection(db, paths.commissionAgents(tenantId)).withConverter(agentConverter), limit(COMMISSION_AGENTS_MAX)),
  );
  return readDocs(snapshot);
}

export const saveCommissionPlans = (input: ContractInput<typeof saveCommissionPlansContract>) =>
  call(saveCommissionPlansContract, input);
export const assignCommissionPlan = (input: ContractInput<typeof assignCommissionPlanContract>) =>
  call(assignCommissionPlanContract, input);
