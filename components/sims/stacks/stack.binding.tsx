'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { stackEntry } from '@/simulations/models/stacks';
import { StackView } from './stack-view';

export default bindEntry(stackEntry, StackView);
