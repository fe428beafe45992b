/**
 * The glossary: every technical term the chapters link with <Term id="…">.
 * `stage` picks the pipeline colour the term is drawn in, so words in the prose
 * match the parts of the simulations they name. `short` is a one-sentence
 * tooltip (≤ 160 characters); `long` is the glossary page entry.
 */
import { formatQuotable, quotable, type ConstForm } from '@/simulations/quotable';

/**
 * A constant of simulations/quotable.ts as <Const id show> prints it in the
 * chapters: numbers the models know are quoted, never retyped (see
 * docs/authoring.md), and the glossary prints them as the prose does.
 */
function quote(id: string, show?: ConstForm): string {
  const q = quotable[id];
  if (!q) throw new Error(`content/glossary.ts quotes unknown constant "${id}" (simulations/quotable.ts)`);
  return formatQuotable(q, show);
}

export type StageId = 'wire' | 'nic' | 'dma' | 'irq' | 'softirq' | 'stack' | 'socket' | 'app' | 'bypass' | 'cpu';

export type GlossaryEntry = {
  id: string;
  term: string;
  stage: StageId;
  short: string;
  long?: string;
  refs?: readonly string[];
  aka?: readonly string[];
};

export const glossary: readonly GlossaryEntry[] = [
  // ── On the wire ──────────────────────────────────────────────────────────
  {
    id: 'line-rate',
    term: 'line rate',
    stage: 'wire',
    short: 'The most a link can carry: back-to-back frames at its nominal bit rate, with only the mandatory preamble and gap between them.',
    long: `Line rate is a link running flat out. For minimum-size frames on 10 GbE it means ${quote('line-rate-10g-min-frame')} (million packets per second), one every ${quote('line-rate-10g-min-frame-ns')}, because each ${quote('min-frame', 'adjective')} frame also occupies ${quote('wire-overhead', 'words')} of preamble, delimiter and gap.`,
    refs: ['ieee8023', 'rizzo2012-queue'],
    aka: ['wire speed', 'wire rate'],
  },
  {
    id: 'pps',
    term: 'packets per second',
    stage: 'wire',
    short: 'How many packets pass a point each second. Most stack costs are paid per packet, so this, not bits per second, is what loads the CPU.',
    long: 'Packet rate is written pps, kpps or Mpps. A link full of small frames carries far more packets than one full of large frames at the same bit rate, and per-packet work (interrupts, allocations, lookups, system calls) scales with the packet count.',
    refs: ['rizzo2012-queue'],
    aka: ['pps', 'Mpps', 'packet rate'],
  },
  {
    id: 'frame',
    term: 'Ethernet frame',
    stage: 'wire',
    short: `One unit on an Ethernet link: two MAC addresses, an EtherType, the payload and a ${quote('fcs', 'adjective')} checksum; ${quote('min-frame', 'value')} to ${quote('max-frame', 'words')} in standard Ethernet.`,
    long: `A frame runs from the destination MAC address to the frame check sequence (FCS). Payloads shorter than ${quote('min-payload', 'words')} are padded, so no frame is shorter than ${quote('min-frame', 'words')}; a full ${quote('max-payload', 'adjective')} payload makes a ${quote('max-frame', 'adjective')} frame (${quote('max-frame-vlan', 'value')} with a VLAN tag).`,
    refs: ['ieee8023'],
    aka: ['frame', 'FCS'],
  },
  {
    id: 'preamble',
    term: 'preamble',
    stage: 'wire',
    short: 'Seven bytes of alternating ones and zeros sent before every frame so the receiver can lock onto the signal’s timing.',
    refs: ['ieee8023'],
  },
  {
    id: 'sfd',
    term: 'start-of-frame delimiter',
    stage: 'wire',
    short: 'The single byte after the preamble that marks where the frame itself begins.',
    refs: ['ieee8023'],
    aka: ['SFD'],
  },
  {
    id: 'ifg',
    term: 'inter-frame gap',
    stage: 'wire',
    short: `The idle time a sender must leave after each frame: ${quote('ifg-bit-times')}, the wire time of ${quote('ifg', 'words')}, at every Ethernet speed.`,
    long: `The gap gives receivers a moment between frames. Together with the preamble and delimiter it adds ${quote('wire-overhead', 'words')} of wire time to every frame, which is why a ${quote('min-frame', 'adjective')} frame costs ${quote('min-frame-wire', 'words')} of link capacity.`,
    refs: ['ieee8023'],
    aka: ['IFG', 'interpacket gap', 'IPG'],
  },
  {
    id: 'mtu',
    term: 'MTU',
    stage: 'wire',
    short: `Maximum transmission unit: the largest packet a link carries in one frame, ${quote('max-payload', 'words')} of payload on standard Ethernet.`,
    refs: ['ieee8023'],
    aka: ['maximum transmission unit'],
  },
  {
    id: 'jumbo-frame',
    term: 'jumbo frame',
    stage: 'wire',
    short: `A frame bigger than the ${quote('max-frame', 'adjective')} Ethernet maximum, commonly about ${quote('jumbo-frame', 'words')}; every NIC and switch on the path must be configured for it.`,
    long: 'Jumbo frames cut the packet rate for bulk transfers roughly sixfold, but IEEE 802.3 does not define them, sizes vary by vendor, and they only help traffic you control end to end.',
    refs: ['ieee8023'],
    aka: ['jumbo frames'],
  },

  // ── The network card ─────────────────────────────────────────────────────
  {
    id: 'nic',
    term: 'NIC',
    stage: 'nic',
    short: 'Network interface card: turns signals on the wire into frames in memory and back. Modern NICs have many queues, filters and offloads.',
    aka: ['network interface card', 'network adapter'],
  },
  {
    id: 'rx-ring',
    term: 'RX ring',
    stage: 'nic',
    short: 'A circular array of descriptors shared by NIC and driver; each points at a buffer the NIC may fill with an arriving frame.',
    long: 'The driver fills the ring with empty buffers; the NIC writes frames into them and marks the descriptors done; the driver harvests them and refills. When the driver falls behind and no free descriptor is left, the NIC drops the frame and counts it (rx_missed_errors or similar).',
    refs: ['packagecloud2016'],
    aka: ['descriptor ring', 'receive ring', 'descriptor', 'ring buffer'],
  },
  {
    id: 'rss',
    term: 'RSS',
    stage: 'nic',
    short: 'Receive-side scaling: the NIC hashes each packet’s addresses and ports to pick one of several receive queues, spreading flows over cores.',
    long: 'Each receive queue has its own ring and interrupt, usually handled by a different core. Packets of one flow always hash to the same queue, so a single heavy flow still lands on one core.',
    refs: ['kernel-scaling'],
    aka: ['receive-side scaling', 'multi-queue'],
  },
  {
    id: 'sr-iov',
    term: 'SR-IOV',
    stage: 'nic',
    short:
      'Single-root I/O virtualisation: one physical NIC presents many virtual functions, each with its own queues, that can be handed to VMs or processes.',
    aka: ['virtual function', 'VF'],
  },
  {
    id: 'port-buffer',
    term: 'port buffer',
    stage: 'nic',
    short: 'The NIC’s own packet memory, before any ring. When it overflows the NIC drops frames (rx_discards_phy on mlx5) or asks the sender to pause.',
    refs: ['kernel-mlx5-counters'],
    aka: ['rx_discards_phy', 'packet buffer'],
  },
  {
    id: 'rx-missed-errors',
    term: 'rx_missed_errors',
    stage: 'nic',
    short: 'The standard counter for frames the NIC dropped because the host left no free descriptor in the ring: the host did not keep up.',
    long: 'Drivers name it differently in ethtool -S (rx_missed_errors on Intel, rx_out_of_buffer on mlx5). ip -s link shows it as “missed”; /proc/net/dev folds it into its drop column.',
    refs: ['kernel-statistics', 'kernel-mlx5-counters'],
    aka: ['rx_out_of_buffer', 'missed', 'rx_no_buffer_count'],
  },
  {
    id: 'bufferbloat',
    term: 'bufferbloat',
    stage: 'nic',
    short: 'Queues so deep that packets wait in them for a long time: fewer drops, at the price of latency for everything behind them.',
    long: 'A bigger ring or socket buffer absorbs a longer burst, but under sustained overload it only fills up and holds every packet longer. Red Hat’s tuning guide warns against growing queues without a specific problem to solve.',
    refs: ['redhat-rhel6-tuning'],
    aka: ['buffer bloat'],
  },

  // ── DMA and memory ───────────────────────────────────────────────────────
  {
    id: 'dma',
    term: 'DMA',
    stage: 'dma',
    short: 'Direct memory access: the NIC writes arriving frames straight into RAM without the CPU copying them.',
    long: 'The CPU only learns that a frame arrived afterwards, from a descriptor status bit or an interrupt. DMA costs no CPU time, but the data then has to travel into the CPU’s caches when software first touches it.',
    aka: ['direct memory access'],
  },
  {
    id: 'zero-copy',
    term: 'zero copy',
    stage: 'dma',
    short: 'Handing the application the very buffer the NIC wrote into, instead of copying the packet bytes into another buffer first.',
    refs: ['rizzo2012-atc', 'ntop-pfring-zc', 'kernel-af-xdp'],
    aka: ['zero-copy', 'ZC'],
  },
  {
    id: 'iommu',
    term: 'IOMMU',
    stage: 'dma',
    short: 'Hardware that translates and restricts the addresses a device may DMA to, so a NIC, or the program driving it, cannot write over unrelated memory.',
    refs: ['kernel-vfio'],
    aka: ['I/O memory management unit', 'VT-d', 'AMD-Vi'],
  },

  // ── Interrupts ───────────────────────────────────────────────────────────
  {
    id: 'hard-irq',
    term: 'interrupt',
    stage: 'irq',
    short: 'A hardware signal that makes the CPU drop what it is doing and run a driver’s handler. Fine per event, ruinous once per packet at high rates.',
    refs: ['napi-howto'],
    aka: ['hard IRQ', 'IRQ', 'hardware interrupt'],
  },
  {
    id: 'ipi',
    term: 'inter-processor interrupt',
    stage: 'irq',
    short: 'An interrupt one CPU sends another, for instance to make it process the packets RPS just queued on its backlog.',
    refs: ['kernel-scaling'],
    aka: ['IPI'],
  },
  {
    id: 'interrupt-coalescing',
    term: 'interrupt coalescing',
    stage: 'irq',
    short: 'Making the NIC wait for a few packets or microseconds before interrupting: fewer interrupts, more latency.',
    long: 'Set with ethtool -C (rx-usecs, rx-frames, adaptive-rx). It trades up to rx-usecs of extra latency for fewer interrupts per packet.',
    refs: ['packagecloud2016'],
    aka: ['interrupt moderation', 'ITR'],
  },
  {
    id: 'irq-affinity',
    term: 'IRQ affinity',
    stage: 'irq',
    short: 'The CPUs an interrupt may be delivered to, in /proc/irq/N/smp_affinity (a mask) or smp_affinity_list (a list); irqbalance may rewrite it.',
    refs: ['kernel-irq-affinity'],
    aka: ['smp_affinity', 'smp_affinity_list'],
  },
  {
    id: 'receive-livelock',
    term: 'receive livelock',
    stage: 'irq',
    short: 'Overload collapse: the CPU spends its time on early work for packets it later drops, and useful output falls toward zero.',
    long: 'Described by Mogul and Ramakrishnan for interrupt-driven kernels: as input rises past a peak, delivered throughput falls instead of levelling off. The cure is to poll under load and drop early, which is what NAPI does.',
    refs: ['mogul1996-livelock'],
    aka: ['livelock'],
  },

  // ── Softirq and NAPI ─────────────────────────────────────────────────────
  {
    id: 'napi',
    term: 'NAPI',
    stage: 'softirq',
    short:
      'Linux’s receive scheme: the first packet raises an interrupt, then the driver polls the ring with interrupts off until it is empty or a budget runs out.',
    long: `NAPI (the “new API”, 2001) mixes interrupts at low load with polling at high load. Each poll handles up to dev_weight packets (${quote('dev-weight')} by default); interrupts are re-enabled only when the ring is drained.`,
    refs: ['salim2001-softnet', 'napi-howto', 'kernel-napi'],
  },
  {
    id: 'softirq',
    term: 'softirq',
    stage: 'softirq',
    short: 'Deferred kernel work that runs after a hard interrupt, outside its handler; most receive processing happens in the NET_RX softirq.',
    refs: ['packagecloud2016'],
    aka: ['NET_RX_SOFTIRQ', 'bottom half'],
  },
  {
    id: 'ksoftirqd',
    term: 'ksoftirqd',
    stage: 'softirq',
    short: 'A per-CPU kernel thread that takes over softirq work when there is too much of it, so user processes still get CPU time.',
    refs: ['packagecloud2016'],
  },
  {
    id: 'netdev-budget',
    term: 'netdev_budget',
    stage: 'softirq',
    short: `The most packets one NET_RX softirq round may process on a CPU (default ${quote('netdev-budget')}) before it yields; netdev_budget_usecs caps the time too.`,
    long: 'When a round stops with packets still waiting, the time_squeeze column of /proc/net/softnet_stat goes up. Work continues in a later round or in ksoftirqd.',
    refs: ['kernel-sysctl-net'],
    aka: ['netdev_budget_usecs', 'time_squeeze'],
  },
  {
    id: 'time-squeeze',
    term: 'time_squeeze',
    stage: 'softirq',
    short: 'Third column of /proc/net/softnet_stat: softirq rounds that ran out of netdev_budget or time with packets still waiting. Not a drop itself.',
    long: 'A rising time_squeeze means receive work is being deferred to the next round or to ksoftirqd. It only turns into loss if the ring fills meanwhile, which rx_missed_errors then records.',
    refs: ['packagecloud2016', 'kernel-sysctl-net'],
    aka: ['squeezed'],
  },
  {
    id: 'backlog',
    term: 'backlog',
    stage: 'softirq',
    short: 'A per-CPU input queue used by RPS and by old non-NAPI drivers; over netdev_max_backlog packets it drops and counts softnet_stat dropped.',
    long: `Its limit is net.core.netdev_max_backlog, ${quote('netdev-max-backlog')} packets by default. Drops here appear in the second column of /proc/net/softnet_stat and in the interface’s rx_dropped.`,
    refs: ['kernel-sysctl-net', 'kernel-scaling'],
    aka: ['netdev_max_backlog', 'input_pkt_queue'],
  },
  {
    id: 'softnet-stat',
    term: 'softnet_stat',
    stage: 'softirq',
    short: '/proc/net/softnet_stat: one line per CPU, in hex: packets processed, packets dropped at a full backlog, time_squeeze, and more.',
    refs: ['packagecloud2016'],
    aka: ['/proc/net/softnet_stat'],
  },
  {
    id: 'rps',
    term: 'RPS/RFS',
    stage: 'softirq',
    short:
      'Receive packet steering spreads received packets to other CPUs in software; receive flow steering sends each flow to the CPU its application runs on.',
    refs: ['kernel-scaling'],
    aka: ['RPS', 'RFS', 'receive packet steering', 'receive flow steering'],
  },

  // ── The protocol stack ───────────────────────────────────────────────────
  {
    id: 'skb',
    term: 'sk_buff',
    stage: 'stack',
    short: 'The kernel’s per-packet bookkeeping structure. Every received packet gets one allocated, filled in, passed up the stack and freed.',
    refs: ['packagecloud2016'],
    aka: ['skb', 'socket buffer'],
  },
  {
    id: 'gro',
    term: 'GRO',
    stage: 'stack',
    short:
      'Generic Receive Offload: merges consecutive packets of one flow into one large sk_buff, so the stack above pays its per-packet costs once per batch.',
    long: 'GRO runs in the NAPI poll. It merges TCP segments readily; plain UDP datagrams stay separate unless the receiving socket opts in with UDP_GRO.',
    refs: ['packagecloud2016', 'man-udp7'],
    aka: ['Generic Receive Offload', 'LRO'],
  },
  {
    id: 'drop-reason',
    term: 'drop reason',
    stage: 'stack',
    short:
      'Since Linux 5.17 the kfree_skb tracepoint says why a packet was freed unused (NO_SOCKET, SOCKET_RCVBUFF, NETFILTER_DROP…); perf and dropwatch read it.',
    refs: ['linux-dropreason', 'dropwatch'],
    aka: ['kfree_skb_reason', 'skb:kfree_skb', 'dropwatch'],
  },
  {
    id: 'conntrack',
    term: 'connection tracking',
    stage: 'stack',
    short: 'Netfilter’s record of every flow’s state, used by stateful firewalls and NAT. Convenient, and a hash lookup and update on every packet.',
    refs: ['xdp2018', 'cloudflare2018-drop'],
    aka: ['conntrack', 'nf_conntrack'],
  },

  // ── Sockets and applications ─────────────────────────────────────────────
  {
    id: 'socket-buffer',
    term: 'socket receive buffer',
    stage: 'socket',
    short: 'A socket’s queue of received packets waiting for the application; when it is full, new packets are dropped and counted (UDP RcvbufErrors).',
    long: 'Its size is set with SO_RCVBUF, bounded by net.core.rmem_max; the default is net.core.rmem_default. Each packet is charged its full kernel memory footprint, so a buffer holds fewer small packets than its size suggests.',
    refs: ['kernel-sysctl-net'],
    aka: ['rcvbuf', 'SO_RCVBUF', 'rmem'],
  },
  {
    id: 'truesize',
    term: 'truesize',
    stage: 'socket',
    short: 'All the memory a packet occupies in the kernel (data, sk_buff, bookkeeping), which is what a socket buffer is charged for it, not the payload.',
    long: `Linux sizes its default socket buffer, ${quote('rmem-default', 'words')}, as ${quote('rmem-default-packets')} small packets of ${quote('skb-truesize-small', 'words')} of truesize each, so the buffer holds that many small datagrams whatever their payload.`,
    refs: ['linux-sock-h', 'man-socket7'],
    aka: ['SKB_TRUESIZE'],
  },
  {
    id: 'rcvbuf-errors',
    term: 'UdpRcvbufErrors',
    stage: 'socket',
    short: 'Datagrams UDP dropped because the socket’s receive buffer was full; each is also counted in UdpInErrors. Read with nstat -az or netstat -su.',
    refs: ['linux-udp-c', 'packagecloud2016'],
    aka: ['RcvbufErrors', 'receive buffer errors', 'UdpInErrors'],
  },
  {
    id: 'busy-polling',
    term: 'busy polling',
    stage: 'socket',
    short: 'Letting a thread spin on the device queue for a few microseconds from recv() or poll() instead of sleeping, to save wake-up latency.',
    refs: ['kernel-sysctl-net'],
    aka: ['busy_poll', 'busy_read', 'SO_BUSY_POLL'],
  },
  {
    id: 'syscall',
    term: 'system call',
    stage: 'app',
    short: 'A program’s request to the kernel, such as recvfrom(). Entering the kernel and coming back costs tens of nanoseconds before any real work.',
    refs: ['lutomirski2014-audit'],
    aka: ['syscall'],
  },
  {
    id: 'recvmmsg',
    term: 'recvmmsg()',
    stage: 'app',
    short: 'A system call that returns up to a batch of datagrams at once, so one kernel entry is shared by many packets. The per-packet work remains.',
    refs: ['man-recvmmsg2'],
    aka: ['recvmmsg', 'sendmmsg'],
  },

  // ── The CPU ──────────────────────────────────────────────────────────────
  {
    id: 'context-switch',
    term: 'context switch',
    stage: 'cpu',
    short: 'The kernel stopping one thread and running another on a CPU: around a microsecond or two, more once caches and TLB have gone cold.',
    refs: ['blandy-ctxswitch'],
  },
  {
    id: 'cpu-affinity',
    term: 'CPU affinity',
    stage: 'cpu',
    short: 'The CPUs a thread is allowed to run on. taskset reads and sets it; the scheduler never runs the thread anywhere else.',
    refs: ['man-taskset1'],
    aka: ['taskset', 'pinning', 'sched_setaffinity'],
  },
  {
    id: 'cache-miss',
    term: 'cache miss',
    stage: 'cpu',
    short: `Data the CPU needs is not in its cache and must come from further away: tens of nanoseconds, a big slice of a ${quote('line-rate-10g-min-frame-ns')} packet budget.`,
    refs: ['brouer-lca2015', 'molka2015-haswell'],
    aka: ['cache misses'],
  },

  // ── Kernel bypass ────────────────────────────────────────────────────────
  {
    id: 'kernel-bypass',
    term: 'kernel bypass',
    stage: 'bypass',
    short: 'Moving packet I/O out of the kernel: a user-space program or library drives the NIC’s queues directly.',
    long: 'Bypass removes interrupts, per-packet system calls, copies and most of the kernel’s generality from the data path. What it gives up, unless care is taken, is the kernel’s protection, tooling and sharing of the NIC.',
    refs: ['rizzo2012-atc', 'xdp2018'],
    aka: ['user-space networking'],
  },
  {
    id: 'pmd',
    term: 'poll-mode driver',
    stage: 'bypass',
    short: 'A user-space NIC driver that never waits for interrupts: it keeps checking the ring and takes packets in batches.',
    refs: ['dpdk-pmd'],
    aka: ['PMD'],
  },
  {
    id: 'batching',
    term: 'batching',
    stage: 'bypass',
    short: 'Paying a fixed cost (a system call, a ring update, a doorbell write) once for a group of packets instead of once for each.',
    long: 'A cost paid once per burst is shared by every packet in it, so a large batch makes it nearly free. netmap amortises its system calls over whole rings, DPDK receives in bursts, AF_XDP moves descriptors through its rings many at a time, and recvmmsg() returns many datagrams per system call.',
    refs: ['rizzo2012-atc', 'dpdk-l2fwd'],
    aka: ['batch', 'burst', 'bursts'],
  },
  {
    id: 'dpdk',
    term: 'DPDK',
    stage: 'bypass',
    short: 'Data Plane Development Kit: libraries and poll-mode drivers for processing packets entirely in user space.',
    long: `A DPDK application takes over the NIC, polls its rings from dedicated cores and manages packet buffers itself. In the XDP paper’s test it dropped ${quote('dpdk-drop')} on one core.`,
    refs: ['dpdk-pmd', 'xdp2018'],
    aka: ['Data Plane Development Kit'],
  },
  {
    id: 'hugepages',
    term: 'hugepages',
    stage: 'bypass',
    short: 'Memory pages of 2 MB or 1 GB instead of 4 KB, so large packet-buffer pools need far fewer TLB entries.',
    aka: ['huge pages'],
  },
  {
    id: 'vfio',
    term: 'VFIO',
    stage: 'bypass',
    short: 'The Linux framework for handing a PCI device to user space safely, with the IOMMU confining the device’s DMA.',
    refs: ['kernel-vfio'],
    aka: ['UIO', 'vfio-pci'],
  },
  {
    id: 'ebpf',
    term: 'eBPF',
    stage: 'bypass',
    short: 'Small programs the Linux kernel checks with its verifier and compiles to machine code, then runs at hooks such as XDP in a network driver.',
    long: 'The verifier refuses programs that could loop forever or touch memory they should not, so an eBPF program can run inside the kernel without being able to crash it.',
    refs: ['xdp2018', 'cilium-bpf-xdp'],
    aka: ['BPF'],
  },
  {
    id: 'xdp',
    term: 'XDP',
    stage: 'bypass',
    short: 'eXpress Data Path: a verified eBPF program runs in the driver on each received packet, before any sk_buff exists, to drop, redirect or pass it.',
    long: `XDP keeps the kernel in charge of the NIC while giving programmable, early packet processing: ${quote('xdp-drop')} drop on one core in its CoNEXT 2018 evaluation.`,
    refs: ['xdp2018'],
    aka: ['eXpress Data Path'],
  },
  {
    id: 'af-xdp',
    term: 'AF_XDP',
    stage: 'bypass',
    short: 'A socket type that receives packets chosen by an XDP program straight into a user-space memory area (UMEM), optionally without a copy.',
    refs: ['kernel-af-xdp'],
    aka: ['XSK', 'UMEM'],
  },
  {
    id: 'netmap',
    term: 'netmap',
    stage: 'bypass',
    short: 'A framework that gives programs batched access to NIC rings through shared memory; it moved 10 GbE line rate on one core in 2012.',
    refs: ['rizzo2012-atc', 'rizzo2012-queue'],
  },
  {
    id: 'pf-ring',
    term: 'PF_RING',
    stage: 'bypass',
    short: 'ntop’s packet-capture framework; its ZC (zero-copy) drivers let applications read and write NIC rings directly.',
    refs: ['ntop-pfring-zc'],
    aka: ['PF_RING ZC'],
  },
  {
    id: 'openonload',
    term: 'OpenOnload',
    stage: 'bypass',
    short: 'Solarflare’s (now AMD’s) user-space TCP/UDP stack: unmodified socket applications run under it and skip the kernel on the data path.',
    refs: ['amd-ug1586'],
    aka: ['Onload'],
  },
  {
    id: 'vma',
    term: 'VMA',
    stage: 'bypass',
    short: 'Mellanox’s (now NVIDIA’s) Messaging Accelerator: a preloaded library that runs TCP and UDP sockets in user space on its NICs.',
    refs: ['mellanox-vma-brief', 'nvidia-vma-docs'],
    aka: ['libvma', 'Messaging Accelerator'],
  },
  {
    id: 'tldk',
    term: 'TLDK',
    stage: 'bypass',
    short: 'FD.io’s Transport Layer Development Kit: TCP and UDP protocol libraries built to run on top of DPDK.',
    refs: ['fdio-tldk'],
  },
  {
    id: 'ef-vi',
    term: 'ef_vi',
    stage: 'bypass',
    short: 'Solarflare’s (now AMD’s) lowest-level API: send and receive raw Ethernet frames on a virtual interface of the NIC from user space.',
    refs: ['amd-ug1586'],
  },

  // ── Whole stacks in user space, and keeping them safe (chapters 6 and 7) ──
  {
    id: 'half-round-trip',
    term: 'half round trip',
    stage: 'app',
    short: 'Half of a ping-pong’s round-trip time, application to application: one send and one receive. The usual way low-latency stacks are compared.',
    long: 'A benchmark bounces a small message between two hosts many times and halves the round trip. It includes both applications’ send and receive paths, both NICs and the wire, so it is more than the receive latency alone.',
    refs: ['solarflare-ull', 'amd-ug1586'],
    aka: ['½ RTT', 'RTT/2'],
  },
  {
    id: 'user-space-stack',
    term: 'user-space network stack',
    stage: 'bypass',
    short: 'TCP, UDP, IP and ARP run as a library inside the application, on top of kernel-bypass packet I/O, instead of in the kernel.',
    long: 'OpenOnload, VMA and TLDK are examples. The stack keeps connection state, timers and buffers in the process’s memory and drives the NIC’s queues directly; the kernel still owns the device, the routing table and whatever the stack cannot handle.',
    refs: ['amd-ug1586', 'nvidia-vma-docs', 'fdio-tldk-readme'],
    aka: ['user-level stack', 'full user-space stack'],
  },
  {
    id: 'ld-preload',
    term: 'LD_PRELOAD',
    stage: 'socket',
    short:
      'An environment variable that makes the dynamic linker load a library first, so its socket(), recv() and send() replace libc’s in an unmodified program.',
    long: 'Onload (the onload command) and VMA (LD_PRELOAD=libvma.so) use it to take over an application’s sockets without recompiling it. It does not work for statically linked programs, which carry their own copy of libc.',
    refs: ['amd-ug1586', 'nvidia-vma-running'],
  },
  {
    id: 'iommu-group',
    term: 'IOMMU group',
    stage: 'dma',
    short: 'The smallest set of devices the IOMMU can isolate from everything else; VFIO hands devices to user space one whole group at a time.',
    refs: ['kernel-vfio'],
  },
  {
    id: 'ntuple-filter',
    term: 'n-tuple filter',
    stage: 'nic',
    short: 'A rule in the NIC that matches fields such as protocol, addresses and ports and sends the packet to a chosen queue, or drops it.',
    long: 'Set with ethtool -N (after ethtool -K … ntuple on) on NICs that support it. Steering one flow to one queue lets a bypass stack own that queue while the kernel keeps the others.',
    refs: ['man-ethtool8', 'kernel-scaling'],
    aka: ['flow steering rule', 'flow director', 'hardware filter'],
  },
  {
    id: 'flow-bifurcation',
    term: 'flow bifurcation',
    stage: 'nic',
    short: 'Splitting one NIC’s traffic in hardware: chosen flows go to a user-space data plane, everything else stays with the kernel’s driver and stack.',
    refs: ['dpdk-flow-bifurcation', 'dpdk-linux-drivers'],
    aka: ['bifurcated driver'],
  },
  {
    id: 'capabilities',
    term: 'capabilities',
    stage: 'cpu',
    short: 'Root’s powers split into separate privileges (CAP_NET_RAW, CAP_NET_ADMIN, CAP_BPF, CAP_IPC_LOCK, …) that a process can hold one by one.',
    refs: ['man-capabilities7'],
    aka: ['Linux capabilities', 'CAP_NET_RAW', 'CAP_NET_ADMIN'],
  },
  {
    id: 'exception-path',
    term: 'exception path',
    stage: 'bypass',
    short:
      'The way a bypass data plane hands packets it does not handle itself (ARP, SSH, routing protocols) to the kernel’s stack, and takes the kernel’s replies back.',
    refs: ['dpdk-virtio-user-exception'],
    aka: ['slow path'],
  },
];
