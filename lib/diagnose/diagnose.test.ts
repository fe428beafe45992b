/**
 * diagnose() on the real fixtures: which findings, in which order, with which
 * advice and lab link; rates from two snapshots; and the paste that is cut
 * off, mixed up or not output at all.
 */
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { fixtureNames, loadFixture } from './fixtures';
import { labLink } from './links';
import type { Finding } from './types';

const run = (name: string) => diagnose(loadFixture(name));
const counters = (fs: readonly Finding[]) => fs.map((f) => f.counter);

describe('findings from single snapshots', () => {
  test('ixgbe rx_no_dma_resources: NIC ring, ring advice with the interface and the ixgbe maximum, ring lab link', () => {
    const d = run('ethtool-ixgbe-grep.txt');
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({
      where: 'NIC RX ring',
      counter: 'rx_no_dma_resources',
      count: 529324299,
      rate: null,
      link: labLink('ring'),
      severity: 1,
      source: 'ethtool -S eno2 (ixgbe), lines 3–22',
    });
    expect(d.findings[0]!.advice).toContain('ethtool -G eno2 rx 4096');
    expect(d.findings[0]!.meaning).toContain('QPRDC');
  });

  test('igb/e1000e: rx_missed_errors (real drops) ranks above rx_no_buffer_count (a warning)', () => {
    const d = run('ethtool-igb-e1000e-netdata988.txt');
    expect(counters(d.findings)).toEqual(['rx_missed_errors', 'rx_no_buffer_count']);
    expect(d.findings[0]!.count).toBe(4954);
  });

  test('mlx5 rx_out_of_buffer from a grep: NIC ring, mlx5 maximum 8192', () => {
    const d = run('ethtool-mlx5-out-of-buffer.txt');
    expect(d.findings[0]).toMatchObject({ where: 'NIC RX ring', counter: 'rx_out_of_buffer', count: 48 });
    expect(d.findings[0]!.advice).toContain('ethtool -G enp193s0f0np0 rx 8192');
  });

  test('softnet_stat drops on every CPU: one summed backlog finding, then the single squeezed CPU', () => {
    const d = run('softnet-13col-drops.txt');
    const sum = 0x6283 + 0x446 + 0x4bc7 + 0x7e2e + 0x2db94;
    expect(d.findings.map((f) => [f.where, f.counter, f.count])).toEqual([
      ['per-CPU backlog', 'softnet_stat dropped (sum over 5 CPUs)', sum],
      ['softirq budget', 'softnet_stat time_squeeze (CPU 4)', 1],
    ]);
    expect(d.findings[0]!.meaning).toContain('most on CPU 4 (187,284)');
    expect(d.findings[0]!.advice).toContain('net.core.netdev_max_backlog');
    expect(d.findings[0]!.link).toBe(labLink('backlog'));
    expect(d.findings[1]!.advice).toContain('sysctl -w net.core.netdev_budget=600');
    expect(d.findings[1]!.link).toBe(labLink('softirq'));
  });

  test('softnet_stat time_squeeze on few CPUs is listed per CPU', () => {
    const d = run('softnet-13col-5.10.47.txt');
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([
      ['softnet_stat time_squeeze (CPU 0)', 0x383],
      ['softnet_stat time_squeeze (CPU 1)', 0xc1],
    ]);
  });

  test('old ip -s -s link: missed > overrun > dropped', () => {
    const d = run('ip-s-s-link-old-iproute2.txt');
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([
      ['rx_missed_errors', 1725828],
      ['rx_over_errors', 47323],
      ['rx_dropped', 179],
    ]);
    expect(d.findings[2]!.where).toBe('kernel or driver (rx_dropped)');
  });

  test('netstat -su: MemErrors explain all InErrors, so InErrors is not counted twice', () => {
    const d = run('netstat-su-memerrors.txt');
    expect(counters(d.findings)).toEqual(['UdpMemErrors', 'UdpNoPorts']);
    expect(d.findings[0]!.advice).toContain('net.ipv4.udp_mem');
    expect(d.findings[0]!.link).toBeNull();
  });

  test('/proc/net/snmp: InErrors with nothing explaining them stay a finding', () => {
    const d = run('proc-net-snmp.txt');
    expect(d.findings.map((f) => [f.counter, f.count])).toEqual([
      ['UdpNoPorts', 14809371],
      ['UdpInErrors', 76],
    ]);
  });

  test('nstat over "sleep 1": RcvbufErrors with a rate, socket advice and link', () => {
    const d = run('nstat-udp-sink-same-cpu.txt');
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ where: 'socket receive buffer', counter: 'UdpRcvbufErrors', count: 2828118, rate: 2828118, link: labLink('socket') });
    expect(d.findings[0]!.advice).toMatch(/SO_RCVBUF|rmem/);
    expect(d.messages.join('\n')).toContain('change over "sleep 1"');
  });

  test('nstat -az: TCP zero-window drops first, UDP leftovers after', () => {
    expect(counters(run('nstat-az-before.txt').findings)).toEqual(['TcpExtTCPZeroWindowDrop', 'UdpNoPorts', 'UdpInErrors']);
  });

  test('/proc/interrupts, ixgbe: every queue on CPU 0 → interrupt findings for eth2 and eth0, none for idle eth1', () => {
    const d = run('interrupts-ixgbe-all-on-cpu0.txt');
    expect(counters(d.findings)).toEqual(['eth2 RX interrupts on CPU 0 (100 % of its only queue)', 'eth0 RX interrupts on CPU 0 (100 % of 8 queues)']);
    const eth0 = d.findings[1]!;
    expect(eth0.count).toBe(5001062 + 4927418 + 4930975 + 4957770 + 4973192 + 4943144 + 5198345 + 7138811);
    expect(eth0).toMatchObject({ where: 'interrupt distribution', link: labLink('one-cpu') });
    expect(eth0.advice).toContain('smp_affinity_list');
    expect(eth0.advice).toContain('ethtool -L eth0 combined');
  });

  test('/proc/interrupts, mlx5: completion vectors of one port grouped by PCI address', () => {
    const d = run('interrupts-mlx5.txt');
    expect(d.findings[0]!.counter).toBe('mlx5@pci:0000:01:00.0 RX interrupts on CPU 0 (97 % of 4 queues)');
  });

  test.each([
    'ethtool-virtio.txt',
    'ethtool-ena.txt',
    'ethtool-ena-allowance.txt',
    'ethtool-i40e-bare.txt',
    'ethtool-mlx5-ubuntu1804.txt',
    'softnet-11col-3.11.txt',
    'ip-s-link-new-iproute2.txt',
  ])('%s: zero drop counters give no finding but a message (or only the real rx_dropped)', (name) => {
    const d = run(name);
    if (name === 'ip-s-link-new-iproute2.txt') {
      expect(d.findings.map((f) => [f.counter, f.count, f.source])).toEqual([['rx_dropped', 185979, 'ip -s link bond1, lines 3–8']]);
      return;
    }
    expect(d.findings).toEqual([]);
    expect(d.messages.join('\n')).toContain('No drop counter is above zero');
  });

  test('driver counters that only matter when non-zero: virtio drops, ENA allowances, i40e port drops (fixtures edited for the test)', () => {
    const virtio = diagnose(loadFixture('ethtool-virtio.txt').replace('rx_queue_1_drops: 0', 'rx_queue_1_drops: 12'));
    expect(virtio.findings[0]).toMatchObject({ where: 'driver (virtio_net)', counter: 'rx_queue_*_drops (sum over 4 queues)', count: 12, link: null });
    expect(virtio.findings[0]!.meaning).toContain('most on queue 1 (12)');
    const ena = diagnose(
      loadFixture('ethtool-ena-allowance.txt')
        .replace('pps_allowance_exceeded: 0', 'pps_allowance_exceeded: 9')
        .replace('bw_out_allowance_exceeded: 0', 'bw_out_allowance_exceeded: 5'),
    );
    expect(counters(ena.findings)).toEqual(['pps_allowance_exceeded']);
    expect(ena.findings[0]!.where).toContain('EC2 network allowance');
    const i40e = diagnose(loadFixture('ethtool-i40e-bare.txt').replace('port.rx_dropped: 0', 'port.rx_dropped: 31'));
    expect(i40e.findings[0]).toMatchObject({ where: 'NIC RX ring', counter: 'port.rx_dropped', count: 31 });
    expect(i40e.findings[0]!.advice).toContain('rx 4096');
  });
});

