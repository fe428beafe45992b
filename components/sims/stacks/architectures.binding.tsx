'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { architecturesEntry } from '@/simulations/models/stacks';
import { ArchitecturesView } from './architectures-view';

export default bindEntry(architecturesEntry, ArchitecturesView);
