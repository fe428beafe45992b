/**
 * All thirteen stacks side by side, best fit first: the stacks model's numbers
 * (rate per core at 64 B, median latency at the reader's frames, copies) and
 * the properties a choice turns on (API, who owns the NIC, hardware, tools).
 * Rows that fail the requirements are greyed and say why, in a line of their own. On a phone the
 * table scrolls sideways inside a focusable region named after its columns,
 * with the stack's name kept in view.
 */
import { formatDuration, formatRate } from '@/simulations/core/format';
import type { ChooseResult, Verdict } from '@/simulations/models/choose';
import { FitBadge } from './fit-mark';

const API_WORDS = { raw: 'raw frames', own: 'own API', sockets: 'sockets' } as const;
const TOOLS_WORDS = { yes: 'yes', partly: 'partly', no: 'no' } as const;

const COLUMNS = ['Stack', 'Per core, 64 B', 'Median latency', 'Copies', 'API', 'Kernel keeps the NIC', 'Hardware needed', 'Kernel tools work'] as const;

function keepsNic(v: Verdict): string {
  if (v.kernel_keeps_nic) return 'yes';
  return v.id === 'dpdk' || v.id === 'tldk' ? 'no (NVIDIA: shared)' : 'no';
}

function Row({ v }: { v: Verdict }) {
  const failed = v.fit === 'fails';
  // A failing row says what fails; a partial one what is partial.
  const against = v.reasons.filter((r) => r.fit === (failed ? 'fails' : 'partly'));
  const tone = failed ? 'text-ink-3' : 'text-ink';
  const shade = failed ? 'bg-paper-2' : '';
  const cell = `px-2 py-1.5 align-top ${tone}`;
  return (
    <>
      <tr className={`border-t border-rule ${shade}`} data-stack={v.id} data-fit={v.fit}>
        <th
          scope="row"
          className={`sticky left-0 z-[1] w-[8.5rem] min-w-[8.5rem] px-2 py-1.5 text-left align-top font-semibold ${failed ? 'bg-paper-2 text-ink-2' : 'bg-card text-ink'}`}
        >
          <span className="mr-1 text-[0.7rem] font-normal text-ink-3 tabular">{v.rank}.</span>
          {v.label}
          <FitBadge fit={v.fit} className="mt-1 flex w-fit" />
        </th>
        <td className={`${cell} tabular whitespace-nowrap`}>
          {formatRate(v.figures.per_queue_64b_pps)}
          {v.figures.cpus_per_queue > 1 && <span className="block text-[0.7rem]">per queue, {v.figures.cpus_per_queue} CPUs</span>}
          {v.figures.rate_from_estimates && <span className="block text-[0.7rem]">estimate</span>}
        </td>
        <td className={`${cell} tabular whitespace-nowrap`}>{formatDuration(v.figures.latency_p50_ns)}</td>
        <td className={`${cell} tabular`}>{v.figures.copies === 0 ? 'none' : v.figures.copies}</td>
        <td className={`${cell} whitespace-nowrap`}>{API_WORDS[v.api]}</td>
        <td className={`${cell} whitespace-nowrap`}>{keepsNic(v)}</td>
        <td className={`${cell} min-w-[11rem]`}>{v.needs}</td>
        <td className={`${cell} whitespace-nowrap`}>{TOOLS_WORDS[v.kernel_tools]}</td>
      </tr>
      {against.length > 0 && (
        <tr className={shade} data-why-for={v.id}>
          <td colSpan={COLUMNS.length} className={`px-2 pb-2 pt-0 text-[0.7rem] leading-snug ${tone}`}>
            {/* Held at the region's left edge, as wide as a phone shows, so it reads without scrolling. */}
            <p className="sticky left-2 max-w-[min(46rem,calc(100vw-6rem))]" data-why>
              <span className="font-semibold">{failed ? 'Fails: ' : 'Partly: '}</span>
              {against.map((r) => r.text).join(' ')}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

export function ComparisonTable({ result }: { result: ChooseResult }) {
  const frames = Math.round(result.mean_frame_bytes);
  return (
    <figure className="font-sans" data-choose-table>
      <figcaption className="mb-1.5 text-xs text-ink-2">
        <span className="font-semibold text-ink">Every stack against your requirements</span>, best fit first. Rate per core at 64-byte frames and median
        latency at light load with your frames ({frames} B on average, {result.requirements.link_gbps} GbE), from the stacks model; greyed rows fail a
        requirement. “Kernel tools work: partly” means they see what the stack does not take; “NVIDIA: shared” means the mlx5 driver keeps the netdev while DPDK
        takes its traffic.
      </figcaption>
      <div className="overflow-x-auto rounded-lg border border-rule" tabIndex={0} role="region" aria-label={`Comparison of all stacks: ${COLUMNS.join(', ')}`}>
        <table className="w-full min-w-[50rem] border-collapse text-xs">
          <thead>
            <tr className="text-left text-ink-2">
              {COLUMNS.map((c, i) => (
                <th key={c} scope="col" className={`px-2 py-1.5 font-medium ${i === 0 ? 'sticky left-0 z-[1] bg-card' : ''}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.ranked.map((v) => (
              <Row key={v.id} v={v} />
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
