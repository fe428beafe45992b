'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { latencyBudgetEntry } from '@/simulations/latency-budget.entry';
import { LatencyBudgetView } from '../stacks/latency-budget-view';

export default bindEntry(latencyBudgetEntry, LatencyBudgetView);
