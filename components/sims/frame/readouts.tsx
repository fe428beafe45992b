/**
 * The row of read-out cards under a figure: a label, the number, a note under
 * it. `data-readout` on each value is what the e2e tests read; `name` marks
 * the row for them (data-<name>-readouts).
 */
export type Readout = { id: string; label: string; value: string; note: string };

export function Readouts({ name, items }: { name: string; items: readonly Readout[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 font-sans sm:grid-cols-4" {...{ [`data-${name}-readouts`]: '' }}>
      {items.map(({ id, label, value, note }) => (
        <div key={id} className="min-w-0 rounded-lg border border-rule px-3 py-2">
          <dt className="text-[0.68rem] font-bold uppercase tracking-wider text-ink-2">{label}</dt>
          <dd className="break-words text-base font-semibold text-ink tabular" data-readout={id}>
            {value}
          </dd>
          <dd className="text-xs text-ink-2">{note}</dd>
        </div>
      ))}
    </dl>
  );
}
