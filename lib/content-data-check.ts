/** Consistency of the content data modules: unique ids, references that exist, links in range. */
import { glossary } from '@/content/glossary';
import { outline } from '@/content/outline';
import { references } from '@/content/references';
import { BUDGET_COSTS } from '@/simulations/core/costs';
import { quotable } from '@/simulations/quotable';
import type { ContentProblem } from './mdx/content-error';

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export function checkContentData(): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refIds = new Set(references.map((r) => r.id));
  const add = (file: string, message: string) => problems.push({ file, message });

  for (const id of duplicates(references.map((r) => r.id))) add('content/references.ts', `duplicate reference id "${id}"`);
  for (const r of references) {
    if (!/^https?:\/\//.test(r.url)) add('content/references.ts', `reference "${r.id}" needs an http(s) url`);
  }
  for (const id of duplicates(glossary.map((g) => g.id))) add('content/glossary.ts', `duplicate glossary id "${id}"`);
  for (const g of glossary) {
    for (const ref of g.refs ?? []) if (!refIds.has(ref)) add('content/glossary.ts', `glossary "${g.id}" cites unknown reference "${ref}"`);
  }
  for (const id of duplicates(outline.map((c) => c.slug))) add('content/outline.ts', `duplicate chapter slug "${id}"`);
  for (const c of BUDGET_COSTS) if (!refIds.has(c.source)) add('simulations/core/costs.ts', `cost "${c.id}" cites unknown reference "${c.source}"`);
  for (const [id, q] of Object.entries(quotable)) {
    if (q.source && !refIds.has(q.source)) add('simulations/quotable.ts', `constant "${id}" cites unknown reference "${q.source}"`);
  }
  return problems;
}
