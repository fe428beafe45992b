'use client';
/**
 * <Preset sim="choose-stack" id="router">a software router</Preset> — a link in
 * prose that puts a simulation on the page into one of its catalog presets.
 * Its href carries the preset as URL state, so it works without JavaScript
 * and can be opened in a new tab; a plain click instead sets the page's store,
 * brings the figure into view and moves focus to the preset's button there.
 */
import type { MouseEvent, ReactNode } from 'react';
import { writeSimQuery } from '@/lib/url/sim-query';
import { getSimulation } from '@/simulations/catalog';
import { defaultValues, withDefaults } from '@/simulations/params';
import { useSim } from './use-sim';

export function Preset({ sim, id, children }: { sim: string; id: string; children: ReactNode }) {
  const entry = getSimulation(sim);
  const preset = entry?.presets.find((p) => p.id === id);
  if (!entry || !preset) return <span className="rounded bg-warn-soft px-1 font-sans text-sm text-warn">[unknown preset {sim}.{id}]</span>;
  return (
    <BoundPreset sim={sim} id={id}>
      {children}
    </BoundPreset>
  );
}

function BoundPreset({ sim, id, children }: { sim: string; id: string; children: ReactNode }) {
  const entry = getSimulation(sim)!;
  const preset = entry.presets.find((p) => p.id === id)!;
  const { store } = useSim(entry);
  const values = withDefaults(entry.params, preset.values);
  const href = writeSimQuery('', sim, values, defaultValues(entry.params)) || '?';
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    store.set(values);
    const frame = document.querySelector<HTMLElement>(`[data-sim-frame="${sim}"]`);
    frame?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    // After the store's update renders, the preset's own button is pressed: focus lands there.
    requestAnimationFrame(() => frame?.querySelector<HTMLElement>(`[data-preset="${id}"]`)?.focus({ preventScroll: true }));
  };
  return (
    <a href={href} onClick={onClick} data-preset-link={`${sim}.${id}`} className="font-semibold">
      {children}
    </a>
  );
}
