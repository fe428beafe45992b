'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { frameSizeSweepEntry } from '@/simulations/models/stacks';
import { FrameSizeSweepView } from './frame-size-sweep-view';
import { warmWorker } from '@/lib/workers/simulation-client';

// The sweep runs in a Web Worker: a deck preloading its figures starts it, so it works offline.
export default bindEntry(frameSizeSweepEntry, FrameSizeSweepView, { preload: warmWorker, offThread: true });
