/**
 * What happens at each step of each stack's data path (paths.ts), in words,
 * in the order of the steps. Only the architectures view loads this; the
 * structure the catalog needs stays in paths.ts. paths.test.ts checks that
 * every step has its sentence. Sources: as paths.ts.
 */
import type { StackId } from './stacks';

export const PATH_NOTES: Record<StackId, readonly string[]> = {
  kernel: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a buffer the driver posted on the ring, then marks the descriptor done. No CPU is involved.',
    'After interrupt moderation (rx-usecs) the NIC raises an interrupt. The handler masks the queue’s interrupt and schedules NAPI.',
    'In softirq, net_rx_action calls the driver’s poll function, which takes up to 64 packets (the NAPI weight) off the ring.',
    'The driver allocates an sk_buff around the buffer and refills the ring slot with a fresh buffer.',
    'GRO, then IP with its route lookup, then UDP: find the socket, charge its memory, queue the sk_buff on it.',
    'The reader is asleep in recvmsg(). The scheduler wakes it and switches it in.',
    'Back in its recvmsg() system call, the reader dequeues the datagram, uncharges its memory and will free the sk_buff.',
    'copy_to_user() copies the payload from the sk_buff into the application’s buffer: the path’s one copy.',
    'recvmsg() returns to user space with the datagram in the application’s own buffer.',
  ],
  'kernel-tuned': [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a buffer the driver posted on the ring, then marks the descriptor done. No CPU is involved.',
    'The reader is already inside recvmsg(), spinning (busy_read 50 µs): it calls the driver’s poll function itself, so no interrupt is needed.',
    'The driver builds the sk_buff and refills the ring, on the reader’s own CPU and inside its system call.',
    'IP and UDP (GRO is off in the tuned preset) queue the sk_buff on the socket.',
    'Still in the same system call: dequeue the datagram, uncharge its memory. No wake-up: the reader never slept.',
    'copy_to_user() copies the payload into the application’s buffer: still one copy.',
    'recvmsg() returns with the datagram.',
  ],
  pf_ring: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a buffer the standard driver posted, then marks the descriptor done. No CPU is involved.',
    'After interrupt moderation (rx-usecs) the NIC raises an interrupt. The handler masks the queue’s interrupt and schedules NAPI.',
    'NAPI receives as usual: the standard driver polls the ring and builds an sk_buff.',
    'PF_RING’s kernel module takes the packet at its hook, parses the headers and reserves a slot in its ring.',
    'The kernel copies the whole frame into the slot of PF_RING’s ring, which the application has mapped, and frees the sk_buff.',
    'The application sleeps in poll() on the ring; it is woken and switched in.',
    'poll() returns: the ring has a packet.',
    'pfring_recv() reads the slot straight from the mapped ring and advances the read index: no further system call, no further copy.',
  ],
  pf_ring_zc: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a buffer of the ZC pool (hugepages) that the application owns, then marks the descriptor done. No CPU is involved.',
    'The application’s thread spins in pfring_zc_recv_pkt() on the ring and sees the descriptor on its next turn.',
    'ntop’s ZC driver, running in the application, reads the descriptor and swaps the full buffer for a free one from the pool.',
    'The application reads the frame where the NIC wrote it. The kernel never saw it.',
  ],
  netmap: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into one of netmap’s preallocated buffers, shared with the process, then marks the descriptor done. No CPU is involved.',
    'After interrupt moderation the NIC raises an interrupt. In netmap mode the driver skips NAPI’s stack processing and only wakes the netmap file descriptor.',
    'The application sleeps in poll() on /dev/netmap; it is woken and switched in.',
    'Inside poll(), the kernel runs rxsync: it reads the NIC’s descriptors into the ring’s slots, advances the indices and refills with the buffers the application gave back.',
    'poll() returns: one system call for a whole batch of slots.',
    'The application reads the frames in place in the ring’s slots, mapped into its memory: no copy.',
  ],
  dpdk: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into an mbuf from a mempool in hugepages, mapped for the device by VFIO and the IOMMU, then marks the descriptor done. No CPU is involved.',
    'The application’s core spins calling rte_eth_rx_burst(); the next call finds the descriptor done.',
    'The poll-mode driver, a library in the application, reads the descriptor, fills in the mbuf and refills the slot from the per-core mempool cache: up to 32 packets per call.',
    'The application holds a pointer to the mbuf the NIC wrote into. No interrupt, no system call, no copy.',
  ],
  af_xdp: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a page of the driver’s own ring, not yet the socket’s memory, then marks the descriptor done. No CPU is involved.',
    'After interrupt moderation (rx-usecs) the NIC raises an interrupt. The handler masks the queue’s interrupt and schedules NAPI.',
    'In softirq, net_rx_action calls the driver’s poll function, which takes up to 64 packets (the NAPI weight) off the ring.',
    'The XDP program runs on the raw frame, before any sk_buff, and returns XDP_REDIRECT into the XSKMAP entry of this queue’s AF_XDP socket.',
    'Copy mode: the kernel takes a frame address from the fill ring and copies the packet into that UMEM frame. The driver’s page goes back to its ring.',
    'A descriptor, the frame’s address and length, goes on the socket’s RX ring.',
    'The application, polling the RX ring in shared memory, reads the descriptor and the frame without a system call, then returns the frame on the fill ring.',
  ],
  af_xdp_zc: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a UMEM frame: the driver posted the fill ring’s frames as its RX buffers, so the bytes land in the application’s memory, then marks the descriptor done. No CPU is involved.',
    'After interrupt moderation (rx-usecs) the NIC raises an interrupt. The handler masks the queue’s interrupt and schedules NAPI.',
    'In softirq, net_rx_action calls the driver’s poll function, which takes up to 64 packets (the NAPI weight) off the ring.',
    'The XDP program returns XDP_REDIRECT into the XSKMAP. The frame is already in the UMEM, so nothing is copied.',
    'The driver posts a descriptor, the frame’s address and length, on the socket’s RX ring.',
    'The application reads the descriptor and the frame in its UMEM without a system call, then returns the frame address on the fill ring.',
  ],
  xdp_drop: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a page of the driver’s ring, then marks the descriptor done. No CPU is involved.',
    'After interrupt moderation (rx-usecs) the NIC raises an interrupt. The handler masks the queue’s interrupt and schedules NAPI.',
    'In softirq, net_rx_action calls the driver’s poll function, which takes up to 64 packets (the NAPI weight) off the ring.',
    'The XDP program is the application here. It returns XDP_DROP and the page goes straight back to the ring: no sk_buff was ever made, and nothing reaches user space.',
  ],
  onload: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a packet buffer that Onload’s stack, in the process, posted on its ef_vi RX ring, then marks the descriptor done. No CPU is involved.',
    'The application called recv() as usual, but `onload ./app` put Onload’s library in front of libc’s by LD_PRELOAD, so the call never reached the kernel: no system call.',
    'Instead of sleeping, Onload’s recv() spins on the adapter’s event queue (EF_POLL_USEC) and sees the RX event.',
    'ef_vi, under Onload, reads the RX event and refills the ring.',
    'Onload’s stack, in the process, does IP and UDP: checks the headers, finds the socket, queues the buffer on it.',
    'The socket API gives the caller the data in its own buffer, so the library copies the payload across: one copy, in user space.',
    'recv() returns, as it would from the kernel, with the datagram in the caller’s buffer.',
  ],
  vma: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a receive buffer that VMA posted on its verbs receive queue, then marks the descriptor done. No CPU is involved.',
    'The application called recv() as usual, but LD_PRELOAD=libvma.so put VMA’s library in front of libc’s by LD_PRELOAD, so the call never reached the kernel: no system call.',
    'VMA’s recv() polls the completion queue instead of sleeping, and finds the completion.',
    'VMA reads the completion over verbs and reposts a receive buffer.',
    'VMA, in the process, does IP and UDP: checks the headers, finds the socket, queues the buffer on it.',
    'The socket API gives the caller the data in its own buffer, so the library copies the payload across: one copy, in user space.',
    'recv() returns with the datagram in the caller’s buffer.',
  ],
  tldk: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into an mbuf from a mempool in hugepages (DPDK underneath), then marks the descriptor done. No CPU is involved.',
    'The application’s I/O loop spins calling rte_eth_rx_burst().',
    'DPDK’s poll-mode driver reads the descriptor and fills in the mbuf.',
    'TLDK does UDP and finds the stream; tle_udp_stream_recv() hands the application the mbufs themselves. Its API is not BSD sockets, so nothing forces a copy.',
    'The application reads the datagram in the mbuf the NIC wrote into.',
  ],
  ef_vi: [
    'The frame’s last bit arrives. The NIC checks its FCS, and its RSS hash (or a filter) picks the receive queue.',
    'The NIC takes the next descriptor of the queue’s RX ring and writes the frame by DMA into a packet buffer the application itself posted on its virtual interface’s RX ring, then marks the descriptor done. No CPU is involved.',
    'The application spins in ef_eventq_poll() on its event queue, mapped into its memory.',
    'The event names the buffer and the length; the application posts refilled descriptors, 16 at a time.',
    'The application has the raw frame where the adapter wrote it. Any protocol is its own job.',
  ],
};

/** The sentence for one step of one stack's path. */
export function stepNote(stack: StackId | string, step: number): string {
  return PATH_NOTES[stack as StackId]?.[step] ?? '';
}
