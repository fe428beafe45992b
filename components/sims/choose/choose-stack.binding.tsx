'use client';
/** Loaded only by pages that show this simulation (components/sims/frame/bindings.ts). */
import { bindEntry } from '../frame/bind-entry';
import { chooseEntry } from '@/simulations/models/choose';
import { ChooseView } from './choose-view';

export default bindEntry(chooseEntry, ChooseView);