describe('drivers without rules of their own: the generic name patterns', () => {
  test('be2net: ring drops, checksum and length errors, filtered packets ignored', () => {
    const d = run('ethtool-be2net-generic.txt');
    expect(d.findings.map((f) => [f.where, f.counter, f.count])).toEqual([
      ['NIC RX ring', 'rxq0: rx_drops_no_frags', 3885606854],
      ['wire (damaged frames)', 'rx_tcp_checksum_errs', 1167057456],
      ['NIC or driver (drop)', 'rx_dropped_tcp_length', 1772495],
      ['wire (damaged frames)', 'rx_udp_checksum_errs', 723349],
      ['wire (damaged frames)', 'rx_in_range_errors', 1430],
      ['wire (damaged frames)', 'jabber_events', 2],
    ]);
    // rx_address_filtered (40,618,447) is filtering by design, not loss.
    expect(d.findings.some((f) => f.counter.includes('filtered'))).toBe(false);
  });

  test('an unknown driver: missed, fifo, no-buffer, discard and allocation names are classified; transmit and XDP counters are not', () => {
    const text = [
      'NIC statistics:',
      '     rx_missed: 3',
      '     rx_fifo_errors: 4',
      '     rx_nobuf_cnt: 0',
      '     rx_discards: 5',
      '     rx_alloc_fail: 6',
      '     tx_dropped: 99',
      '     rx_xdp_drop: 98',
      '     rx_csum_unnecessary: 97',
    ].join('\n');
    const d = diagnose(text);
    expect(d.recognised[0]!.detail).toContain('unknown driver');
    expect(d.findings.map((f) => [f.where, f.counter, f.kind])).toEqual([
      ['NIC FIFO', 'rx_fifo_errors', 'loss'], // 4 × 0.9
      ['NIC or driver (drop)', 'rx_discards', 'loss'], // 5 × 0.7
      ['NIC RX ring', 'rx_missed', 'loss'], // 3 × 1
      // 6 × 0.8 scored highest, but a failed refill drops nothing: after every loss.
      ['driver buffer allocation', 'rx_alloc_fail', 'pressure'],
    ]);
    expect(d.findings.find((f) => f.counter === 'rx_missed')!.advice).toContain('ethtool -G <if> rx <max>');
  });
});

