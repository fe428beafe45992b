import { expect, test } from 'vitest';
import { getSimulation } from '@/simulations/catalog';
import { checkProps } from './component-rules';
import type { ContentRegistry } from './registry';

const registry: ContentRegistry = { terms: new Set(), refs: new Set(), constants: new Set(), simulation: getSimulation };

test('<Preset> needs a simulation and one of its presets, and names the presets when the id is wrong', () => {
  expect(checkProps('Preset', { sim: 'choose-stack', id: 'router' }, registry)).toEqual([]);
  expect(checkProps('Preset', { sim: 'choose-stack', id: 'rooter' }, registry)).toEqual([
    '<Preset>: unknown preset "rooter" for "choose-stack"; presets: feed-handler, onload-tcp, vma-tcp, scrubber, keep-kernel, router, capture, web',
  ]);
  expect(checkProps('Preset', { sim: 'no-such-sim', id: 'x' }, registry)).toEqual(['<Preset>: unknown simulation "no-such-sim"']);
  expect(checkProps('Preset', { sim: 'choose-stack' }, registry)).toEqual(['<Preset> needs a "id" prop']);
});
