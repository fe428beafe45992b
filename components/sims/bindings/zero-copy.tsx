'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { zeroCopyEntry } from '@/simulations/zero-copy.entry';
import { ZeroCopyView } from '../stacks/zero-copy-view';

export default bindEntry(zeroCopyEntry, ZeroCopyView);
