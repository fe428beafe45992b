/**
 * Ethernet framing constants (IEEE 802.3). A frame on the wire is preceded by
 * a 7-byte preamble and a 1-byte start-of-frame delimiter, and followed by a
 * 12-byte (96 bit-time) inter-frame gap, so every frame costs 20 extra bytes
 * of wire time. This is why 64-byte frames at 10 Gbit/s arrive at 14.88 Mpps
 * and not 19.5 Mpps (Rizzo, netmap, ACM Queue 2012).
 */
export const PREAMBLE_BYTES = 7;
export const SFD_BYTES = 1;
export const IFG_BYTES = 12;
export const WIRE_OVERHEAD_BYTES = PREAMBLE_BYTES + SFD_BYTES + IFG_BYTES;

/** Frame = destination MAC + source MAC + EtherType + payload + FCS (no VLAN tag). */
export const DST_MAC_BYTES = 6;
export const SRC_MAC_BYTES = 6;
export const ETHERTYPE_BYTES = 2;
export const FCS_BYTES = 4;
export const HEADER_BYTES = DST_MAC_BYTES + SRC_MAC_BYTES + ETHERTYPE_BYTES;
/** An 802.1Q VLAN tag, inserted before the EtherType when a frame carries one. */
export const VLAN_TAG_BYTES = 4;

/** Smallest legal frame; shorter payloads are padded up to 46 bytes. */
export const MIN_FRAME_BYTES = 64;
/** Largest standard frame: 1500-byte MTU + 14 header + 4 FCS. */
export const MAX_FRAME_BYTES = 1518;
/** Common jumbo frame size (9000-byte class; not standardised by 802.3). */
export const JUMBO_FRAME_BYTES = 9000;

export const MIN_PAYLOAD_BYTES = MIN_FRAME_BYTES - HEADER_BYTES - FCS_BYTES;
/** The standard 1500-byte MTU: the payload of the largest standard frame. */
export const MAX_PAYLOAD_BYTES = MAX_FRAME_BYTES - HEADER_BYTES - FCS_BYTES;

/** Link speeds the simulations offer, in Gbit/s. */
export const LINK_SPEEDS_GBPS = [1, 10, 25, 40, 100] as const;
export type LinkSpeedGbps = (typeof LINK_SPEEDS_GBPS)[number];

/** The layout of one frame on the wire, in byte-times, in transmission order. */
export type WireSegment = { part: 'preamble' | 'sfd' | 'header' | 'payload' | 'fcs' | 'ifg'; bytes: number };

export function wireSegments(frameBytes: number): WireSegment[] {
  const payload = frameBytes - HEADER_BYTES - FCS_BYTES;
  return [
    { part: 'preamble', bytes: PREAMBLE_BYTES },
    { part: 'sfd', bytes: SFD_BYTES },
    { part: 'header', bytes: HEADER_BYTES },
    { part: 'payload', bytes: payload },
    { part: 'fcs', bytes: FCS_BYTES },
    { part: 'ifg', bytes: IFG_BYTES },
  ];
}
