'use client';
/**
 * What an embedded figure needs to know about being embedded: how much of the
 * frame's chrome to show, and where to hand its clock so the host page can
 * play, pause and reset it by message. Outside /embed/ there is no provider
 * and figures render exactly as in the chapters.
 */
import { createContext, useContext } from 'react';
import type { EmbedControls } from '@/lib/embed/options';
import type { SimClock } from '@/components/sims/frame/sim-clock';

export type EmbedFrameContext = {
  controls: EmbedControls;
  /** Whether animated figures start by themselves (the host's autoplay=0|1). */
  autoplay: boolean;
  /** Called by the figure's frame on every render with its clock (undefined for still figures). */
  clockChanged: (clock: SimClock | undefined) => void;
};

export const EmbedContext = createContext<EmbedFrameContext | undefined>(undefined);

export function useEmbedContext(): EmbedFrameContext | undefined {
  return useContext(EmbedContext);
}

/**
 * Whether an animation clock should start by itself: in the chapters yes
 * (unless the reader prefers reduced motion, which each clock checks); in an
 * embed only when the host asked for autoplay, since it sits in someone
 * else's page.
 */
export function useStartsPlaying(): boolean {
  return useContext(EmbedContext)?.autoplay ?? true;
}