describe('ranking', () => {
  test('one paste of several outputs: worst drop point × count first, interrupt placement last', () => {
    const text = ['ethtool-igb-e1000e-netdata988.txt', 'softnet-13col-drops.txt', 'nstat-udp-sink-same-cpu.txt', 'interrupts-ixgbe-all-on-cpu0.txt']
      .map(loadFixture)
      .join('\n');
    const d = diagnose(text);
    expect(d.recognised.map((b) => b.format)).toEqual(['ethtool -S', '/proc/net/softnet_stat', 'nstat', '/proc/interrupts']);
    expect(d.findings.map((f) => [f.where, f.kind])).toEqual([
      ['socket receive buffer', 'loss'], // 2,828,118
      ['per-CPU backlog', 'loss'], // 265,298
      ['NIC RX ring', 'loss'], // rx_missed_errors 4,954
      ['NIC RX ring', 'pressure'], // rx_no_buffer_count 527 × 0.5: the packet waited in the NIC FIFO
      ['softirq budget', 'pressure'], // 1 × 0.3
      ['interrupt distribution', 'pressure'],
      ['interrupt distribution', 'pressure'],
    ]);
    expect(d.unrecognised).toEqual([]);
  });

  // Two drop counters (rx_no_buffer_count climbed here before it became a pressure signal; see the next test).
  test('with two snapshots a small counter that climbs ranks above a big one that stands still', () => {
    const before = ['NIC statistics:', '     rx_missed_errors: 1000000', '     rx_fifo_errors: 5'].join('\n');
    const after = ['NIC statistics:', '     rx_missed_errors: 1000000', '     rx_fifo_errors: 105'].join('\n');
    const d = diagnose(before, after, { intervalS: 10 });
    expect(d.findings.map((f) => [f.counter, f.rate])).toEqual([
      ['rx_fifo_errors', 10],
      ['rx_missed_errors', 0],
    ]);
    expect(d.findings[1]!.meaning).toContain('Not climbing between the two snapshots');
  });
});

