import { paths, REGISTER_EXPORT_MAX_LINES, type ExportRegisterResult, type RegisterFilter } from '@estate/domain';
import { Timestamp, type Query } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { readDocumentBrand, registerLineConverter } from './mandate-store';
import { runTransaction } from '../lib/transactions';

const DAY_MS = 86_400_000;

/**
 * The register as a PDF on the agency's branded pages, for the register page's filters (the same
 * queries, served by the same indexes), up to REGISTER_EXPORT_MAX_LINES lines in number order. Read by
 * collaborators only, as the rules let them read the register.
 */
export async function exportRegister(
  deps: Deps,
  caller: Caller,
  filter: RegisterFilter,
): Promise<ExportRegisterResult> {
  const { db } = deps;
  const { actor, brand } = await runTransaction(
    db,
    async (tx) => {
      const actor = await readPipelineCollaborator(db, tx, caller);
      return { actor, brand: (await readDocumentBrand(db, tx, actor.tenantId)).brand };
    },
    { readOnly: true },
  );
  let query: Query = db.collection(paths.mandateRegister(actor.tenantId));
  if (filter.status) query = query.where('status', '==', filter.status);
  if (filter.kind) query = query.where('kind', '==', filter.kind);
  if (filter.agentUid) query = query.where('agentUid', '==', filter.agentUid);
  if (filter.from) query = query.where('registeredAt', '>=', Timestamp.fromDate(filter.from));
  if (filter.to) query = query.where('registeredAt', '<', Timestamp.fromDate(new Date(filter.to.getTime() + DAY_MS)));
  const snapshot = await query
    .orderBy('registeredAt', 'desc')
    .limit(REGISTER_EXPORT_MAX_LINES)
    .withConverter(registerLineConverter)
    .get();
  const lines = snapshot.docs.map((doc) => doc.data()).sort((a, b) => a.number - b.number);
  const now = deps.now();
  const { renderRegisterPdf } = await import('./register-pdf');
  const pdf = await renderRegisterPdf(brand, lines, now);
  return {
    fileName: `registre-des-mandats-${now.toISOString().slice(0, 10)}.pdf`,
    contentBase64: pdf.toString('base64'),
    lines: lines.length,
  };
}
