'use client';
/**
 * <Preset sim="choose-stack" id="router">a software router</Preset> — a link in
 * prose that puts a simulation on the page into one of its catalog presets.
 * Its href carries the preset as URL state, so it works without JavaScript
 * and can be opened in a new tab; a plain click instead sets the page's store,
 * brings the figure into view and moves focus to the preset's button there
 * (see BoundPreset in bind-entry.tsx).
 */
import type { ReactNode } from 'react';
import { UnknownInline } from './bind-entry';
import { bindingFor } from './bindings';

export function Preset({ sim, id, children }: { sim: string; id: string; children: ReactNode }) {
  const Binding = bindingFor(sim);
  if (!Binding) return <UnknownInline what={`preset ${sim}.${id}`} />;
  return (
    <Binding use="preset" preset={id}>
      {children}
    </Binding>
  );
}
