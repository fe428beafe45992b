/**
 * The references the models cite exist in content/references.ts. Kept out of
 * simulations/ because simulations/ imports nothing outside itself
 * (tests/boundaries.test.ts); the build's content check does the same for
 * costs and quotable constants (lib/content-data-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { references } from '@/content/references';
import { claimsOf, STACK_PROPERTIES } from '@/simulations/models/choose';

const ids = new Set(references.map((r) => r.id));

describe('sources the models cite', () => {
  it('every claim of the choose model’s property table cites a reference that exists', () => {
    for (const [id, p] of Object.entries(STACK_PROPERTIES)) for (const c of claimsOf(p)) expect(ids.has(c.source), `${id}: ${c.source}`).toBe(true);
  });

  it('the sources the stacks’ data paths cite (simulations/models/stacks/path-notes.ts) are in the references', () => {
    const cited = [
      'kernel-napi',
      'packagecloud2016',
      'kernel-sysctl-net',
      'linux-udp-c',
      'ntop-pfring-zc-guide',
      'rizzo2012-atc',
      'man-netmap4',
      'dpdk-pmd',
      'dpdk-sys-reqs',
      'dpdk-linux-drivers',
      'fdio-tldk',
      'kernel-af-xdp',
      'xdp2018',
      'amd-ug1586',
      'nvidia-vma-docs',
      'linux-if-xdp-h',
    ];
    for (const id of cited) expect(ids.has(id), id).toBe(true);
  });
});