describe('packets lost before pressure signals', () => {
  // 1,000,000 squeezes on CPU 1 (0xf4240) and none dropped there; CPU 0 dropped 3 from its backlog.
  const softnet = (squeezed: number, dropped: number) =>
    [dropped, 0]
      .map(
        (d, cpu) =>
          `00358fe3 ${hex(d)} ${hex(cpu === 1 ? squeezed : 0)} 00000000 00000000 00000000 00000000 00000000 00000000 000855fc 00000000 00000000 ${hex(cpu)}`,
      )
      .join('\n');
  const hex = (n: number) => n.toString(16).padStart(8, '0');

  test('one snapshot: three backlog drops rank above a million time_squeezes, which are labelled pressure', () => {
    const d = diagnose(softnet(1_000_000, 3));
    // By weight × count alone the squeezes would lead (0.3 × 1,000,000 against 1 × 3).
    expect(d.findings.map((f) => [f.counter, f.count, f.kind])).toEqual([
      ['softnet_stat dropped (CPU 0)', 3, 'loss'],
      ['softnet_stat time_squeeze (CPU 1)', 1_000_000, 'pressure'],
    ]);
  });

  test('two snapshots: time_squeeze growing by 50,000/s ranks below RcvbufErrors growing by 2/s and rx_missed_errors growing by 1/s', () => {
    const nstat = (n: number) =>
      ['#kernel', `UdpInDatagrams                  1000               0.0`, `UdpRcvbufErrors                 ${n}               0.0`].join('\n');
    const nic = (n: number) => ['NIC statistics:', `     rx_missed_errors: ${n}`].join('\n');
    const before = [softnet(0, 0), nstat(10), nic(0)].join('\n');
    const after = [softnet(500_000, 0), nstat(30), nic(10)].join('\n');
    const d = diagnose(before, after, { intervalS: 10 });
    expect(d.findings.map((f) => [f.counter, f.rate, f.kind])).toEqual([
      ['UdpRcvbufErrors', 2, 'loss'],
      ['rx_missed_errors', 1, 'loss'],
      ['softnet_stat time_squeeze (CPU 1)', 50_000, 'pressure'],
    ]);
  });

  test('a loss that stopped still ranks above pressure that climbs: igb rx_no_buffer_count is a warning, rx_missed_errors the loss', () => {
    const before = ['NIC statistics:', '     rx_missed_errors: 1000000', '     rx_no_buffer_count: 5'].join('\n');
    const after = ['NIC statistics:', '     rx_missed_errors: 1000000', '     rx_no_buffer_count: 105'].join('\n');
    const d = diagnose(before, after, { intervalS: 10 });
    expect(d.findings.map((f) => [f.counter, f.rate, f.kind])).toEqual([
      ['rx_missed_errors', 0, 'loss'],
      ['rx_no_buffer_count', 10, 'pressure'],
    ]);
  });

  test('every finding of every fixture: all losses first, then all pressure', () => {
    for (const name of fixtureNames()) {
      const kinds = run(name).findings.map((f) => f.kind);
      expect(kinds, name).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'loss' ? -1 : 1)));
    }
  });
});

describe('two snapshots', () => {
  const softnet = loadFixture('softnet-13col-drops.txt');
  // CPU 0 drops 0x6283 → 0x628d (+10), CPU 4 drops 0x2db94 → 0x2dbf8 (+100), CPU 4 squeezes 1 → 3.
  const later = softnet.replace('00358fe3 00006283', '00358fe3 0000628d').replace('01a35c9d 0002db94 00000001', '01a35c9d 0002dbf8 00000003');

  test('rate = (later − earlier) / interval, exactly; counts are the later values', () => {
    const d = diagnose(softnet, later, { intervalS: 5 });
    const dropped = d.findings.find((f) => f.where === 'per-CPU backlog')!;
    expect(dropped.rate).toBe(22);
    expect(dropped.count).toBe(0x628d + 0x446 + 0x4bc7 + 0x7e2e + 0x2dbf8);
    expect(d.findings.find((f) => f.where === 'softirq budget')).toMatchObject({ counter: 'softnet_stat time_squeeze (CPU 4)', count: 3, rate: 0.4 });
    expect(d.messages.join('\n')).toContain('interval of 5 s');
    expect(d.recognised.map((b) => b.snapshot)).toEqual(['first', 'later']);
  });

  test('without an interval, 1 s is used and said', () => {
    const d = diagnose(softnet, later);
    expect(d.findings[0]!.rate).toBe(110);
    expect(d.messages.join('\n')).toContain('interval of 1 s (the default');
  });

  test('real nstat -az pair (netdev, 2025): one more zero-window drop', () => {
    const d = diagnose(loadFixture('nstat-az-before.txt'), loadFixture('nstat-az-after.txt'), { intervalS: 4 });
    expect(d.findings[0]).toMatchObject({ counter: 'TcpExtTCPZeroWindowDrop', count: 485490, rate: 0.25 });
    expect(d.findings.slice(1).map((f) => f.rate)).toEqual([0, 0]);
  });

  test('counters that went backwards get no rate and a message, never a negative rate', () => {
    const d = diagnose(loadFixture('nstat-az-after.txt'), loadFixture('nstat-az-before.txt'), { intervalS: 2 });
    const zw = d.findings.find((f) => f.counter === 'TcpExtTCPZeroWindowDrop')!;
    expect(zw.rate).toBeNull();
    for (const f of d.findings) expect(f.rate === null || f.rate >= 0).toBe(true);
    const note = d.messages.find((m) => m.includes('went backwards'))!;
    expect(note).toContain('TcpExtTCPZeroWindowDrop (485490 → 485489)');
    expect(note).toMatch(/reboot|driver reload|different machines/);
  });

  test('real softnet_stat pair (netutils-linux): nothing dropped, squeezes unchanged, processed moved', () => {
    const d = diagnose(loadFixture('softnet-10col-snapshot1.txt'), loadFixture('softnet-10col-snapshot2.txt'), { intervalS: 1 });
    expect(d.findings.map((f) => [f.counter, f.rate])).toEqual([['softnet_stat time_squeeze (sum over 8 CPUs)', 0]]);
  });

  test('interrupts between snapshots: only the new interrupts count', () => {
    const text = loadFixture('interrupts-ixgbe-all-on-cpu0.txt');
    const later = text
      .replace(/(eth0-TxRx-\d)/g, '$1')
      .replace(/^(\s+6[6-9]|\s+7[0-3]):\s+(\d+)/gm, (_m, irq: string, n: string) => `${irq}: ${String(Number(n) + 1000).padStart(10)}`);
    const d = diagnose(text, later, { intervalS: 2 });
    expect(d.findings.map((f) => [f.counter, f.count, f.rate])).toEqual([['eth0 RX interrupts on CPU 0 (100 % of 8 queues)', 8000, 4000]]);
  });

  test('two different machines: counters only in one snapshot are named, without rates', () => {
    const d = diagnose(loadFixture('softnet-9col-2.6.32.txt'), loadFixture('softnet-13col-5.10.47.txt'));
    expect(d.messages.join('\n')).toMatch(/only in the later snapshot and \d+ only in the first/);
    expect(d.messages.join('\n')).toContain('went backwards');
  });
});

