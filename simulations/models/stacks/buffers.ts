/**
 * What happens to a packet's buffer on its way to the application, for the
 * stacks of the `zero-copy` figure: either the CPU copies the bytes from a
 * buffer the NIC wrote into one the application owns, and the first buffer is
 * freed; or a pool of buffers is allocated once and only their addresses
 * travel (free ring → NIC → ready ring → application → free ring again): the
 * bytes stay where the NIC put them and only the ownership moves.
 *
 * buffers.test.ts checks each journey against the stacks model (copy mode
 * exactly when copyLoad() counts a copy). Sources: [kernel-af-xdp] UMEM, fill
 * and RX rings, the 16-byte struct xdp_desc ([linux-if-xdp-h]); [dpdk-pmd],
 * [dpdk-sys-reqs] mbufs from a mempool in hugepages, rte_eth_rx_burst() and
 * rte_pktmbuf_free(); [ntop-pfring-zc-guide] PF_RING ZC's buffer pool and
 * PF_RING's copy into its ring; [amd-ug1586] Onload's packet buffers and the
 * socket API's copy into the caller's buffer; [linux-udp-c] copy_to_user.
 */
import type { StackId } from './stacks';

export type CopyJourney = {
  mode: 'copy';
  stack: StackId;
  /** Where the NIC writes the frame. */
  source: { label: string; memory: 'kernel' | 'user' };
  /** The application's buffer the bytes are copied into. */
  dest: { label: string; memory: 'kernel' | 'user' };
  /** Who copies, and in which context. */
  copier: string;
  /** What happens to the source buffer once copied. */
  freed: string;
  /** The frame ('frame') or only the UDP payload ('payload') is copied (as in the stack's copy cost). */
  copies: 'frame' | 'payload';
};

export type ZeroCopyJourney = {
  mode: 'zero';
  stack: StackId;
  /** The preallocated pool the NIC writes into and the application reads from. */
  pool: string;
  /** Where free buffers' addresses wait for the NIC. */
  free: string;
  /** Where filled buffers' addresses wait for the application. */
  ready: string;
  /** The two, in a word or two for the drawing. */
  freeShort: string;
  readyShort: string;
  /** How the application gives a buffer back. */
  release: string;
  /** Bytes that move per packet instead of the frame: a descriptor or a pointer. */
  handleBytes: number;
  /** What that handle is. */
  handle: string;
};

export type BufferJourney = CopyJourney | ZeroCopyJourney;

/** struct xdp_desc { __u64 addr; __u32 len; __u32 options; } (include/uapi/linux/if_xdp.h). */
export const XDP_DESC_BYTES = 16;
/** A pointer to an rte_mbuf on a 64-bit machine. */
export const POINTER_BYTES = 8;

