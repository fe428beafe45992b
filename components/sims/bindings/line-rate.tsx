'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { lineRateEntry } from '@/simulations/line-rate.entry';
import { LineRateView } from '../line-rate/line-rate-view';

export default bindEntry(lineRateEntry, LineRateView);
