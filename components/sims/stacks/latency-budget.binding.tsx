'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { latencyBudgetEntry } from '@/simulations/models/stacks/latency-budget.entry';
import { LatencyBudgetView } from './latency-budget-view';

export default bindEntry(latencyBudgetEntry, LatencyBudgetView);