describe('input that is cut off, mixed up or not output at all', () => {
  test('the synthetic mixed paste (CRLF, tab, prompts, typo, junk): what was read and what was not', () => {
    const d = run('mixed-garbage-synthetic.txt');
    expect(d.recognised.map((b) => [b.format, b.lines])).toEqual([
      ['/proc/net/softnet_stat', [3, 4]],
      ['ethtool -S', [9, 12]],
      ['nstat', [17, 20]],
    ]);
    expect(d.unrecognised.map((u) => u.lines)).toEqual([
      [5, 5],
      [7, 7],
      [13, 15],
    ]);
    expect(d.unrecognised[0]!.reason).toContain('right after the /proc/net/softnet_stat output of lines 3–4');
    expect(d.unrecognised[1]!.reason).toContain('error message');
    expect(d.unrecognised[2]!.text).toBe('tx_aborted_err');
    expect(d.messages[0]).toBe(
      'Read 3 blocks, 10 lines: /proc/net/softnet_stat (lines 3–4), ethtool -S (lines 9–12), nstat (lines 17–20); 5 lines not recognised (line 5, line 7, lines 13–15).',
    );
    // The tab-indented line was read.
    expect(d.findings.find((f) => f.counter === 'rx_no_buffer_count')!.count).toBe(527);
  });

  test('nothing recognisable: a message saying what to paste, empty lists, no throw', () => {
    for (const text of ['', '\n\n', 'hello world', '\u0000\u0001\u00ff binary', '{"json": true}']) {
      const d = diagnose(text);
      expect(d.recognised).toEqual([]);
      expect(d.findings).toEqual([]);
      expect(d.messages.join('\n')).toContain('Nothing recognised');
      expect(d.messages.join('\n')).toContain('ethtool -S <if>');
    }
    expect(diagnose('hello world').unrecognised[0]).toMatchObject({ lines: [1, 1], text: 'hello world' });
  });

  test('a softnet_stat paste cut in the middle of its last row', () => {
    const full = loadFixture('softnet-13col-drops.txt').trimEnd();
    const d = diagnose(full.slice(0, full.length - 40));
    expect(d.recognised[0]!.lines).toEqual([2, 5]);
    expect(d.unrecognised[0]).toMatchObject({ lines: [6, 6] });
    expect(d.unrecognised[0]!.reason).toContain('cut off');
  });

  test('ifconfig and ethtool -g are named as such', () => {
    const d = diagnose(['eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500', 'Ring parameters for eth0:'].join('\n'));
    expect(d.unrecognised.map((u) => u.reason)).toEqual([expect.stringContaining('ifconfig'), expect.stringContaining('ethtool -g')]);
  });

  test('a bad interval falls back to 1 s with a message', () => {
    const d = diagnose('x', 'y', { intervalS: -3 });
    expect(d.messages.join('\n')).toContain('not a positive number of seconds');
  });
});
