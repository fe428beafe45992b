'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { lineRateEntry } from '@/simulations/models/line-rate/line-rate.entry';
import { LineRateView } from './line-rate-view';

export default bindEntry(lineRateEntry, LineRateView);
