'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../bind-entry';
import { chooseEntry } from '@/simulations/choose.entry';
import { ChooseView } from '../choose/choose-view';

export default bindEntry(chooseEntry, ChooseView);
