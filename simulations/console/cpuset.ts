/**
 * CPU sets as the kernel and util-linux print and parse them. A mask of the
 * lab's CPUs is a number (bit c = CPU c); parsers return every CPU the text
 * names, including ones the machine does not have, because what happens to
 * those differs by interface (the kernel refuses, taskset ignores).
 */
/**
 * The lab machine has eight CPUs: enough to give each of four queues its own
 * interrupt CPU and each of four receiving threads a CPU of its own (the
 * model's `app_cpu=other` layout needs twice as many CPUs as queues), and few
 * enough that /proc/interrupts and softnet_stat fit an 80-column terminal.
 */
export const NCPUS = 8;

export type CpuMask = number;

export function allCpus(): CpuMask {
  return (1 << NCPUS) - 1;
}

export function cpusOf(mask: CpuMask): number[] {
  const out: number[] = [];
  for (let c = 0; c < NCPUS; c++) if (mask & (1 << c)) out.push(c);
  return out;
}

export function maskOf(cpus: Iterable<number>): CpuMask {
  let m = 0;
  for (const c of cpus) if (c >= 0 && c < NCPUS) m |= 1 << c;
  return m;
}

export function lowestCpu(mask: CpuMask): number {
  for (let c = 0; c < NCPUS; c++) if (mask & (1 << c)) return c;
  return -1;
}

/**
 * "%*pb": the mask in hex, ceil(nr_cpu_ids / 4) digits with leading zeros,
 * a comma between 32-bit chunks (lib/bitmap-str.c bitmap_print_to_pagebuf).
 * With 8 CPUs: "01", "ff".
 */
export function kernelMask(mask: CpuMask): string {
  const digits = Math.ceil(NCPUS / 4);
  return (mask >>> 0).toString(16).padStart(digits, '0');
}

/** "%*pbl": ranges, "0-3,6" (lib/bitmap-str.c bitmap_print_list_to_buf); empty mask prints "". */
export function cpuList(cpus: readonly number[]): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function maskList(mask: CpuMask): string {
  return cpuList(cpusOf(mask));
}

/**
 * util-linux cpulist_create (lib/cpuset.c): like the kernel's list, except
 * that a run of exactly two CPUs is written "6,7" rather than "6-7".
 */
export function utilList(mask: CpuMask): string {
  const cpus = cpusOf(mask);
  const parts: string[] = [];
  for (let i = 0; i < cpus.length;) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j]! + 1) j++;
    const run = j - i;
    if (run === 0) parts.push(`${cpus[i]}`);
    else if (run === 1) parts.push(`${cpus[i]},${cpus[j]}`);
    else parts.push(`${cpus[i]}-${cpus[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** util-linux cpumask_create (lib/cpuset.c): hex without leading zeros, "0" for an empty set. */
export function utilMask(mask: CpuMask): string {
  return (mask >>> 0).toString(16);
}

export type KernelParse = { ok: true; cpus: number[] } | { ok: false; errno: 'EINVAL' | 'ERANGE' | 'EOVERFLOW' };

/**
 * bitmap_parse (lib/bitmap-str.c), as writes to smp_affinity and rps_cpus use
 * it: hex digits, commas between 32-bit chunks, one trailing newline. A set
 * bit at or beyond nr_cpumask_bits (= nr_cpu_ids with CPUMASK_OFFSTACK, as on
 * Ubuntu) is -EOVERFLOW; anything else that is not hex is -EINVAL.
 */
export function parseKernelMask(text: string): KernelParse {
  const s = text.replace(/\n$/, '');
  if (!/^[0-9a-fA-F,]*$/.test(s) || s.startsWith(',') || s.endsWith(',') || s.includes(',,')) return { ok: false, errno: 'EINVAL' };
  const chunks = s === '' ? [] : s.split(',');
  if (chunks.some((c) => c.length === 0 || c.length > 8)) return { ok: false, errno: 'EINVAL' };
  const cpus: number[] = [];
  chunks.reverse().forEach((chunk, k) => {
    const v = Number.parseInt(chunk, 16);
    for (let b = 0; b < 32; b++) if (v & (2 ** b)) cpus.push(k * 32 + b);
  });
  if (cpus.some((c) => c >= NCPUS)) return { ok: false, errno: 'EOVERFLOW' };
  return { ok: true, cpus };
}

/**
 * bitmap_parselist (lib/bitmap-str.c), as smp_affinity_list uses it: "0-3,5",
 * "0-7:2/4" (groups), one trailing newline. A CPU at or beyond the bitmap is
 * -ERANGE; malformed text is -EINVAL.
 */
export function parseKernelList(text: string): KernelParse {
  const s = text.replace(/\n$/, '').trim();
  if (s === '') return { ok: true, cpus: [] };
  const cpus: number[] = [];
  for (const part of s.split(',')) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+)\/(\d+))?)?$/.exec(part);
    if (!m) return { ok: false, errno: 'EINVAL' };
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    const used = m[3] === undefined ? 1 : Number(m[3]);
    const group = m[4] === undefined ? 1 : Number(m[4]);
    if (end < start || used === 0 || group === 0 || used > group) return { ok: false, errno: 'EINVAL' };
    if (end >= NCPUS) return { ok: false, errno: 'ERANGE' };
    for (let c = start; c <= end; c++) if ((c - start) % group < used) cpus.push(c);
  }
  return { ok: true, cpus };
}

/**
 * util-linux cpulist_parse (lib/cpuset.c) as taskset -c calls it: "0-3,5",
 * strides "0-31:2". CPUs beyond the set are ignored rather than refused.
 * Returns undefined when the text is not a list.
 */
export function parseUtilList(text: string): number[] | undefined {
  if (text === '') return undefined;
  const cpus: number[] = [];
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+))?)?$/.exec(part);
    if (!m) return undefined;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    const stride = m[3] === undefined ? 1 : Number(m[3]);
    if (end < start || stride === 0) return undefined;
    for (let c = start; c <= Math.min(end, 4095); c += stride) cpus.push(c);
  }
  return cpus;
}

/** util-linux cpumask_parse: hex, optional 0x prefix. Returns undefined when the text is not a mask. */
export function parseUtilMask(text: string): number[] | undefined {
  const s = text.toLowerCase().startsWith('0x') ? text.slice(2) : text;
  if (!/^[0-9a-f,]+$/i.test(s)) return undefined;
  const digits = s.replace(/,/g, '');
  const cpus: number[] = [];
  for (let i = 0; i < digits.length; i++) {
    const nibble = Number.parseInt(digits[digits.length - 1 - i]!, 16);
    for (let b = 0; b < 4; b++) if (nibble & (1 << b)) cpus.push(i * 4 + b);
  }
  return cpus;
}
