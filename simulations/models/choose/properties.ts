/**
 * What the stacks model does not know and a choice depends on: which API an
 * application writes against, which protocols come with the stack, which NICs
 * it runs on, whether the kernel keeps the NIC and its tools. Each claim names
 * its source, an id in content/references.ts (the content check verifies them).
 * Numbers (per-core rate, latency, copies) are not here: they come from the
 * stacks model (figures.ts).
 */
import type { StackId } from '../stacks/stacks';

export const NIC_CLASSES = ['any', 'intel', 'nvidia', 'amd'] as const;
export type NicClass = (typeof NIC_CLASSES)[number];

export const PROTOCOLS = ['raw', 'udp', 'tcp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export type Fit = 'meets' | 'partly' | 'fails';

/** A stated property with its source: a reference id. */
export type Claim = { fit: Fit; text: string; source: string };

/** What the application is written against: raw frames, the stack's own API, or BSD sockets. */
export type ApiKind = 'raw' | 'own' | 'sockets';

export type StackProperties = {
  api: ApiKind;
  /** Each protocol the application may need: does the stack bring it? */
  protocols: Record<Protocol, Claim>;
  /** The NIC the reader has: does the stack run on it, and at the speed the model assumes? */
  hardware: Record<NicClass, Claim>;
  /** The table's "hardware needed" cell. */
  needs: string;
  /** Does the kernel keep driving the NIC (its netdev stays up for other traffic)? */
  kernelKeepsNic: boolean;
  /** Do ip, ethtool, tcpdump, netfilter and ss still see the traffic: all of it, what the stack does not take, or none? */
  kernelTools: 'yes' | 'partly' | 'no';
  /** The requirement "the kernel must keep the NIC and its tools", and where a NIC changes the answer. */
  keepKernel: Claim;
  keepKernelOn?: Partial<Record<NicClass, Claim>>;
  /** True for XDP: all the per-packet work runs as an eBPF program in the driver. */
  inDriver?: boolean;
  /**
   * How much changes to adopt it, the guide's tie-break between stacks that fit
   * equally well on equally many cores: 0 nothing, 1 configuration (sysctl,
   * ethtool, CPUs), 2 a library under unchanged binaries, 3 new code against a
   * raw API while the kernel keeps the NIC, 4 new code on a NIC or queues the
   * stack takes over, or a vendor's own interface. A judgement, stated here so
   * it can be argued with.
   */
  change: 0 | 1 | 2 | 3 | 4;
};

const claim = (fit: Fit, text: string, source: string): Claim => ({ fit, text, source });
const all = (c: Claim): Record<NicClass, Claim> => ({ any: c, intel: c, nvidia: c, amd: c });

// ── Protocols ──
const KERNEL_PROTOCOLS: Record<Protocol, Claim> = {
  raw: claim('meets', 'Raw frames through AF_PACKET sockets (the model’s figures are for UDP sockets).', 'man-packet7'),
  udp: claim('meets', 'The kernel’s own UDP.', 'man-udp7'),
  tcp: claim('meets', 'The kernel’s own TCP.', 'man-socket7'),
};
const rawOnly = (api: string, source: string, tcpHint = 'A user-space TCP stack would have to sit on top.'): Record<Protocol, Claim> => ({
  raw: claim('meets', `Hands the application raw Ethernet frames (${api}).`, source),
  udp: claim('partly', 'UDP is the application’s job: it parses the headers and answers ARP and ICMP itself.', source),
  tcp: claim('fails', `No TCP: the application gets raw frames. ${tcpHint}`, source),
});
const socketStack = (name: string, rawHint: string, source: string): Record<Protocol, Claim> => ({
  raw: claim('fails', `${name} accelerates UDP and TCP sockets, not raw frames; ${rawHint}.`, source),
  udp: claim('meets', `${name} runs UDP in user space behind the socket API.`, source),
  tcp: claim('meets', `${name} runs TCP in user space behind the socket API.`, source),
});

// ── Hardware ──
const ANY_NIC = all(claim('meets', 'Runs on any NIC with a Linux driver.', 'kernel-napi'));
/** Native XDP in the driver: i40e/ixgbe/ice, mlx5 (the XDP paper's ConnectX-5), sfc; any other driver only in generic (SKB) mode. */
const nativeXdp = (what: string): Record<NicClass, Claim> => ({
  any: claim('partly', `Without a native XDP driver ${what} runs in generic (SKB) mode, slower than the model’s figure.`, 'cilium-bpf-xdp'),
  intel: claim('meets', 'Intel’s i40e driver runs XDP natively (kernel 4.14 and later).', 'intel-i40e-xdp'),
  nvidia: claim('meets', 'The mlx5 driver runs XDP natively: the XDP paper measured on ConnectX-5.', 'xdp2018'),
  amd: claim('meets', 'The sfc driver runs XDP programs natively.', 'linux-sfc-xdp'),
});
const DPDK_HARDWARE: Record<NicClass, Claim> = {
  any: claim(
    'partly',
    'Needs a poll-mode driver for the NIC; DPDK’s AF_XDP driver runs on anything with an XDP driver, but at AF_XDP speed.',
    'dpdk-nic-guides',
  ),
  intel: claim('meets', 'Intel poll-mode drivers (ixgbe, i40e, ice).', 'dpdk-nic-guides'),
  nvidia: claim('meets', 'The mlx5 poll-mode driver.', 'dpdk-nic-guides'),
  amd: claim('meets', 'The sfc_efx poll-mode driver.', 'dpdk-nic-guides'),
};
const SOLARFLARE_ONLY = (name: string): Record<NicClass, Claim> => ({
  ...all(claim('fails', `${name} is AMD Solarflare’s own interface: it needs a Solarflare adapter.`, 'amd-ug1586')),
  amd: claim('meets', `${name} runs on AMD Solarflare adapters.`, 'amd-ug1586'),
});

// ── The kernel's hold on the NIC ──
const KEEPS = claim('meets', 'The kernel keeps the NIC; ip, ethtool, tcpdump and netfilter work as before.', 'kernel-napi');
const XDP_KEEPS = claim(
  'meets',
  'The kernel keeps the NIC and everything passed on meets the normal stack; frames the program drops or redirects skip tcpdump and netfilter.',
  'cilium-bpf-xdp',
);
const bypassedTraffic = (name: string, source: string) =>
  claim('partly', `The kernel keeps the NIC, but traffic ${name} accelerates never reaches its stack: tcpdump, netfilter and ss do not see it.`, source);
const VFIO_TAKES = claim(
  'fails',
  'The NIC is unbound from its kernel driver and bound to vfio-pci: the kernel and its tools no longer see the port.',
  'dpdk-linux-drivers',
);
const BIFURCATED = claim(
  'partly',
  'On NVIDIA NICs the mlx5 driver is bifurcated: the kernel keeps the netdev, but the traffic DPDK takes skips the kernel’s tools.',
  'dpdk-linux-drivers',
);

export const STACK_PROPERTIES: Record<StackId, StackProperties> = {
  kernel: {
    api: 'sockets',
    protocols: KERNEL_PROTOCOLS,
    hardware: ANY_NIC,
    needs: 'any NIC',
    kernelKeepsNic: true,
    kernelTools: 'yes',
    keepKernel: KEEPS,
    change: 0,
  },
  'kernel-tuned': {
    api: 'sockets',
    protocols: KERNEL_PROTOCOLS,
    hardware: ANY_NIC,
    needs: 'any NIC',
    kernelKeepsNic: true,
    kernelTools: 'yes',
    keepKernel: KEEPS,
    change: 1,
  },
  pf_ring: {
    change: 3,
    api: 'raw',
    protocols: rawOnly('pfring_recv()', 'ntop-pfring-zc-guide'),
    hardware: all(claim('meets', 'Runs on the standard kernel drivers.', 'ntop-pfring-zc-guide')),
    needs: 'any NIC (kernel module)',
    kernelKeepsNic: true,
    kernelTools: 'yes',
    keepKernel: claim('meets', 'A kernel module on the standard drivers: packets also continue into the kernel’s stack.', 'ntop-pfring-zc-guide'),
  },
  pf_ring_zc: {
    change: 4,
    api: 'raw',
    protocols: rawOnly('pfring_zc_recv_pkt()', 'ntop-pfring-zc-guide'),
    hardware: {
      any: claim('fails', 'Needs ntop’s ZC drivers (Intel) or its NVIDIA ConnectX module, and a licence.', 'ntop-pfring-zc'),
      intel: claim('meets', 'ntop’s ZC drivers for Intel adapters (licensed).', 'ntop-pfring-zc'),
      nvidia: claim('meets', 'PF_RING 8.1 and later drive ConnectX-4, -5 and -6 natively.', 'ntop-pfring-nvidia'),
      amd: claim('fails', 'ntop’s ZC drivers cover Intel adapters and NVIDIA ConnectX, not Solarflare.', 'ntop-pfring-nvidia'),
    },
    needs: 'Intel (ZC drivers, licence) or NVIDIA ConnectX',
    kernelKeepsNic: false,
    kernelTools: 'no',
    keepKernel: claim('fails', 'Opened as zc:, the device “becomes unavailable to standard networking”.', 'ntop-pfring-zc-guide'),
  },
  netmap: {
    change: 4,
    api: 'raw',
    protocols: rawOnly('netmap rings', 'man-netmap4'),
    hardware: {
      any: claim('partly', 'Without a netmap-patched driver the NIC opens in emulated mode, at reduced performance.', 'netmap-linux-readme'),
      intel: claim('meets', 'Native netmap drivers for ixgbe, igb, i40e and e1000e.', 'netmap-linux-readme'),
      nvidia: claim('partly', 'No native netmap driver for mlx5: emulated mode, at reduced performance.', 'netmap-linux-readme'),
      amd: claim('partly', 'No native netmap driver for sfc: emulated mode, at reduced performance.', 'netmap-linux-readme'),
    },
    needs: 'any; full speed with netmap drivers (Intel)',
    kernelKeepsNic: false,
    kernelTools: 'no',
    keepKernel: claim(
      'fails',
      'In netmap mode the rings belong to the application; the host stack gets only what it passes through the host rings.',
      'man-netmap4',
    ),
  },
  dpdk: {
    change: 4,
    api: 'raw',
    protocols: rawOnly('rte_eth_rx_burst()', 'dpdk-pmd', 'TLDK is one such stack, built on DPDK.'),
    hardware: DPDK_HARDWARE,
    needs: 'a NIC with a poll-mode driver',
    kernelKeepsNic: false,
    kernelTools: 'no',
    keepKernel: VFIO_TAKES,
    keepKernelOn: { nvidia: BIFURCATED },
  },
  af_xdp: {
    change: 3,
    api: 'raw',
    protocols: rawOnly('AF_XDP socket rings', 'kernel-af-xdp'),
    hardware: nativeXdp('AF_XDP'),
    needs: 'any; native XDP driver for speed',
    kernelKeepsNic: true,
    kernelTools: 'partly',
    keepKernel: XDP_KEEPS,
  },
  af_xdp_zc: {
    change: 3,
    api: 'raw',
    protocols: rawOnly('AF_XDP socket rings', 'kernel-af-xdp'),
    hardware: {
      any: claim('partly', 'Zero copy needs driver support; without it the bind falls back to copy mode (the AF_XDP copy-mode row).', 'kernel-af-xdp'),
      intel: claim('meets', 'Intel’s i40e supports AF_XDP zero copy (kernel 4.18 and later), as do ixgbe and ice.', 'intel-i40e-xdp'),
      nvidia: claim('meets', 'mlx5 supports AF_XDP zero copy (Linux 5.3 and later).', 'linux-mlx5-xsk-zc'),
      amd: claim('partly', 'Zero copy depends on the driver; bind with XDP_ZEROCOPY to find out, or get copy mode.', 'kernel-af-xdp'),
    },
    needs: 'a driver with AF_XDP zero copy (i40e, ice, ixgbe, mlx5)',
    kernelKeepsNic: true,
    kernelTools: 'partly',
    keepKernel: XDP_KEEPS,
  },
  xdp_drop: {
    change: 3,
    api: 'raw',
    protocols: {
      raw: claim('meets', 'An eBPF program sees each raw frame in the driver and drops, passes, rewrites or redirects it.', 'xdp2018'),
      udp: claim(
        'partly',
        'The eBPF program can read and rewrite UDP headers, but delivers nothing to a socket: whatever it passes takes the normal stack.',
        'xdp2018',
      ),
      tcp: claim('fails', 'No TCP in the driver: an XDP program can filter TCP packets but not terminate connections.', 'xdp2018'),
    },
    hardware: nativeXdp('XDP'),
    needs: 'any; native XDP driver for speed',
    kernelKeepsNic: true,
    kernelTools: 'partly',
    keepKernel: XDP_KEEPS,
    inDriver: true,
  },
  onload: {
    change: 2,
    api: 'sockets',
    protocols: socketStack('OpenOnload', 'for raw frames its ef_vi layer is the API', 'onload-readme'),
    hardware: {
      ...all(
        claim(
          'partly',
          'Other NICs only through Onload’s AF_XDP back end, which its README calls not yet release quality; the published latencies are on Solarflare.',
          'onload-readme',
        ),
      ),
      amd: claim('meets', 'Built for AMD Solarflare adapters.', 'amd-ug1586'),
    },
    needs: 'AMD Solarflare (others via AF_XDP)',
    kernelKeepsNic: true,
    kernelTools: 'partly',
    keepKernel: bypassedTraffic('Onload', 'onload-readme'),
  },
  vma: {
    change: 2,
    api: 'sockets',
    protocols: socketStack('VMA', 'for raw frames use verbs or DPDK', 'nvidia-vma-docs'),
    hardware: {
      ...all(claim('fails', 'VMA needs an NVIDIA ConnectX adapter (ConnectX-5 and ConnectX-7 certified).', 'nvidia-vma-sysreq')),
      nvidia: claim('meets', 'Certified on ConnectX-5 and ConnectX-7.', 'nvidia-vma-sysreq'),
    },
    needs: 'NVIDIA ConnectX',
    kernelKeepsNic: true,
    kernelTools: 'partly',
    keepKernel: bypassedTraffic('VMA', 'nvidia-vma-docs'),
  },
  tldk: {
    change: 4,
    api: 'own',
    protocols: {
      raw: claim('fails', 'TLDK is UDP and TCP libraries on DPDK; for raw frames, use DPDK itself.', 'fdio-tldk'),
      udp: claim('partly', 'UDP streams are there, but ARP, IP routing and the I/O loop are the application’s.', 'fdio-tldk'),
      tcp: claim('partly', 'TCP streams are there, but ARP, IP routing and the I/O loop are the application’s.', 'fdio-tldk'),
    },
    hardware: DPDK_HARDWARE,
    needs: 'as DPDK',
    kernelKeepsNic: false,
    kernelTools: 'no',
    keepKernel: VFIO_TAKES,
    keepKernelOn: { nvidia: BIFURCATED },
  },
  ef_vi: {
    change: 4,
    api: 'raw',
    protocols: rawOnly('ef_eventq_poll()', 'amd-ug1586', 'Onload or TCPDirect sit on top of ef_vi for that.'),
    hardware: SOLARFLARE_ONLY('ef_vi'),
    needs: 'AMD Solarflare',
    kernelKeepsNic: true,
    kernelTools: 'partly',
    keepKernel: bypassedTraffic('ef_vi', 'amd-ug1586'),
  },
};

/** Every claim a stack's row makes, each with the reference it rests on (tests check those exist in content/references.ts). */
export function claimsOf(p: StackProperties): Claim[] {
  return [...Object.values(p.protocols), ...Object.values(p.hardware), p.keepKernel, ...Object.values(p.keepKernelOn ?? {})];
}
