/**
 * Links into the receive-path lab that lose packets the way a finding says
 * the reader's machine does. The states are checked against the model by
 * links.test.ts: each must make its `counter` climb.
 */
import { writeSimQuery } from '../url/sim-query';
import { defaultValues, withDefaults } from '../../simulations/core/params';
import { DROP_SCENARIOS, APP_CPU, receivePathParams, type ReceivePathValues } from '../../simulations/models/receive-path';

export type LinkId = 'ring' | 'backlog' | 'socket' | 'softirq' | 'one-cpu';

const SIM_ID = 'receive-path';
const PAGE = '/chapters/tuning/';
/** The id of chapter 4's lab figure (content/chapters/04-tuning.mdx). */
export const LAB_ANCHOR = 'tuning-lab';

function scenario(id: string): Partial<ReceivePathValues> {
  const s = DROP_SCENARIOS.find((d) => d.id === id);
  if (!s) throw new Error(`drop scenario ${id} is missing from simulations/models/receive-path/drop-scenarios.ts`);
  return s.params;
}

export type LinkState = {
  params: Partial<ReceivePathValues>;
  /** The model counter (summary `counters` key) that must climb in this state. */
  counter: 'rx_missed_errors' | 'softnet_stat.dropped' | 'rx_dropped' | 'UdpRcvbufErrors' | 'softnet_stat.time_squeeze';
  /** Other counters that must climb too. */
  also?: LinkState['counter'][];
};

/**
 * The three single-drop machines of chapter 3 (drop-scenarios.ts) are reused
 * as they are; the other two were found by running the model:
 * - softirq: 35 % of 10 GbE minimum-size frames into one queue, the reader on
 *   another CPU with a 64 MB buffer, so only the interrupt CPU is short: each
 *   softirq run ends with work left (time_squeeze) and the ring overflows.
 * - one-cpu: the stock single queue with the reader on the interrupt's CPU at
 *   20 % load: softirq takes the CPU and the starved reader's socket overflows.
 */
// No prototype: an id that is not one of these finds nothing, not Object.prototype's members.
export const LINK_STATES: Readonly<Record<LinkId, LinkState>> = Object.assign(Object.create(null) as Record<LinkId, LinkState>, {
  ring: { params: scenario('small-ring'), counter: 'rx_missed_errors' },
  backlog: { params: scenario('small-backlog'), counter: 'softnet_stat.dropped', also: ['rx_dropped'] },
  socket: { params: scenario('slow-app'), counter: 'UdpRcvbufErrors' },
  softirq: { params: { load_pct: 35, app_cpu: APP_CPU.other, rmem_default: 67_108_864 }, counter: 'softnet_stat.time_squeeze', also: ['rx_missed_errors'] },
  'one-cpu': { params: { load_pct: 20, queues: 1, app_cpu: APP_CPU.same }, counter: 'UdpRcvbufErrors' },
} satisfies Record<LinkId, LinkState>);

const defaults = defaultValues(receivePathParams);

// Each link is written once: a paste with thousands of findings asks for the same five.
const written = new Map<LinkId, string>();

/** `/chapters/tuning/?receive-path.ring_size=256&…#tuning-lab`: only values that differ from the defaults are written. */
export function labLink(id: LinkId): string {
  const known = written.get(id);
  if (known !== undefined) return known;
  if (!Object.hasOwn(LINK_STATES, id)) throw new Error(`no lab link state "${String(id)}" in lib/diagnose/links.ts`);
  const values = withDefaults(receivePathParams, LINK_STATES[id].params);
  const link = `${PAGE}${writeSimQuery('', SIM_ID, values, defaults)}#${LAB_ANCHOR}`;
  written.set(id, link);
  return link;
}
