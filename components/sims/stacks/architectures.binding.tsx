'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { architecturesEntry } from '@/simulations/models/stacks/architectures.entry';
import { ArchitecturesView } from './architectures-view';

export default bindEntry(architecturesEntry, ArchitecturesView);
