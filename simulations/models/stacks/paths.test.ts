/**
 * Every stack's data path (paths.ts) checked against what the stacks model
 * says about the same stack: copies, interrupts, system calls, wake-ups,
 * its latency budget's stages, and where it runs.
 */
import { describe, expect, it } from 'vitest';
import { RECV_SYSCALL_NS } from '../receive-path/stage-costs';
import { copyLoad } from './model';
import { PATH_NOTES, stepNote } from './path-notes';
import { DATA_PATHS, dataPath, LAYERS, pathCounts } from './paths';
import { STACK_IDS, STACKS } from './stacks';

const pathOf = (id: string) => dataPath(id);

describe('data paths', () => {
  it('one per stack, in the stacks’ order', () => {
    expect(DATA_PATHS.map((p) => p.stack)).toEqual([...STACK_IDS]);
    expect(() => dataPath('nope')).toThrow(/No data path/);
  });

  it('every path starts with the frame arriving at the NIC and ends in the application', () => {
    for (const p of DATA_PATHS) {
      expect(p.steps[0].layer, p.stack).toBe('nic');
      expect(p.steps[0].kind, p.stack).toBe('arrive');
      expect(p.steps[1]!.kind, `${p.stack}: the NIC writes by DMA before anything else`).toBe('dma');
      const last = p.steps[p.steps.length - 1]!;
      expect(last.kind, p.stack).toBe('app');
      expect(
        p.steps.filter((s) => s.kind === 'app'),
        `${p.stack}: one application step`,
      ).toHaveLength(1);
    }
  });

  it('every path ends in user space except XDP_DROP, whose program in the driver is the application', () => {
    for (const p of DATA_PATHS) expect(p.steps[p.steps.length - 1]!.layer, p.stack).toBe(p.stack === 'xdp_drop' ? 'kernel' : 'user');
  });

  it('a packet only ever goes up: NIC, then kernel, then user space, never back down', () => {
    for (const p of DATA_PATHS) {
      const levels = p.steps.map((s) => LAYERS.indexOf(s.layer));
      for (let i = 1; i < levels.length; i++) expect(levels[i]!, `${p.stack} step ${i + 1}`).toBeGreaterThanOrEqual(levels[i - 1]!);
    }
  });

  it('as many copy steps as the stacks model counts copies (copyLoad)', () => {
    for (const s of STACKS) {
      const c = pathCounts(pathOf(s.id));
      expect(c.copies, s.id).toBe(copyLoad(s, 1518, 1).copies);
      expect(c.copies === 0, `${s.id}: zero copy`).toBe(s.zeroCopy);
    }
  });

  it('interrupt-driven stacks have exactly one interrupt step, polling ones none', () => {
    for (const s of STACKS) {
      const c = pathCounts(pathOf(s.id));
      expect(c.interrupts, s.id).toBe(s.receive === 'interrupt' ? 1 : 0);
      // The interrupt comes straight after the DMA that prompted it.
      if (s.receive === 'interrupt') expect(pathOf(s.id).steps[2]!.interrupt, s.id).toBe(true);
    }
  });

  it('a system call on the path exactly where the latency budget pays for one, and a wake-up exactly where it has one', () => {
    for (const s of STACKS) {
      const path = pathOf(s.id);
      const syscall = s.latency.some((l) => l.stage === 'syscall' && l.p50 >= RECV_SYSCALL_NS);
      expect(pathCounts(path).syscalls > 0, `${s.id}: system call`).toBe(syscall);
      expect(pathCounts(path).syscalls, s.id).toBeLessThanOrEqual(1);
      const wakeup = s.latency.some((l) => l.stage === 'wakeup' && l.p50 > 0);
      expect(
        path.steps.some((x) => x.kind === 'wakeup'),
        `${s.id}: wake-up`,
      ).toBe(wakeup);
    }
  });

  it('every stage of a stack’s latency budget is some step of its path, and no step names a stage the stack lacks', () => {
    for (const s of STACKS) {
      const path = pathOf(s.id);
      const onPath = new Set(path.steps.map((x) => x.latency).filter(Boolean));
      const inBudget = new Set(['wire', ...s.latency.map((l) => l.stage)]);
      for (const l of s.latency) if (l.p50 > 0 || (l.perByte ?? 0) > 0) expect(onPath.has(l.stage), `${s.id}: ${l.stage} (${l.what})`).toBe(true);
      for (const st of onPath) expect(inBudget.has(st!), `${s.id}: step stage ${st}`).toBe(true);
    }
  });

  it('stacks whose receive runs in the kernel (interrupt-driven, or the kernel itself) never enter user space before the application', () => {
    const resident = STACKS.filter((s) => s.family === 'kernel' || s.receive === 'interrupt');
    expect(resident.map((s) => s.id)).toEqual(['kernel', 'kernel-tuned', 'pf_ring', 'netmap', 'af_xdp', 'af_xdp_zc', 'xdp_drop']);
    for (const s of resident) {
      const steps = pathOf(s.id).steps;
      expect(
        steps.slice(0, -1).filter((x) => x.layer === 'user'),
        s.id,
      ).toEqual([]);
    }
  });

  it('polling bypass stacks never enter the kernel: the NIC hands the packet straight to user space', () => {
    const polling = STACKS.filter((s) => s.family !== 'kernel' && s.receive === 'poll');
    expect(polling.map((s) => s.id)).toEqual(['pf_ring_zc', 'dpdk', 'onload', 'vma', 'tldk', 'ef_vi']);
    for (const s of polling) expect(pathCounts(pathOf(s.id)).kernel, s.id).toBe(0);
  });

  it('the socket-API stacks in user space are reached through LD_PRELOAD, without a system call', () => {
    for (const id of ['onload', 'vma']) {
      const path = pathOf(id);
      expect(
        path.steps.some((s, i) => s.kind === 'intercept' && /LD_PRELOAD/.test(stepNote(id, i))),
        id,
      ).toBe(true);
      expect(pathCounts(path).syscalls, id).toBe(0);
    }
  });

  it('AF_XDP goes through an XDP redirect and the socket’s RX ring; the stock kernel through NAPI and an sk_buff', () => {
    for (const id of ['af_xdp', 'af_xdp_zc']) {
      const kinds = pathOf(id).steps.map((s) => s.kind);
      expect(kinds, id).toEqual(expect.arrayContaining(['napi', 'xdp', 'ring']));
      expect(kinds, id).not.toContain('skb');
    }
    expect(pathOf('kernel').steps.map((s) => s.kind)).toEqual(['arrive', 'dma', 'interrupt', 'napi', 'skb', 'protocol', 'wakeup', 'syscall', 'copy', 'app']);
  });

  it('labels are short enough for the diagram, and every step says what happens (path-notes.ts, one sentence per step)', () => {
    expect(Object.keys(PATH_NOTES)).toEqual([...STACK_IDS]);
    for (const p of DATA_PATHS) {
      expect(PATH_NOTES[p.stack], p.stack).toHaveLength(p.steps.length);
      p.steps.forEach((s, i) => {
        expect(s.label.length, `${p.stack}: ${s.label}`).toBeLessThanOrEqual(20);
        const note = stepNote(p.stack, i);
        expect(note.length, `${p.stack}: ${s.label}`).toBeGreaterThan(20);
        expect(note.endsWith('.'), `${p.stack}: ${s.label}`).toBe(true);
      });
    }
    // The words match the structure where it matters.
    expect(stepNote('kernel', 2)).toMatch(/interrupt/);
    expect(stepNote('af_xdp', 5)).toMatch(/cop/);
    expect(stepNote('dpdk', 2)).toMatch(/rte_eth_rx_burst/);
  });
});
