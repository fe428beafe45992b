'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { architecturesEntry } from '@/simulations/architectures.entry';
import { ArchitecturesView } from '../stacks/architectures-view';

export default bindEntry(architecturesEntry, ArchitecturesView);
