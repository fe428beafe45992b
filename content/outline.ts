/**
 * The map of the whole series, written and planned. <ChapterMap /> renders it;
 * a chapter's slug here must match its file name once it is published.
 */
export type OutlineChapter = {
  order: number;
  slug: string;
  title: string;
  summary: string;
  status: 'published' | 'planned';
};

export const outline: readonly OutlineChapter[] = [
  {
    order: 1,
    slug: 'why-rewrite',
    title: 'Why would anyone rewrite the network stack?',
    summary: 'At 10 GbE a small frame arrives faster than stock Linux can even drop it: the line-rate budget, worked out to the nanosecond.',
    status: 'published',
  },
  {
    order: 2,
    slug: 'receive-path',
    title: 'The Linux receive path, step by step',
    summary: 'Follow one packet from the wire through the NIC, its ring, DMA, the interrupt, NAPI, the softirq and the socket into recv().',
    status: 'published',
  },
  {
    order: 3,
    slug: 'where-packets-die',
    title: 'Where packets get lost, and which counter says so',
    summary: 'Every drop has a place and a counter: learn to tell a full ring from a squeezed softirq from an overflowing socket.',
    status: 'published',
  },
  {
    order: 4,
    slug: 'tuning',
    title: 'Tuning that doubles the baseline',
    summary:
      'Rings, coalescing, RSS, affinity, budgets and buffers, typed as real commands into a simulated machine: what each knob buys, why only a few of them raise the rate, and why it still is not line rate.',
    status: 'published',
  },
  {
    order: 5,
    slug: 'kernel-bypass',
    title: 'Bypassing the kernel: packet I/O frameworks',
    summary: 'PF_RING, netmap, DPDK, XDP and AF_XDP: poll-mode drivers, batching, hugepages and zero copy, and what each gives up and keeps.',
    status: 'published',
  },
  {
    order: 6,
    slug: 'user-space-stacks',
    title: 'Whole network stacks in user space',
    summary: 'OpenOnload, VMA, TLDK and ef_vi put UDP and TCP in user space, behind the socket API or their own: where microsecond half round trips come from.',
    status: 'published',
  },
  {
    order: 7,
    slug: 'safety',
    title: 'Without sacrificing security',
    summary:
      'IOMMU and VFIO, SR-IOV, hardware filters and privileges let a user-space data plane go fast without handing it the machine; what you lose and how to get it back.',
    status: 'published',
  },
  {
    order: 8,
    slug: 'choosing',
    title: 'Choosing your path',
    summary: 'From your rate, frame sizes, latency, protocol and team to a recommendation, with every stack side by side.',
    status: 'published',
  },
];
