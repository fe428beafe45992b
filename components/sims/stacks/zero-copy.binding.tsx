'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { zeroCopyEntry } from '@/simulations/models/stacks/zero-copy.entry';
import { ZeroCopyView } from './zero-copy-view';

export default bindEntry(zeroCopyEntry, ZeroCopyView);
