import { describe, expect, it } from 'vitest';
import { copyLoad } from './model';
import { STACKS } from './stacks';
import { udpPayloadBytes } from './kernel';

const spec = (id: string) => STACKS.find((s) => s.id === id)!;

describe('copyLoad', () => {
  it('zero-copy stacks copy nothing', () => {
    for (const s of STACKS.filter((x) => x.zeroCopy)) expect(copyLoad(s, 1518, 812_744).bytes_per_packet, s.id).toBe(0);
  });
  it('the kernel copies each datagram’s payload once into user space: read once, written once', () => {
    const c = copyLoad(spec('kernel'), 1518, 812_744);
    expect(c.copies).toBeGreaterThanOrEqual(1);
    expect(c.bytes_per_packet).toBeGreaterThanOrEqual(udpPayloadBytes(1518));
    expect(c.memory_bytes_per_s).toBe(2 * c.bytes_per_packet * 812_744);
    expect(c.cores_copying).toBeCloseTo((c.copy_ns_per_packet * 812_744) / 1e9, 9);
  });
  it('a copying stack costs more per packet at 1518 B than at 64 B', () => {
    const s = spec('af_xdp');
    expect(copyLoad(s, 1518, 1).copy_ns_per_packet).toBeGreaterThan(copyLoad(s, 64, 1).copy_ns_per_packet);
  });
});
