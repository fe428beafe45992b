/**
 * The /embed page's parameter reference, generated from the catalog: for each
 * simulation that can be embedded, its URL, panels and every parameter with
 * the key a link uses, its range or options, default and help.
 */
import { catalog } from '@/simulations/catalog';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { formatParamValue } from '@/simulations/core/format-param';
import type { ParamSpec } from '@/simulations/core/params';

function accepted(p: ParamSpec): string {
  if (p.kind === 'toggle') return '1 (on) or 0 (off)';
  if (p.kind === 'choice') return p.options.map((o) => `${o.name ?? o.value} (${o.label})`).join(', ');
  return `${formatParamValue(p, p.min)} to ${formatParamValue(p, p.max)}, step ${formatParamValue(p, p.step)}`;
}

function SimulationParams({ entry }: { entry: AnySimulationEntry }) {
  return (
    <section id={`sim-${entry.id}`} aria-labelledby={`sim-${entry.id}-title`} className="scroll-mt-20 border-t border-rule py-6">
      <h3 id={`sim-${entry.id}-title`} className="text-lg font-semibold text-ink">
        {entry.title} <code className="ml-1 text-sm font-normal text-ink-3">{entry.id}</code>
      </h3>
      <p className="mt-1 text-sm text-ink-2">{entry.summary}</p>
      <p className="mt-2 text-sm text-ink-2">
        Frame: <code className="break-all">/embed/{entry.id}/</code> · panels:{' '}
        {entry.panels.map((p, i) => (
          <span key={p}>
            {i > 0 && ', '}
            <code>{p}</code>
          </span>
        ))}
      </p>
      <dl className="mt-3 divide-y divide-rule rounded-lg border border-rule text-sm">
        {Object.entries(entry.params).map(([name, p]) => (
          <div key={name} className="grid gap-x-4 gap-y-0.5 px-3 py-2 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
            <dt className="min-w-0">
              <code className="break-all text-ink">
                {entry.id}.{name}
              </code>
              <span className="block text-xs text-ink-3">{p.label}</span>
            </dt>
            <dd className="min-w-0 text-ink-2">
              <p>{p.help}</p>
              <p className="text-xs text-ink-3">
                {accepted(p)} · default{' '}
                {p.kind === 'choice'
                  ? (p.options.find((o) => o.value === p.default)?.name ?? p.default)
                  : p.kind === 'toggle'
                    ? p.default
                      ? 1
                      : 0
                    : p.default}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ParamReference() {
  const entries = catalog;
  return (
    <>
      <nav aria-label="Simulations" className="mt-3 text-sm">
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#sim-${e.id}`} className="text-accent underline-offset-2 hover:underline">
                {e.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-4">
        {entries.map((e) => (
          <SimulationParams key={e.id} entry={e} />
        ))}
      </div>
    </>
  );
}
