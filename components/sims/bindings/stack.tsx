'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { stackEntry } from '@/simulations/stacks.entry';
import { StackView } from '../stacks/stack-view';

export default bindEntry(stackEntry, StackView);
