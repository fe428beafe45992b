'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { latencyBudgetEntry } from '@/simulations/models/stacks';
import { LatencyBudgetView } from './latency-budget-view';

export default bindEntry(latencyBudgetEntry, LatencyBudgetView);
