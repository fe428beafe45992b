'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { kernelVsBypassEntry } from '@/simulations/models/kernel-vs-bypass';
import { KernelVsBypassView } from './kernel-vs-bypass-view';

export default bindEntry(kernelVsBypassEntry, KernelVsBypassView);
