/**
 * The knobs of the split screen: which bypass stack, which kernel (stock or
 * the tuned preset of chapter 4), and the traffic both receive. The traffic
 * specs are the receive-path model's own, so both sides read the same ranges.
 */
import type { ChoiceParam, ParamValues } from '../../core/params';
import { receivePathParams } from '../receive-path/params';
import { STACKS } from '../stacks/stacks';

/** The stacks that bypass the kernel's receive path, by their index in STACKS. */
export const BYPASS_OPTIONS = STACKS.flatMap((s, value) => (s.family === 'kernel' ? [] : [{ value, label: s.label, name: s.id }]));

export const KERNEL = { stock: 0, tuned: 1 } as const;

export const kernelVsBypassParams = {
  bypass: {
    kind: 'choice',
    label: 'Bypass stack',
    unit: '',
    help: 'The receive path on the right: a raw-frame bypass (PF_RING, netmap, DPDK, AF_XDP, XDP, ef_vi) or a user-space protocol stack (OpenOnload, VMA, TLDK).',
    options: BYPASS_OPTIONS,
    default: STACKS.findIndex((s) => s.id === 'dpdk'),
  } satisfies ChoiceParam,
  kernel: {
    kind: 'choice',
    label: 'Kernel',
    unit: '',
    help: 'The Linux receive path on the left: every default, or chapter 4’s tuned set (reader on its own CPU, ring 4096, busy_read 50 µs).',
    options: [
      { value: KERNEL.stock, label: 'stock', name: 'stock' },
      { value: KERNEL.tuned, label: 'tuned', name: 'tuned' },
    ],
    default: KERNEL.stock,
  } satisfies ChoiceParam,
  link_gbps: receivePathParams.link_gbps,
  frame_bytes: receivePathParams.frame_bytes,
  load_pct: receivePathParams.load_pct,
  pattern: receivePathParams.pattern,
} as const;

export type KernelVsBypassParams = typeof kernelVsBypassParams;
export type KernelVsBypassValues = ParamValues<KernelVsBypassParams>;

/** The kernel side as the stacks model names it: 'kernel' or 'kernel-tuned', and its label. */
export function kernelSide(kernel: number): { path: string; label: string } {
  const spec = STACKS.find((s) => s.id === (kernel === KERNEL.tuned ? 'kernel-tuned' : 'kernel'))!;
  return { path: spec.id, label: spec.label };
}
