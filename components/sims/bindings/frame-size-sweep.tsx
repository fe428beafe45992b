'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { frameSizeSweepEntry } from '@/simulations/frame-size-sweep.entry';
import { FrameSizeSweepView } from '../stacks/frame-size-sweep-view';

export default bindEntry(frameSizeSweepEntry, FrameSizeSweepView);
