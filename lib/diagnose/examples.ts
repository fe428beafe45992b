/**
 * A few real outputs from fixtures/, for the page's "Try an example" buttons.
 * Copied here because fixtures/index.ts reads files with node:fs, which the
 * browser has not; examples.test.ts checks every text is still identical to
 * its fixture. Each keeps its `# source:` line, which the parser skips and
 * the reader can follow.
 */

export type Example = {
  id: string;
  /** What the example shows, as the button says it. */
  label: string;
  /** Which tool printed it. */
  tool: string;
  /** The fixture file(s) it was copied from. */
  fixture: string;
  laterFixture?: string;
  text: string;
  later?: string;
};

export const EXAMPLES: readonly Example[] = [
  {
    id: 'nic-ring',
    label: 'NIC ring full',
    tool: 'ethtool -S, ixgbe',
    fixture: 'ethtool-ixgbe-grep.txt',
    text: '# source: https://github.com/luigirizzo/netmap/issues/79 (comment by Groundsea, 2015-08-27) — ixgbe (82599-family counters rx_pkts_nic, lsc_int, rx_no_dma_resources), output filtered by the poster with grep -v ": 0"; copied as posted\n[root@controller ~(keystone_admin)]# ethtool -S eno2|grep -v ": 0"\nNIC statistics:\n     rx_packets: 40\n     tx_packets: 1\n     rx_bytes: 3656\n     tx_bytes: 70\n     multicast: 135\n     rx_pkts_nic: 1658520803\n     tx_pkts_nic: 2\n     rx_bytes_nic: 106145364644\n     tx_bytes_nic: 168\n     lsc_int: 11\n     tx_flow_control_xon: 219567\n     tx_flow_control_xoff: 219577\n     rx_no_dma_resources: 529324299\n     tx_queue_1_packets: 1\n     tx_queue_1_bytes: 70\n     rx_queue_0_packets: 40\n     rx_queue_0_bytes: 3656\n     VF 0 Tx Packets: 1\n     VF 0 Tx Bytes: 90\n',
  },
  {
    id: 'backlog',
    label: 'Backlog drops',
    tool: 'softnet_stat',
    fixture: 'softnet-13col-drops.txt',
    text: '# source: https://insights-core.readthedocs.io/en/latest/shared_parsers_catalog/softnet_stat.html — "typical contents of cat /proc/net/softnet_stat" in Red Hat Insights\' parser documentation: 5 CPUs, 13 columns (5.10+ layout, also RHEL 8.5+), backlog drops on every CPU; copied unchanged\n00358fe3 00006283 00000000 00000000 00000000 00000000 00000000 00000000 00000000 000855fc 00000000 00000000 00000000\n00953d1a 00000446 00000000 00000000 00000000 00000000 00000000 00000000 00000000 008eeb9a 00000000 00000000 00000001\n02600138 00004bc7 00000000 00000000 00000000 00000000 00000000 00000000 00000000 02328493 00000000 00000000 00000002\n02883c47 00007e2e 00000000 00000000 00000000 00000000 00000000 00000000 00000000 02280d49 00000000 00000000 00000003\n01a35c9d 0002db94 00000001 00000000 00000000 00000000 00000000 00000000 00000000 008ee93a 00000000 00000000 00000004\n',
  },
  {
    id: 'socket',
    label: 'Socket buffer full',
    tool: 'nstat',
    fixture: 'nstat-udp-sink-same-cpu.txt',
    text: '# source: linux-kernel/netdev, Jesper Dangaard Brouer, "Re: [RFC PATCH 2/2] softirq: Drop the warning from do_softirq_post_smp_call_flush()", 2023-08-16, https://lore.kernel.org/all/22d992aa-2b65-0de3-b88c-fd216ae0218e@redhat.com/ — UDP pktgen into udp_sink running on the same CPU as NAPI/softirq: one second of counters (nstat without -a shows the change since the previous call); copied unchanged, quote markers removed\n$ nstat -n && sleep 1 && nstat\n#kernel\nIpInReceives                    2831056            0.0\nIpInDelivers                    2831053            0.0\nUdpInDatagrams                  2948               0.0\nUdpInErrors                     2828118            0.0\nUdpRcvbufErrors                 2828118            0.0\nIpExtInOctets                   130206496          0.0\nIpExtInNoECTPkts                2830576            0.0\n',
  },
  {
    id: 'two-snapshots',
    label: 'Two snapshots',
    tool: 'softnet_stat',
    fixture: 'softnet-10col-snapshot1.txt',
    laterFixture: 'softnet-10col-snapshot2.txt',
    text: '# source: https://github.com/strizhechenko/netutils-linux/blob/master/tests/softnet_stat/softnet_stat1 — /proc/net/softnet_stat, 8 CPUs, 10 columns (2.6.35–3.10 layout, e.g. RHEL 6/7), first of a series of snapshots netutils-linux took of one machine; copied unchanged\n1ba0fbc3 00000000 000001b3 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n05963a92 00000000 000000e1 00000000 00000000 00000000 00000000 00000000 00000000 00000000\nc31633d5 00000000 000000cb 00000000 00000000 00000000 00000000 00000000 00000000 00000000\na38e3d47 00000000 000000cf 00000000 00000000 00000000 00000000 00000000 00000000 00000000\ncb74e599 00000000 000000f9 00000000 00000000 00000000 00000000 00000000 00000000 00000000\nc6aa8ee7 00000000 000000d9 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n871dd262 00000000 000000b6 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n7c0f3f79 00000000 000000c3 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n',
    later:
      '# source: https://github.com/strizhechenko/netutils-linux/blob/master/tests/softnet_stat/softnet_stat2 — the next snapshot of the same machine as softnet-10col-snapshot1.txt (the interval between them is not published); copied unchanged\n1ba105cc 00000000 000001b3 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n05963aa8 00000000 000000e1 00000000 00000000 00000000 00000000 00000000 00000000 00000000\nc31633da 00000000 000000cb 00000000 00000000 00000000 00000000 00000000 00000000 00000000\na38e3d53 00000000 000000cf 00000000 00000000 00000000 00000000 00000000 00000000 00000000\ncb74e5b5 00000000 000000f9 00000000 00000000 00000000 00000000 00000000 00000000 00000000\nc6aa8ef4 00000000 000000d9 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n871dd262 00000000 000000b6 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n7c0f3f79 00000000 000000c3 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n',
  },
  {
    id: 'messy',
    label: 'A messy paste',
    tool: 'made up',
    fixture: 'mixed-garbage-synthetic.txt',
    text: "# source: SYNTHETIC — assembled for the error-handling tests from pieces of the real fixtures in this folder (values copied from softnet-13col-drops.txt, ethtool-igb-e1000e-netdata988.txt and nstat-udp-sink-same-cpu.txt), with a shell session around them, CRLF line ends, a tab, a cut-off ethtool line, a softnet row cut short, a mistyped command and random text; not a real machine's output\r\nuser@box:~$ cat /proc/net/softnet_stat\r\n00358fe3 00006283 00000000 00000000 00000000 00000000 00000000 00000000 00000000 000855fc 00000000 00000000 00000000\r\n00953d1a 00000446 00000000 00000000 00000000 00000000 00000000 00000000 00000000 008eeb9a 00000000 00000000 00000001\r\n02600138 00004bc7 00000000 00000000\r\nuser@box:~$ ethtol -S eth0\r\nethtol: command not found\r\nuser@box:~$ sudo ethtool -S eth0\r\nNIC statistics:\r\n     rx_packets: 3811442771\r\n\t rx_no_buffer_count: 527\r\n     rx_missed_errors: 4954\r\n     tx_aborted_err\r\nLorem ipsum dolor sit amet, the rest of this line is not a counter\r\n%%%% ÿþ binary-looking junk \u0001\u0002\r\nuser@box:~$ nstat -n && sleep 1 && nstat\r\n#kernel\r\nUdpInDatagrams                  2948               0.0\r\nUdpInErrors                     2828118            0.0\r\nUdpRcvbufErrors                 2828118            0.0\r\nuser@box:~$ exit\r\n",
  },
];
