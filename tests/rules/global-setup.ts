import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { coverageUrls, loadFirestoreRules, STORAGE_LEFT_OUT, storageRulesEnforced } from './rules-env';

const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));

/** A node of the emulator's coverage report: one expression of the rules, with the values it took. */
interface CoverageNode {
  values?: unknown[];
  children?: CoverageNode[];
}

function countExpressions(nodes: readonly CoverageNode[]): { total: number; exercised: number } {
  let total = 0;
  let exercised = 0;
  const visit = (list: readonly CoverageNode[]): void => {
    for (const node of list) {
      total += 1;
      if ((node.values?.length ?? 0) > 0) exercised += 1;
      visit(node.children ?? []);
    }
  };
  visit(nodes);
  return { total, exercised };
}

export async function setup(project: TestProject): Promise<void> {
  await loadFirestoreRules();
  const enforced = await storageRulesEnforced();
  project.provide('storageRulesEnforced', enforced);
  if (!enforced) console.log(STORAGE_LEFT_OUT);
}

/** After every file has run: saves the emulator's rule coverage and prints its figure in one line. */
export async function teardown(): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  const html = await fetch(coverageUrls.html);
  if (html.ok) await writeFile(`${artifacts}firestore-rules-coverage.html`, await html.text());
  const json = await fetch(coverageUrls.json);
  if (!json.ok) {
    console.log(`firestore rules coverage: not available (${json.status} from the emulator)`);
    return;
  }
  const body = await json.text();
  await writeFile(`${artifacts}firestore-rules-coverage.json`, body);
  const report = (JSON.parse(body) as { report?: CoverageNode[] }).report ?? [];
  const { total, exercised } = countExpressions(report);
  const percent = total === 0 ? 0 : (100 * exercised) / total;
  console.log(`firestore rules coverage: ${exercised} of ${total} expressions exercised (${percent.toFixed(1)}%)`);
}
