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
    summary: 'Rings, coalescing, RSS, affinity, budgets and buffers: the standard knobs, what each one buys, and why it still is not line rate.',
    status: 'planned',
  },
  {
    order: 5,
    slug: 'receive-livelock',
    title: 'Receive livelock, and why NAPI exists',
    summary: 'Push an interrupt-driven kernel hard enough and it delivers nothing at all; the 1990s fix still shapes Linux today.',
    status: 'planned',
  },
  {
    order: 6,
    slug: 'kernel-bypass',
    title: 'Kernel bypass: how it works',
    summary: 'Poll-mode drivers, UIO and VFIO, hugepages, busy polling, batching and zero copy: the tricks that remove the kernel from the data path.',
    status: 'planned',
  },
  {
    order: 7,
    slug: 'bypass-family',
    title: 'The bypass family compared',
    summary: 'PF_RING, netmap, DPDK, XDP and AF_XDP side by side: who owns the NIC, who copies, and what each costs per packet.',
    status: 'planned',
  },
  {
    order: 8,
    slug: 'user-space-stacks',
    title: 'Full user-space stacks and the microsecond',
    summary: 'OpenOnload, VMA, TLDK and ef_vi put TCP and UDP in user space; here is where their microsecond-scale half round trips come from.',
    status: 'planned',
  },
  {
    order: 9,
    slug: 'safety',
    title: 'Bypass without giving up safety',
    summary: 'IOMMU, VFIO, SR-IOV and hardware filters let a user-space data plane go fast without handing it the keys to the machine.',
    status: 'planned',
  },
  {
    order: 10,
    slug: 'diagnose',
    title: 'Diagnosing your own machine',
    summary: 'A field guide: the commands to run, the counters to read and the order to read them in when packets go missing.',
    status: 'planned',
  },
];
