import { formatQuotable, quotable, type ConstForm } from '@/simulations/quotable';

/** A model constant quoted in prose, e.g. <Const id="cache-miss" /> → “32 ns”; formatQuotable (simulations/quotable.ts) makes the text. */
export function Const({ id, show }: { id: string; show?: ConstForm }) {
  const q = quotable[id];
  if (!q) return <span className="text-warn">[unknown constant {id}]</span>;
  return (
    <span className="tabular whitespace-nowrap" data-const={id} title={q.label}>
      {formatQuotable(q, show)}
    </span>
  );
}