export const BUFFER_JOURNEYS = [
  {
    mode: 'copy',
    stack: 'kernel',
    source: { label: 'sk_buff data', memory: 'kernel' },
    dest: { label: 'the application’s buffer', memory: 'user' },
    copier: 'copy_to_user(), inside recvmsg()',
    freed: 'the sk_buff and its buffer go back to the kernel’s allocator',
    copies: 'payload',
  },
  {
    mode: 'copy',
    stack: 'pf_ring',
    source: { label: 'driver buffer (sk_buff)', memory: 'kernel' },
    dest: { label: 'a slot of PF_RING’s ring, mapped into the application', memory: 'kernel' },
    copier: 'PF_RING’s kernel module, in softirq',
    freed: 'the sk_buff is freed',
    copies: 'frame',
  },
  {
    mode: 'zero',
    stack: 'pf_ring_zc',
    pool: 'ZC buffer pool (hugepages)',
    free: 'RX ring’s empty slots',
    ready: 'RX ring’s filled slots',
    freeShort: 'empty slots',
    readyShort: 'filled slots',
    release: 'the buffer is swapped for a free one from the pool',
    handleBytes: POINTER_BYTES,
    handle: 'a buffer handle',
  },
  {
    mode: 'zero',
    stack: 'dpdk',
    pool: 'mempool of mbufs (hugepages)',
    free: 'RX descriptors, each pointing to an empty mbuf',
    ready: 'array rte_eth_rx_burst() fills with pointers to full mbufs',
    freeShort: 'RX descriptors',
    readyShort: 'rx burst',
    release: 'rte_pktmbuf_free() puts the mbuf back in the mempool',
    handleBytes: POINTER_BYTES,
    handle: 'an mbuf pointer',
  },
  {
    mode: 'copy',
    stack: 'af_xdp',
    source: { label: 'a page of the driver’s ring', memory: 'kernel' },
    dest: { label: 'a UMEM frame taken from the fill ring', memory: 'user' },
    copier: 'the kernel (XDP_REDIRECT to the socket, in copy mode)',
    freed: 'the page goes back to the driver’s ring',
    copies: 'frame',
  },
  {
    mode: 'zero',
    stack: 'af_xdp_zc',
    pool: 'UMEM (the application’s memory)',
    free: 'fill ring',
    ready: 'RX ring',
    freeShort: 'fill ring',
    readyShort: 'RX ring',
    release: 'the application puts the frame’s address back on the fill ring',
    handleBytes: XDP_DESC_BYTES,
    handle: 'a descriptor (address and length)',
  },
  {
    mode: 'copy',
    stack: 'onload',
    source: { label: 'Onload’s packet buffer', memory: 'user' },
    dest: { label: 'the caller’s recv() buffer', memory: 'user' },
    copier: 'Onload’s recv(), in the process (socket semantics)',
    freed: 'the packet buffer goes back on the RX ring',
    copies: 'payload',
  },
] as const satisfies readonly BufferJourney[];

/** The stacks the zero-copy figure offers, in its order. */
export const ZERO_COPY_STACK_IDS = BUFFER_JOURNEYS.map((j) => j.stack);

export function bufferJourney(id: string): BufferJourney {
  const j = BUFFER_JOURNEYS.find((x) => x.stack === id);
  if (!j) throw new RangeError(`No buffer journey for “${id}”; the figure offers ${ZERO_COPY_STACK_IDS.join(', ')}.`);
  return j;
}

/** Phases of one packet in the figure: the same four beats in either mode, so the two can be compared side by side. */
export const BUFFER_PHASES = 4;

/** What happens in each phase, in words, for a frame of `bytes` copied bytes (0 in zero-copy mode). */
export function phaseText(j: BufferJourney, phase: number, bytes: number, buffer: number): string {
  const b = `${bytes.toLocaleString('en-US')} bytes`;
  if (j.mode === 'copy') {
    switch (phase) {
      case 0:
        return `The NIC writes the frame by DMA into ${j.source.label} (${j.source.memory === 'kernel' ? 'kernel memory' : 'the process’s memory'}). No CPU is involved.`;
      case 1:
        return `${capitalise(j.copier)} copies the ${j.copies === 'payload' ? 'payload' : 'frame'}, ${b}, into ${j.dest.label}: the CPU reads every byte once and writes it once.`;
      case 2:
        return `The first buffer is no longer needed: ${j.freed}. For a moment the same bytes were in memory twice.`;
      default:
        return `The application reads its copy in ${j.dest.label}. The next packet pays for the copy again.`;
    }
  }
  switch (phase) {
    case 0:
      return `The NIC writes the frame by DMA into buffer #${buffer} of the ${j.pool}; it found the buffer’s address in the ${j.free}.`;
    case 1:
      return `Only ${j.handle} moves, into the ${j.ready}. The frame stays in buffer #${buffer}.`;
    case 2:
      return `The application takes ${j.handle} and reads buffer #${buffer} in place: it owns the buffer now. Bytes copied: none.`;
    default:
      return `Done with it, ${j.release}. The buffer went round; the bytes never moved.`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
