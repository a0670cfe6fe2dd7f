import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { coverageUrlsOf, loadFirestoreRules, STORAGE_LEFT_OUT, storageRulesEnforced } from './rules-env';
import { RULES_WORKERS, rulesProjectOfWorker } from './rules-workers';

const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));

/** A node of the emulator's coverage report: one expression of the rules, with the values it took. */
interface CoverageNode {
  values?: unknown[];
  children?: CoverageNode[];
}

/** Whether each expression was exercised in any of the workers' reports (same rules, same tree). */
function exercisedExpressions(reports: readonly (readonly CoverageNode[])[]): { total: number; exercised: number } {
  let total = 0;
  let exercised = 0;
  const visit = (lists: readonly (readonly CoverageNode[])[]): void => {
    const longest = Math.max(...lists.map((list) => list.length));
    for (let index = 0; index < longest; index += 1) {
      const nodes = lists.map((list) => list[index]).filter((node) => node !== undefined);
      total += 1;
      if (nodes.some((node) => (node.values?.length ?? 0) > 0)) exercised += 1;
      visit(nodes.map((node) => node.children ?? []));
    }
  };
  visit(reports);
  return { total, exercised };
}

const workers = Array.from({ length: RULES_WORKERS }, (_, index) => index + 1);

export async function setup(project: TestProject): Promise<void> {
  await Promise.all(workers.map((worker) => loadFirestoreRules(rulesProjectOfWorker(worker))));
  const enforced = await storageRulesEnforced();
  project.provide('storageRulesEnforced', enforced);
  if (!enforced) console.log(STORAGE_LEFT_OUT);
}

/**
 * After every file has run: saves each worker's rule coverage (`firestore-rules-coverage-<worker>.html`
 * and `.json`) and prints, in one line, how many expressions any of them exercised.
 */
export async function teardown(): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  const reports: CoverageNode[][] = [];
  for (const worker of workers) {
    const urls = coverageUrlsOf(rulesProjectOfWorker(worker));
    const html = await fetch(urls.html);
    if (html.ok) await writeFile(`${artifacts}firestore-rules-coverage-${worker}.html`, await html.text());
    const json = await fetch(urls.json);
    if (!json.ok) {
      console.log(`firestore rules coverage: not available (${json.status} from the emulator)`);
      return;
    }
    const body = await json.text();
    await writeFile(`${artifacts}firestore-rules-coverage-${worker}.json`, body);
    reports.push((JSON.parse(body) as { report?: CoverageNode[] }).report ?? []);
  }
  const { total, exercised } = exercisedExpressions(reports);
  const percent = total === 0 ? 0 : (100 * exercised) / total;
  console.log(`firestore rules coverage: ${exercised} of ${total} expressions exercised (${percent.toFixed(1)}%)`);
}
