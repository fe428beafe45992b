import { formatDuration, formatNumber, formatRate, withUnit } from '@/simulations/core/format';
import { quotable, type Quotable } from '@/simulations/quotable';

export type ConstForm = 'value' | 'full' | 'adjective' | 'words';

/** full: “7 B”, “32 ns”; value: “7”; adjective: “7-byte” (for bytes); words: “7 bytes”. */
export function formatQuotable(q: Quotable, show: ConstForm = 'full'): string {
  const bare = formatNumber(q.value, Number.isInteger(q.value) ? 0 : 1);
  if (show === 'value') return bare;
  if (q.unit === 'B' && show === 'adjective') return `${bare}-byte`;
  if (q.unit === 'B' && show === 'words') return `${bare}\u00a0${q.value === 1 ? 'byte' : 'bytes'}`;
  switch (q.unit) {
    case 'ns':
      return formatDuration(q.value);
    case 'pps':
      return formatRate(q.value);
    case 'B':
      return withUnit(formatNumber(q.value), 'B');
    case 'count':
      return formatNumber(q.value);
    case 'bit-times':
      return `${formatNumber(q.value)}\u00a0bit times`;
    case 'times':
      return `${formatNumber(q.value, 1)}\u00a0×`;
    case 'Hz':
      // Clock rates: 900 MHz reads better than 0.9 GHz, 3.6 GHz better than 3,600 MHz.
      return q.value >= 1e9 ? `${formatNumber(q.value / 1e9, Number.isInteger(q.value / 1e9) ? 0 : 1)}\u00a0GHz` : `${formatNumber(q.value / 1e6)}\u00a0MHz`;
  }
}

/** A model constant quoted in prose, e.g. <Const id="cache-miss" /> → “32 ns”. */
export function Const({ id, show }: { id: string; show?: ConstForm }) {
  const q = quotable[id];
  if (!q) return <span className="text-warn">[unknown constant {id}]</span>;
  return (
    <span className="tabular whitespace-nowrap" data-const={id} title={q.label}>
      {formatQuotable(q, show)}
    </span>
  );
}
