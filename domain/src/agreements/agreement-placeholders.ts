/**
 * Every placeholder a template may use. The values come from the deal (booking), its unit, project and
 * building, the client, the signatory and the developer (agreementValues).
 */
export const AGREEMENT_PLACEHOLDERS = [
  'agreement.date',
  'developer.name',
  'developer.address',
  'developer.registrationNumber',
  'client.fullName',
  'client.email',
  'client.phone',
  'project.name',
  'project.address',
  'project.city',
  'project.completion',
  'building.name',
  'unit.number',
  'unit.kind',
  'unit.section',
  'unit.floor',
  'unit.rooms',
  'unit.area',
  'deal.price',
  'deal.pricePerSquareMetre',
  'escrow.kind',
  'escrow.bank',
  'escrow.account',
  'escrow.amount',
  'escrow.openedAt',
  'signatory.name',
  'signatory.position',
  'signatory.power.number',
  'signatory.power.issuedOn',
  'signatory.power.validUntil',
] as const;
export type AgreementPlaceholder = (typeof AGREEMENT_PLACEHOLDERS)[number];

const KNOWN = new Set<string>(AGREEMENT_PLACEHOLDERS);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isAgreementPlaceholder(name: string): name is AgreementPlaceholder {
  return KNOWN.has(name);
}

export type TemplateIssue = { kind: 'unknown'; name: string } | { kind: 'unclosed' };

/** What is wrong with a template's placeholders: each unknown name once, and braces left open. */
export function templateIssues(body: string): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isAgreementPlaceholder(name) && !unknown.has(name)) {
      unknown.add(name);
      issues.push({ kind: 'unknown', name });
    }
  }
  const rest = body.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) issues.push({ kind: 'unclosed' });
  return issues;
}

/** The placeholders a template uses, each once, in order of first use. */
export function placeholdersOf(body: string): AgreementPlaceholder[] {
  const used = new Set<AgreementPlaceholder>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (isAgreementPlaceholder(name)) used.add(name);
  }
  return [...used];
}

/** A value per placeholder; null where the deal has none (a booking without escrow, a client without phone). */
export type AgreementValues = Record<AgreementPlaceholder, string | null>;

export type FilledTemplate =
  { ok: true; text: string } | { ok: false; unknown: string[]; unclosed: boolean; missing: AgreementPlaceholder[] };

/**
 * The template with each placeholder replaced by its value. Refused, naming them, when a placeholder is
 * unknown or braces are left open, or when the deal has no value for a placeholder used (an agreement
 * is never printed with a hole in it).
 */
export function fillTemplate(body: string, values: AgreementValues): FilledTemplate {
  const issues = templateIssues(body);
  const missing = placeholdersOf(body).filter((name) => values[name] === null || values[name] === '');
  if (issues.length > 0 || missing.length > 0) {
    return {
      ok: false,
      unknown: issues.flatMap((issue) => (issue.kind === 'unknown' ? [issue.name] : [])),
      unclosed: issues.some((issue) => issue.kind === 'unclosed'),
      missing,
    };
  }
  // Every name is known and has a value here (checked above).
  const text = body.replace(PLACEHOLDER, (_, name: string) => values[name as AgreementPlaceholder] ?? '');
  return { ok: true, text };
}

/** A template's text cut into blocks to print: headings (`# …`) and paragraphs (blank-line separated). */
export function templateBlocks(text: string): { kind: 'heading' | 'paragraph'; text: string }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) =>
      block.startsWith('# ')
        ? { kind: 'heading' as const, text: block.slice(2).trim() }
        : { kind: 'paragraph' as const, text: block },
    );
}
