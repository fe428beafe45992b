'use client';
/** The event views' latency histogram: wire to recv(), as the simulation measured it so far. */
import type { ReceivePathSim } from '@/simulations/models/receive-path';
import { LatencyHistogramChart } from '@/components/charts/latency-histogram-chart';

export function LatencyHistogram({ sim }: { sim: ReceivePathSim; version: number }) {
  return <LatencyHistogramChart histogram={sim.latency} title="Latency, wire to recv()" />;
}
