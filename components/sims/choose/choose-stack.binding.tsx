'use client';
/** Loaded only by pages that show this simulation (see ../bind-entry.tsx). */
import { bindEntry } from '../frame/bind-entry';
import { chooseEntry } from '@/simulations/models/choose/choose.entry';
import { ChooseView } from './choose-view';

export default bindEntry(chooseEntry, ChooseView);
