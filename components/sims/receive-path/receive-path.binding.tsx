'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { cpuPlacementEntry, irqVsNapiEntry, receivePathEntry, rxRingEntry } from '@/simulations/models/receive-path/receive-path.entry';
import { EventSimView } from './event-sim-view';

// The receive-path simulations share one view; its panels pick the parts.
export const rxRing = bindEntry(rxRingEntry, EventSimView);
export const irqVsNapi = bindEntry(irqVsNapiEntry, EventSimView);
export const receivePath = bindEntry(receivePathEntry, EventSimView);
export const cpuPlacement = bindEntry(cpuPlacementEntry, EventSimView);
