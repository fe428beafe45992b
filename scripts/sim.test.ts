/**
 * The headless CLI (`npm run sim`), run as a real process: its JSON shape,
 * determinism, presets and named choices, and the exit status 2 + message a
 * script gets for anything it should not have asked for. Durations are a few
 * simulated milliseconds so each run takes well under a second.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { bundleScript, runThroughTsx } from '../tests/support/script-process';

// A real process per run, from a bundle made once (tests/support/script-process.ts).
const cli = bundleScript('scripts/sim.ts');
afterAll(() => cli.dispose());
const sim = (...args: string[]) => cli.run(args);

test('npm run sim starts the script through tsx, as docs/cli.md says', () => {
  const r = runThroughTsx('scripts/sim.ts', ['line-rate', '--frameBytes=1518', '--json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe(sim('line-rate', '--frameBytes=1518', '--json').stdout);
  expect(JSON.parse(r.stdout).result.pps).toBeCloseTo(812_743.82, 2);
});

/** Runs and parses a successful `--json` run; fails with the CLI's stderr otherwise. */
function simJson(...args: string[]) {
  const r = sim(...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines, 'one JSON object on one line').toHaveLength(1);
  return { text: r.stdout, json: JSON.parse(lines[0]!) };
}

/** A failing run: status 2, nothing on stdout, the message (and usage) on stderr. */
function simFails(...args: string[]) {
  const r = sim(...args, '--json');
  expect(r.code, `stdout: ${r.stdout}\nstderr: ${r.stderr}`).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain('usage: npm run sim');
  return r.stderr;
}

