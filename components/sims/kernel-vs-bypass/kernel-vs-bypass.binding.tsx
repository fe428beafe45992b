'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { kernelVsBypassEntry } from '@/simulations/models/kernel-vs-bypass/kernel-vs-bypass.entry';
import { KernelVsBypassView } from './kernel-vs-bypass-view';

export default bindEntry(kernelVsBypassEntry, KernelVsBypassView);
