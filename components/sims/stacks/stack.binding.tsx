'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { stackEntry } from '@/simulations/models/stacks/stack.entry';
import { StackView } from './stack-view';

export default bindEntry(stackEntry, StackView);
