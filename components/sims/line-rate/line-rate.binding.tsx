'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { lineRateEntry } from '@/simulations/models/line-rate';
import { LineRateView } from './line-rate-view';

export default bindEntry(lineRateEntry, LineRateView);
