'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { zeroCopyEntry } from '@/simulations/models/stacks';
import { ZeroCopyView } from './zero-copy-view';

export default bindEntry(zeroCopyEntry, ZeroCopyView);
