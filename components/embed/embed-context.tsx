'use client';
/**
 * What an embedded figure needs to know about being embedded: how much of the
 * frame's chrome to show, and where to hand its clock so the host page can
 * play, pause and reset it by message. Outside /embed/ there is no provider
 * and figures render exactly as in the chapters.
 */
import { createContext, useContext } from 'react';
import type { EmbedControls } from '@/lib/embed/options';
import type { SimClock } from '@/components/sims/simulation-frame';

export type EmbedFrameContext = {
  controls: EmbedControls;
  /** Called by the figure's frame on every render with its clock (undefined for still figures). */
  clockChanged: (clock: SimClock | undefined) => void;
};

export const EmbedContext = createContext<EmbedFrameContext | undefined>(undefined);

export function useEmbedContext(): EmbedFrameContext | undefined {
  return useContext(EmbedContext);
}