describe('receive-path --json', () => {
  test('prints one JSON object with the summary, drops, latency, per-CPU load and kernel counters', () => {
    const { json: r } = simJson('receive-path', '--duration-ms=2', '--seed=3');
    expect(r.simulation).toBe('receive-path');
    expect(r.seed).toBe(3);
    expect(r.duration_ms).toBe(2);
    for (const key of ['offered_pps', 'delivered_pps', 'delivered_gbps', 'line_rate_pps']) {
      expect(typeof r[key], key).toBe('number');
      expect(Number.isFinite(r[key]), key).toBe(true);
    }
    // 10 GbE, 64-byte frames: 10e9 / ((64 + 20) * 8) = 14,880,952.38…
    expect(r.line_rate_pps).toBe(14880952.4);
    expect(r.offered_pps).toBeGreaterThan(0);
    expect(r.offered_pps).toBeLessThanOrEqual(r.line_rate_pps);
    expect(r.delivered_pps).toBeLessThanOrEqual(r.offered_pps);

    expect(Object.keys(r.drops).sort()).toEqual(['UdpRcvbufErrors', 'rx_missed_errors', 'softnet_stat.dropped']);
    for (const v of Object.values(r.drops)) expect(Number.isInteger(v)).toBe(true);

    for (const q of ['p50', 'p99', 'p999', 'max']) expect(typeof r.latency_ns[q], q).toBe('number');
    expect(r.latency_ns.p50).toBeLessThanOrEqual(r.latency_ns.p99);
    expect(r.latency_ns.p99).toBeLessThanOrEqual(r.latency_ns.p999);
    expect(r.latency_ns.p999).toBeLessThanOrEqual(r.latency_ns.max);

    // Stock: one queue, application on the IRQ's CPU ⇒ one CPU.
    expect(r.cpu_util).toHaveLength(1);
    expect(r.cpu_util[0].cpu).toBe(0);
    expect(r.cpu_util[0].busy).toBeGreaterThanOrEqual(0);
    expect(r.cpu_util[0].busy).toBeLessThanOrEqual(1);

    for (const c of [
      'rx_packets',
      'rx_missed_errors',
      'rx_dropped',
      'softnet_stat.processed',
      'softnet_stat.dropped',
      'softnet_stat.time_squeeze',
      'UdpInDatagrams',
      'UdpRcvbufErrors',
      'UdpInErrors',
    ]) {
      expect(Number.isInteger(r.counters[c]), c).toBe(true);
    }
    // The summary's drops are the same counters.
    expect(r.drops.rx_missed_errors).toBe(r.counters.rx_missed_errors);
    expect(r.drops['softnet_stat.dropped']).toBe(r.counters['softnet_stat.dropped']);
    expect(r.drops.UdpRcvbufErrors).toBe(r.counters.UdpRcvbufErrors);
  });

  test('cpu_util has one entry per CPU: 2 queues with the application on other CPUs ⇒ 4', () => {
    const { json: r } = simJson('receive-path', '--duration-ms=1', '--queues=2', '--app_cpu=other');
    expect(r.params.queues).toBe(2);
    expect(r.params.app_cpu).toBe('other');
    expect(r.cpu_util.map((c: { cpu: number }) => c.cpu)).toEqual([0, 1, 2, 3]);
    expect(r.softnet_stat).toHaveLength(4);
  });

  test('without --json it prints a human summary', () => {
    const r = sim('receive-path', '--duration-ms=1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('receive-path: offered');
    expect(r.stdout).toContain('line rate 14.881 Mpps');
    expect(r.stdout).toMatch(/drops: rx_missed_errors \d+/);
    expect(r.stdout).toMatch(/cpu busy: cpu0 \d+%/);
  });
});

describe('determinism', () => {
  test('the same seed gives byte-identical stdout', () => {
    const args = ['receive-path', '--duration-ms=2', '--pattern=poisson', '--seed=42'];
    const a = simJson(...args).text;
    const b = simJson(...args).text;
    expect(b).toBe(a);
  });

  test('a different seed with Poisson arrivals gives different results', () => {
    const a = simJson('receive-path', '--duration-ms=2', '--pattern=poisson', '--seed=1');
    const b = simJson('receive-path', '--duration-ms=2', '--pattern=poisson', '--seed=2');
    expect(a.json.params.pattern).toBe('poisson');
    expect(a.json.seed).toBe(1);
    expect(b.json.seed).toBe(2);
    const { seed: _a, ...restA } = a.json;
    const { seed: _b, ...restB } = b.json;
    expect(restB).not.toEqual(restA);
  });
});

describe('presets and named values', () => {
  test('--preset=tuned applies the tuned values; an explicit parameter still wins', () => {
    const stock = simJson('receive-path', '--duration-ms=1').json.params;
    const tuned = simJson('receive-path', '--duration-ms=1', '--preset=tuned').json.params;
    expect(tuned).toEqual({ ...stock, app_cpu: 'other', ring_size: 4096, netdev_budget: 600, gro: false, busy_poll_us: 50 });
    const override = simJson('receive-path', '--duration-ms=1', '--preset=tuned', '--gro=on', '--ring_size=512').json.params;
    expect(override).toEqual({ ...tuned, gro: true, ring_size: 512 });
  });

  test('--mode=irq is the same run as --mode=1, echoed by name, and differs from NAPI', () => {
    const named = simJson('irq-vs-napi', '--duration-ms=2', '--mode=irq');
    const numeric = simJson('irq-vs-napi', '--duration-ms=2', '--mode=1');
    expect(named.json.params.mode).toBe('irq');
    expect(numeric.text).toBe(named.text);
    const napi = simJson('irq-vs-napi', '--duration-ms=2', '--mode=napi');
    expect(napi.json.params.mode).toBe('napi');
    expect(napi.text).not.toBe(named.text);
  });

  test('toggles take on/off, and a bare --flag means on', () => {
    expect(simJson('receive-path', '--duration-ms=1', '--gro=off').json.params.gro).toBe(false);
    expect(simJson('receive-path', '--duration-ms=1', '--rps').json.params.rps).toBe(true);
  });
});

describe('bad input exits with status 2 and says what is allowed', () => {
  test('a number out of range names the parameter and its range', () => {
    const err = simFails('receive-path', '--frame_bytes=10');
    expect(err).toContain('frame_bytes');
    expect(err).toContain('"10"');
    expect(err).toContain('64 … 9000');
  });

  test('a non-number names the parameter and its range', () => {
    const err = simFails('receive-path', '--queues=abc');
    expect(err).toContain('queues');
    expect(err).toContain('"abc"');
    expect(err).toContain('1 … 16');
  });

  test('an unknown choice name lists the choices', () => {
    const err = simFails('receive-path', '--mode=bogus');
    expect(err).toContain('mode');
    expect(err).toContain('napi (0), irq (1)');
  });

  test('an unknown parameter is named, with the known ones', () => {
    const err = simFails('receive-path', '--nope=1');
    expect(err).toContain('Unknown parameter "nope"');
    // Names that exist on every object must not slip through either.
    expect(simFails('receive-path', '--__proto__=1')).toContain('Unknown parameter "__proto__"');
    expect(simFails('receive-path', '--constructor=1')).toContain('Unknown parameter "constructor"');
    expect(err).toContain('frame_bytes');
    expect(err).toContain('netdev_budget');
  });

  test('a parameter of another simulation is unknown here', () => {
    // rx-ring fixes the receive mode; it does not expose it.
    const err = simFails('rx-ring', '--mode=irq');
    expect(err).toContain('Unknown parameter "mode" for rx-ring');
  });

  test('an unknown simulation lists the known ones', () => {
    const err = simFails('no-such-sim');
    expect(err).toContain('Unknown simulation "no-such-sim"');
    for (const id of ['line-rate', 'rx-ring', 'irq-vs-napi', 'receive-path', 'cpu-placement']) expect(err).toContain(id);
  });

  test('no simulation at all points to --list', () => {
    expect(simFails()).toContain('--list');
  });

  test('an unknown preset lists the presets', () => {
    const err = simFails('receive-path', '--preset=nope');
    expect(err).toContain('Unknown preset "nope"');
    expect(err).toContain('stock');
    expect(err).toContain('tuned');
  });

  test('seeds must be integers 0 … 2^32-1', () => {
    for (const seed of ['-1', '1.5', '4294967296']) {
      const err = simFails('receive-path', '--duration-ms=1', `--seed=${seed}`);
      expect(err).toContain(`Bad seed ${seed}`);
      expect(err).toContain('0 … 4294967295');
    }
    expect(simFails('receive-path', '--seed=abc')).toContain('--seed needs a number');
  });

  test('durations must be more than 0 and at most 10000 ms', () => {
    for (const ms of ['0', '-5', '100000']) {
      const err = simFails('receive-path', `--duration-ms=${ms}`);
      expect(err).toContain(`Bad duration ${ms} ms`);
      expect(err).toContain('at most 10000 ms');
    }
    expect(simFails('receive-path', '--duration-ms=')).toContain('--duration-ms needs a number');
  });
});

describe('--list --json', () => {
  type Listed = {
    id: string;
    kind: string;
    params: Array<{ name: string; default: unknown; allowed: string }>;
    presets: Array<{ id: string; values: Record<string, unknown> }>;
    schema: {
      type: string;
      properties: Record<string, { minimum?: number; maximum?: number; enum?: Array<number | string>; unit?: string; help?: string; default?: unknown }>;
      required: string[];
    };
  };

  test('lists every simulation with its parameters and presets', () => {
    const r = sim('--list', '--json');
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as Listed[];
    // Entries are appended to the catalog: the first six stay in place, later ones follow.
    expect(list.map((e) => e.id).slice(0, 6)).toEqual(['line-rate', 'rx-ring', 'irq-vs-napi', 'receive-path', 'cpu-placement', 'stack']);
    expect(list.map((e) => e.id)).toEqual(
      expect.arrayContaining(['frame-size-sweep', 'latency-budget', 'architectures', 'zero-copy', 'kernel-vs-bypass', 'choose-stack']),
    );
    const stack = list.find((x) => x.id === 'stack')!;
    expect(stack.kind).toBe('analytic');
    expect(stack.params.find((p) => p.name === 'stack')!.allowed).toContain('kernel (0), kernel-tuned (1), pf_ring (2)');
    // The schema takes (and so validates an echoed run's params with) a choice's number or its name.
    expect(stack.schema.properties.stack!.enum).toEqual([
      0,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      'kernel',
      'kernel-tuned',
      'pf_ring',
      'pf_ring_zc',
      'netmap',
      'dpdk',
      'af_xdp',
      'af_xdp_zc',
      'xdp_drop',
      'onload',
      'vma',
      'tldk',
      'ef_vi',
    ]);
    expect(stack.schema.properties.stack!.default).toBe('kernel');
    for (const e of list) {
      expect(e.params.length, e.id).toBeGreaterThan(0);
      for (const p of e.params) {
        expect(typeof p.name).toBe('string');
        expect(['number', 'boolean', 'string']).toContain(typeof p.default);
        expect(p.allowed, `${e.id}.${p.name}`).toMatch(/\S/);
      }
    }
    for (const id of ['rx-ring', 'irq-vs-napi', 'receive-path', 'cpu-placement']) {
      const e = list.find((x) => x.id === id)!;
      expect(e.kind).toBe('event');
      expect(
        e.presets.map((p) => p.id),
        id,
      ).toEqual(expect.arrayContaining(['stock', 'tuned']));
    }
    const rp = list.find((x) => x.id === 'receive-path')!;
    expect(rp.params.find((p) => p.name === 'frame_bytes')).toMatchObject({ default: 64, allowed: '64 … 9000 B in steps of 1' });
    expect(rp.params.find((p) => p.name === 'mode')).toMatchObject({ default: 'napi', allowed: 'one of napi (0), irq (1)' });
    expect(rp.params.find((p) => p.name === 'gro')).toMatchObject({ default: true, allowed: 'on or off' });
    expect(rp.presets.find((p) => p.id === 'tuned')!.values).toMatchObject({ ring_size: 4096, gro: false, app_cpu: 'other', mode: 'napi' });
    // Each entry carries its parameters as a JSON Schema with units, ranges, defaults and help.
    expect(rp.schema.type).toBe('object');
    expect(rp.schema.properties.frame_bytes).toMatchObject({ minimum: 64, maximum: 9000, unit: 'B', default: 64 });
    expect(rp.schema.properties.mode!.enum).toEqual([0, 1, 'napi', 'irq']);
    expect(rp.schema.properties.netdev_budget!.help).toContain('net.core.netdev_budget');
    expect(rp.schema.required).toHaveLength(rp.params.length);
  });

  test('without --json it lists the same simulations as text', () => {
    const r = sim('--list');
    expect(r.code, r.stderr).toBe(0);
    for (const id of ['line-rate', 'rx-ring', 'irq-vs-napi', 'receive-path', 'cpu-placement', 'stack', 'choose-stack']) expect(r.stdout).toContain(`${id} (`);
    expect(r.stdout).toContain('--frame_bytes=64');
  });
});

describe('line-rate (analytic)', () => {
  test('runs and gives the exact line rate', () => {
    const { json: r } = simJson('line-rate');
    expect(r.simulation).toBe('line-rate');
    expect(r.params).toEqual({ linkGbps: 10, frameBytes: 64, cpuGhz: 3 });
    expect(r.result.wireBytes).toBe(84);
    expect(r.result.pps).toBeCloseTo(14880952.38, 1);
    expect(r.result.nsPerPacket).toBeCloseTo(67.2, 9);
  });

  test('takes parameters and rejects bad ones the same way', () => {
    const { json: r } = simJson('line-rate', '--frameBytes=1518', '--linkGbps=100');
    expect(r.params).toMatchObject({ linkGbps: 100, frameBytes: 1518 });
    expect(r.result.pps).toBeCloseTo(100e9 / (1538 * 8), 3);
    const err = simFails('line-rate', '--frameBytes=10');
    expect(err).toContain('frameBytes');
    expect(err).toContain('64 … 9000');
    expect(simFails('line-rate', '--duration-ms=5')).toContain('a duration does not apply');
  });
});

describe('stack (analytic, flat JSON like the event summaries)', () => {
  test('--stack=dpdk at 10 GbE, 64 B: line rate on one core, drops under imissed, latency and CPU', () => {
    const { text, json: r } = simJson('stack', '--stack=dpdk', '--link_gbps=10', '--frame_bytes=64');
    expect(r.simulation).toBe('stack');
    expect(r.params).toEqual({ stack: 'dpdk', link_gbps: 10, frame_bytes: 64, load_pct: 100, cores: 1 });
    expect(r.stack).toMatchObject({ id: 'dpdk', receive: 'poll', zero_copy: true, batch: 32 });
    expect(r.line_rate_pps).toBe(14880952.4);
    expect(r.offered_pps).toBe(r.line_rate_pps);
    expect(r.delivered_pps).toBe(r.line_rate_pps);
    expect(r.delivered_gbps).toBeCloseTo(7.619, 3);
    expect(r.drops).toEqual({ 'rte_eth_stats.imissed': 0 });
    expect(r.latency_ns.p50).toBeGreaterThan(0);
    expect(r.latency_ns.p50).toBeLessThanOrEqual(r.latency_ns.p99);
    expect(r.latency_stages[0].stage).toBe('wire');
    expect(r.cpu_util).toEqual([{ cpu: 0, busy: 1, role: 'DPDK' }]);
    expect(r.counters['rte_eth_stats.ipackets']).toBe(r.delivered_pps);
    expect(r.ns_per_packet).toBeCloseTo(22.99, 2);
    // The number is the same request as the name.
    expect(simJson('stack', '--stack=5', '--link_gbps=10', '--frame_bytes=64').text).toBe(text);
  });

  test('the stock kernel delivers the receive-path model’s 684 kpps and splits its drops between the ring and the socket', () => {
    const { json: r } = simJson('stack', '--stack=kernel');
    expect(r.delivered_pps).toBeCloseTo(684_000, 0);
    expect(Object.keys(r.drops)).toEqual(['rx_missed_errors', 'UdpRcvbufErrors']);
    expect(r.drops.rx_missed_errors + r.drops.UdpRcvbufErrors + r.delivered_pps).toBeCloseTo(r.offered_pps, 0);
  });

  test('presets, names with underscores, and bad names', () => {
    expect(simJson('stack', '--preset=dpdk-100g').json.delivered_pps).toBe(43_500_000);
    expect(simJson('stack', '--stack=af_xdp_zc', '--load_pct=10').json.stack.id).toBe('af_xdp_zc');
    const err = simFails('stack', '--stack=dpdk2');
    expect(err).toContain('Bad value for stack: "dpdk2"');
    expect(err).toContain('dpdk (5)');
    expect(err).toContain('ef_vi (12)');
    expect(simFails('stack', '--duration-ms=5')).toContain('a duration does not apply');
  });

  test('without --json it prints the same human summary as the event simulations, drops as rates', () => {
    const r = sim('stack', '--stack=onload', '--frame_bytes=1518');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('stack: offered 0.813 Mpps (line rate 0.813 Mpps), delivered 0.813 Mpps');
    expect(r.stdout).toContain('drops per second: rx_nodesc_drop_cnt 0');
    expect(r.stdout).toMatch(/latency \(µs\): p50 \d/);
  });
});

describe('frame-size-sweep', () => {
  type Point = { stack: string; link_gbps: number; frame_bytes: number; line_rate_pps: number; delivered_pps: number };

  test('--json prints the whole sweep; --chunk=N one stack of it, the same points', () => {
    const full = sim('frame-size-sweep', '--json');
    expect(full.code, full.stderr).toBe(0);
    const r = JSON.parse(full.stdout) as { points: Point[]; link_gbps: number[]; frame_sizes: number[] };
    expect(r.link_gbps).toEqual([10, 40, 100]);
    expect(r.points).toHaveLength(13 * 12 * 3);
    expect(Math.round(r.points.find((p) => p.link_gbps === 10 && p.frame_bytes === 64)!.line_rate_pps)).toBe(14_880_952);
    const part = sim('frame-size-sweep', '--chunk=5', '--json');
    expect(part.code, part.stderr).toBe(0);
    const chunk = JSON.parse(part.stdout) as { stack: string; points: Point[] };
    expect(chunk.stack).toBe('dpdk');
    expect(chunk.points).toEqual(r.points.filter((p) => p.stack === 'dpdk'));
  });

  test('without --json, a table of Mpps by frame size; a bad chunk exits 2', () => {
    const r = sim('frame-size-sweep', '--links=10');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/line rate @ 10G\s+14\.88\s+8\.45/);
    expect(r.stdout).toMatch(/dpdk @ 10G\s+14\.88/);
    const bad = sim('frame-size-sweep', '--chunk=99');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Bad chunk 99');
  });
});
describe('kernel-vs-bypass (two sides of one seeded run)', () => {
  test('--bypass=dpdk prints both sides with rates, drops by counter, latency, CPU and counters', () => {
    const { json } = simJson('kernel-vs-bypass', '--bypass=dpdk', '--duration-ms=5');
    expect(json.simulation).toBe('kernel-vs-bypass');
    for (const side of ['kernel', 'bypass'] as const) {
      const s = json[side];
      for (const key of ['offered_pps', 'delivered_pps', 'delivered_gbps', 'drops', 'latency_ns', 'cpu_util', 'counters'])
        expect(s, `${side}.${key}`).toHaveProperty(key);
      for (const q of ['p50', 'p99', 'p999', 'max']) expect(typeof s.latency_ns[q]).toBe('number');
      expect(s.offered_pps).toBe(json.offered_pps);
    }
    expect(json.bypass.path).toBe('dpdk');
    expect(Object.keys(json.bypass.drops)).toEqual(['rte_eth_stats.imissed']);
    expect(json.bypass.drops['rte_eth_stats.imissed']).toBe(0);
    expect(json.kernel.drops.rx_missed_errors).toBeGreaterThan(0);
  });

  test('--kernel=tuned and --bypass=af_xdp by name; the human summary shows both sides', () => {
    const { json } = simJson('kernel-vs-bypass', '--kernel=tuned', '--bypass=af_xdp', '--duration-ms=2');
    expect(json.kernel.path).toBe('kernel-tuned');
    expect(json.bypass.drops).toHaveProperty(['xdp_statistics.rx_ring_full']);
    const r = sim('kernel-vs-bypass', '--duration-ms=2');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^kernel \(Linux kernel \(stock\)\): offered 14\.8\d+ Mpps/m);
    expect(r.stdout).toMatch(/^bypass \(DPDK\): offered 14\.8\d+ Mpps/m);
  });

  test('a kernel stack is not a bypass choice', () => {
    expect(simFails('kernel-vs-bypass', '--bypass=kernel')).toContain('Bad value for bypass');
  });
});

