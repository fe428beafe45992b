/**
 * Every real fixture is read as the right format, with the right driver, and
 * with exact counter values spot-checked against the published text.
 */
import { describe, expect, test } from 'vitest';
import { EXPECTED, fixtureNames, loadFixture } from './fixtures';
import { segment } from './segment';

function read(name: string) {
  const { snapshot, blocks } = segment(loadFixture(name));
  const value = (key: string) => snapshot.readings.find((r) => r.key === key)?.value;
  return { snapshot, blocks, value };
}

describe('fixtures', () => {
  test('every fixture names its source on the first line and is listed with its expected format', () => {
    for (const name of fixtureNames()) {
      const first = loadFixture(name).split(/\r?\n/)[0]!;
      expect(first, name).toMatch(/^# source: (https?:\/\/|netdev|linux-kernel|same |SYNTHETIC)/);
      if (!name.includes('synthetic')) expect(EXPECTED[name], `${name} missing from fixtures/index.ts`).toBeDefined();
    }
    expect(fixtureNames().length).toBeGreaterThanOrEqual(20);
  });

  test.each(Object.entries(EXPECTED))('%s is read as %o, all of it', (name, expected) => {
    const { snapshot, blocks } = read(name);
    expect(snapshot.recognised.map((b) => b.format)).toEqual(expected.formats);
    if (expected.driver) expect(blocks[0]!.readings[0]!.driver).toBe(expected.driver);
    // The source line is skipped, not reported.
    expect(snapshot.unrecognised.filter((u) => u.lines[0] === 1)).toEqual([]);
  });
});

describe('ethtool -S', () => {
  test('ixgbe after a prompt with a pipe: interface from the command, names with spaces kept', () => {
    const { snapshot, value } = read('ethtool-ixgbe-grep.txt');
    expect(snapshot.recognised[0]).toMatchObject({ lines: [3, 22] });
    expect(snapshot.recognised[0]!.detail).toContain('eno2');
    expect(value('ethtool:eno2:rx_no_dma_resources')).toBe(529324299);
    expect(value('ethtool:eno2:rx_pkts_nic')).toBe(1658520803);
    expect(value('ethtool:eno2:VF 0 Tx Bytes')).toBe(90);
    expect(snapshot.readings).toHaveLength(19);
  });

  test('i40e without header or indentation: per-queue names grouped, port counters kept', () => {
    const { snapshot, value } = read('ethtool-i40e-bare.txt');
    expect(value('ethtool:#1:rx-3.rx_packets')).toBe(61598230947);
    expect(value('ethtool:#1:port.rx_dropped')).toBe(0);
    expect(value('ethtool:#1:port.rx_size_127')).toBe(371106813100);
    const q = snapshot.readings.find((r) => r.name === 'rx-1.rx_packets')!;
    expect(q).toMatchObject({ group: 'rx-*.rx_packets', member: 'queue 1' });
  });

  test('mlx5, ena, virtio_net and igb/e1000e values', () => {
    expect(read('ethtool-mlx5-ubuntu1804.txt').value('ethtool:#1:rx_csum_complete')).toBe(845270822);
    expect(read('ethtool-mlx5-out-of-buffer.txt').value('ethtool:enp193s0f0np0:rx_out_of_buffer')).toBe(48);
    const ena = read('ethtool-ena.txt');
    expect(ena.value('ethtool:eth0:queue_1_rx_cnt')).toBe(3667424);
    expect(ena.snapshot.readings.find((r) => r.name === 'queue_1_rx_page_alloc_fail')).toMatchObject({
      group: 'queue_*_rx_page_alloc_fail',
      member: 'queue 1',
    });
    expect(read('ethtool-ena-allowance.txt').value('ethtool:eth0:pps_allowance_exceeded')).toBe(0);
    const virtio = read('ethtool-virtio.txt');
    expect(virtio.value('ethtool:eth0:rx_queue_1_packets')).toBe(341999);
    expect(virtio.snapshot.readings.find((r) => r.name === 'rx_queue_3_drops')).toMatchObject({ group: 'rx_queue_*_drops', member: 'queue 3' });
    const igb = read('ethtool-igb-e1000e-netdata988.txt');
    expect(igb.value('ethtool:#1:rx_missed_errors')).toBe(4954);
    expect(igb.value('ethtool:#1:rx_no_buffer_count')).toBe(527);
  });

  test('an ethtool -i block names the driver of the statistics after it', () => {
    const text = [
      '# ethtool -i eth0',
      'driver: ena',
      'version: 1.2.0k',
      'firmware-version: ',
      'bus-info: 0000:00:05.0',
      '# ethtool -S eth0',
      'NIC statistics:',
      '     rx_dropped: 7',
    ].join('\n');
    const { snapshot } = segment(text);
    expect(snapshot.recognised.map((b) => b.format)).toEqual(['ethtool -i', 'ethtool -S']);
    expect(snapshot.readings[0]).toMatchObject({ driver: 'ena', iface: 'eth0', value: 7 });
  });
});

describe('/proc/net/softnet_stat', () => {
  test.each([
    ['softnet-9col-2.6.32.txt', 9, 6, 'up to 2.6.34'],
    ['softnet-10col-snapshot1.txt', 10, 8, '2.6.35–3.10'],
    ['softnet-11col-3.11.txt', 11, 8, '3.11–5.9'],
    ['softnet-13col-5.10.47.txt', 13, 2, '5.10–6.3'],
    ['softnet-15col-6.4.7.txt', 15, 2, '6.4 or later'],
  ])('%s: %i columns, %i CPUs, era named', (name, columns, cpus, era) => {
    const { snapshot } = read(name);
    const detail = snapshot.recognised[0]!.detail;
    expect(detail).toContain(`${cpus} CPUs, ${columns} columns`);
    expect(detail).toContain(era);
  });

  test('hex values per CPU; the CPU index column is used when there is one', () => {
    const nine = read('softnet-9col-2.6.32.txt');
    expect(nine.value('softnet:cpu0:processed')).toBe(0x6dcad223);
    expect(nine.value('softnet:cpu4:time_squeeze')).toBe(5);
    expect(nine.value('softnet:cpu0:cpu_collision')).toBe(0);
    expect(nine.value('softnet:cpu0:received_rps')).toBeUndefined();
    const drops = read('softnet-13col-drops.txt');
    expect(drops.value('softnet:cpu4:dropped')).toBe(0x2db94);
    expect(drops.value('softnet:cpu2:received_rps')).toBe(0x02328493);
    expect(drops.value('softnet:cpu4:flow_limit_count')).toBe(0);
    // 15 columns: CPU index from column 13, so the second row is CPU 1.
    expect(read('softnet-15col-6.4.7.txt').value('softnet:cpu1:time_squeeze')).toBe(0x4f);
  });

  test('a file without a final newline is read whole', () => {
    expect(loadFixture('softnet-15col-6.4.7.txt').endsWith('\n')).toBe(false);
    expect(read('softnet-15col-6.4.7.txt').snapshot.recognised[0]!.lines).toEqual([2, 3]);
  });
});

describe('SNMP counters', () => {
  test('nstat -az: names and totals', () => {
    const { value } = read('nstat-az-before.txt');
    expect(value('snmp:UdpInDatagrams')).toBe(13816173054);
    expect(value('snmp:UdpNoPorts')).toBe(10435);
    expect(value('snmp:TcpExtTCPZeroWindowDrop')).toBe(485489);
    expect(value('snmp:Udp6RcvbufErrors')).toBe(0);
  });

  test('nstat after "nstat -n && sleep 1": values are changes over 1 s', () => {
    const { snapshot } = read('nstat-udp-sink-same-cpu.txt');
    const r = snapshot.readings.find((x) => x.name === 'UdpRcvbufErrors')!;
    expect(r).toMatchObject({ value: 2828118, deltaOverS: 1 });
    expect(snapshot.recognised[0]!.detail).toContain('changes over 1 s');
  });

  test('netstat -su sentences map to nstat names; "[...]" lines are reported, not read', () => {
    const { snapshot, value } = read('netstat-su-memerrors.txt');
    expect(value('snmp:UdpInDatagrams')).toBe(6834146);
    expect(value('snmp:UdpNoPorts')).toBe(287775);
    expect(value('snmp:UdpInErrors')).toBe(1945378);
    expect(value('snmp:UdpRcvbufErrors')).toBe(0);
    expect(value('snmp:UdpMemErrors')).toBe(1945378);
    expect(snapshot.unrecognised.map((u) => u.lines)).toEqual([
      [3, 3],
      [12, 12],
    ]);
  });

  test('/proc/net/snmp name and value lines', () => {
    const { value } = read('proc-net-snmp.txt');
    expect(value('snmp:UdpNoPorts')).toBe(14809371);
    expect(value('snmp:UdpInErrors')).toBe(76);
    expect(value('snmp:TcpMaxConn')).toBe(-1);
    expect(value('snmp:IpInReceives')).toBe(22199703066);
  });
});

describe('ip -s link', () => {
  test('old iproute2 (-s -s): overrun on the RX line, missed under RX errors; a wrapped header line is skipped', () => {
    const { value } = read('ip-s-s-link-old-iproute2.txt');
    expect(value('ip:eth4:rx_dropped')).toBe(179);
    expect(value('ip:eth4:rx_over_errors')).toBe(47323);
    expect(value('ip:eth4:rx_missed_errors')).toBe(1725828);
    expect(value('ip:eth4:rx_packets')).toBe(1745618628);
  });

  test('new iproute2: missed on the RX line, right-aligned columns', () => {
    const { value } = read('ip-s-link-new-iproute2.txt');
    expect(value('ip:bond1:rx_dropped')).toBe(185979);
    expect(value('ip:bond1:rx_missed_errors')).toBe(0);
    expect(value('ip:bond1:rx_bytes')).toBe(770731719960);
    expect(value('ip:lo:rx_packets')).toBe(3018478);
  });

  test('new iproute2 -s -s: overrun under RX errors', () => {
    const text = [
      '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000',
      '    link/ether 00:11:22:33:44:55 brd ff:ff:ff:ff:ff:ff',
      '    RX:  bytes packets errors dropped  missed   mcast',
      '         1000      10      2       3       4       0',
      '    RX errors:  length    crc   frame    fifo overrun',
      '                     0      1       1       0       5',
    ].join('\n');
    const { snapshot } = segment(text);
    const get = (n: string) => snapshot.readings.find((r) => r.name === n)?.value;
    expect([get('rx_missed_errors'), get('rx_over_errors'), get('rx_crc_errors')]).toEqual([4, 5, 1]);
  });
});

describe('/proc/interrupts', () => {
  test('ixgbe: 12 CPUs, queue names and per-CPU counts', () => {
    const { snapshot } = read('interrupts-ixgbe-all-on-cpu0.txt');
    const table = snapshot.interrupts[0]!;
    expect(table.cpus).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const q7 = table.rows.find((r) => r.name === 'eth0-TxRx-7')!;
    expect(q7).toMatchObject({ irq: '73', perCpu: [7138811, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(table.rows.find((r) => r.irq === 'ERR')!.perCpu).toEqual([0]);
    expect(table.rows.find((r) => r.irq === '18')!.name).toBe('ehci_hcd:usb1, uhci_hcd:usb6');
  });

  test('mlx5 completion vectors', () => {
    const rows = read('interrupts-mlx5.txt').snapshot.interrupts[0]!.rows;
    expect(rows.find((r) => r.name === 'mlx5_comp1@pci:0000:01:00.0')!.perCpu).toEqual([120112828, 5482507, 0, 0]);
  });

  test('grep output without the CPU header, newer controller column', () => {
    const text = [
      '$ grep eth0 /proc/interrupts',
      ' 124:       1000          0  IR-PCI-MSI 524288-edge      eth0-TxRx-0',
      ' 125:        900          3  IR-PCI-MSI 524289-edge      eth0-TxRx-1',
    ].join('\n');
    const { snapshot } = segment(text);
    expect(snapshot.interrupts[0]!.cpus).toEqual([0, 1]);
    expect(snapshot.interrupts[0]!.rows[1]).toMatchObject({ irq: '125', perCpu: [900, 3], name: 'eth0-TxRx-1' });
    expect(snapshot.messages.join(' ')).toContain('no CPU header');
  });
});
