/** Which /proc/interrupts lines are NIC receive queues, and when their spread is a finding. */
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { nicQueue } from './interrupts-analysis';

describe('nicQueue', () => {
  test.each([
    ['eth0-TxRx-3', 'eth0', 3],
    ['i40e-eth0-TxRx-0', 'i40e-eth0', 0],
    ['ens5-Tx-Rx-2', 'ens5', 2],
    ['enp59s0f0-rx-1', 'enp59s0f0', 1],
    ['mlx5_comp7@pci:0000:af:00.0', 'mlx5@pci:0000:af:00.0', 7],
    ['virtio0-input.1', 'virtio0', 1],
    ['virtio0-virtqueues', 'virtio0', 0],
    ['enp59s0f0-2', 'enp59s0f0', 2],
    ['eth2', 'eth2', null],
  ])('%s → %s queue %s', (name, device, queue) => {
    expect(nicQueue(name)).toEqual({ device, queue });
  });

  test.each([
    'virtio0-output.0',
    'virtio0-config',
    'mlx5_async_eq@pci:0000:01:00.0',
    'mlx5_cmd_eq@pci:0000:01:00.0',
    'eth0-tx-0',
    'uhci_hcd:usb1, eth0, eth1',
    'ahci',
    'nvme0q1',
    'hpsa6-msix0',
    'timer',
  ])('%s is not a receive queue', (name) => {
    expect(nicQueue(name)).toBeNull();
  });
});

describe('interrupt findings', () => {
  const header = '            CPU0       CPU1       CPU2       CPU3';
  const row = (irq: number, counts: number[], name: string) =>
    ` ${irq}: ${counts.map((c) => String(c).padStart(10)).join(' ')}   IR-PCI-MSI 52428${irq % 10}-edge      ${name}`;

  test('queues spread evenly: no finding', () => {
    const text = [
      header,
      row(40, [100, 0, 0, 0], 'eth0-TxRx-0'),
      row(41, [0, 100, 0, 0], 'eth0-TxRx-1'),
      row(42, [0, 0, 100, 0], 'eth0-TxRx-2'),
      row(43, [0, 0, 0, 100], 'eth0-TxRx-3'),
    ].join('\n');
    expect(diagnose(text).findings).toEqual([]);
  });

  test('uneven but not all on one CPU: a lower-severity imbalance finding', () => {
    const text = [
      header,
      row(40, [500, 0, 0, 0], 'eth0-TxRx-0'),
      row(41, [400, 0, 0, 0], 'eth0-TxRx-1'),
      row(42, [0, 0, 100, 0], 'eth0-TxRx-2'),
      row(43, [0, 0, 0, 100], 'eth0-TxRx-3'),
    ].join('\n');
    const [f] = diagnose(text).findings;
    expect(f).toMatchObject({ where: 'interrupt distribution', counter: 'eth0 RX interrupts: CPU 0 takes 82 %', count: 900, severity: 0.03 });
    expect(f!.meaning).toContain('3.3× an even share');
  });

  test('a single CPU box gives no distribution finding', () => {
    const text = ['           CPU0', ' 24:     123456   PCI-MSI-edge      virtio0-input.0'].join('\n');
    expect(diagnose(text).findings).toEqual([]);
  });
});