describe('choose-stack (analytic ranking)', () => {
  test('--json ranks all thirteen stacks; named values and presets give the same answer', () => {
    const { text, json: r } = simJson('choose-stack', '--protocol=tcp', '--sockets', '--nic=amd', '--latency_us=2', '--load_pct=10');
    expect(r.simulation).toBe('choose-stack');
    expect(r.requirements).toMatchObject({ protocol: 'tcp', sockets: true, nic: 'amd', latency_us: 2 });
    expect(r.top).toBe('onload');
    expect(r.ranked).toHaveLength(13);
    expect(r.ranked[0]).toMatchObject({ id: 'onload', rank: 1, fit: 'meets' });
    expect(simJson('choose-stack', '--protocol=2', '--sockets=on', '--nic=3', '--latency_us=2', '--load_pct=10').text).toBe(text);
    expect(simJson('choose-stack', '--preset=vma-tcp').json.top).toBe('vma');
    expect(simJson('choose-stack', '--preset=router').json.top).toBe('dpdk');
    expect(simJson('choose-stack', '--frames=imix', '--link_gbps=40').json.mean_frame_bytes).toBeCloseTo(361.83, 2);
    expect(simFails('choose-stack', '--nic=broadcom')).toContain('any (0), intel (1), nvidia (2), amd (3)');
  });

  test('without --json it prints one line per stack, best first, with what holds each back', () => {
    const r = sim('choose-stack', '--preset=scrubber');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('choose-stack: 14.881 Mpps to take');
    expect(lines[1]).toBe(' 1. XDP (XDP_DROP) — meets');
    expect(lines).toHaveLength(14);
  });
});
