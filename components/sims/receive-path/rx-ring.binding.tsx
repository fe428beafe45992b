'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). The receive-path simulations share one view; its panels pick the parts. */
import { bindEntry } from '../frame/bind-entry';
import { rxRingEntry } from '@/simulations/models/receive-path';
import { EventSimView } from './event-sim-view';

export default bindEntry(rxRingEntry, EventSimView);
