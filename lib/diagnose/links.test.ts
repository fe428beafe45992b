/**
 * Each lab link must open the receive-path model in a state that loses
 * packets the way its findings say: the model is run (5 ms of simulated
 * time) with the values the link encodes, read back from the URL, and the
 * matching counter must climb.
 */
import { describe, expect, test } from 'vitest';
import { defaultValues } from '../../simulations/core/params';
import { coerceParams } from '../../simulations/core/coerce';
import { receivePathParams, modelValues, runReceivePath } from '../../simulations/models/receive-path';
import { readSimQuery } from '../url/sim-query';
import { labLink, LINK_STATES, type LinkId } from './links';

const ids = Object.keys(LINK_STATES) as LinkId[];

function valuesFromLink(link: string) {
  const url = new URL(link, 'https://example.invalid');
  const raw = readSimQuery(url.search, 'receive-path');
  const { values, notices } = coerceParams(receivePathParams, raw);
  expect(notices, link).toEqual([]);
  return modelValues(values);
}

describe('lab links', () => {
  test.each(ids)('%s: /chapters/tuning/ with the receive-path state and anchor', (id) => {
    const link = labLink(id);
    expect(link).toMatch(/^\/chapters\/tuning\/\?receive-path\.[a-z_]+=[^&#]+(&receive-path\.[a-z_]+=[^&#]+)*#tuning-lab$/);
    // Only values that differ from the defaults are written.
    const defaults = defaultValues(receivePathParams) as Record<string, number | boolean>;
    for (const [k, v] of new URL(link, 'https://example.invalid').searchParams) {
      expect(String(defaults[k.replace('receive-path.', '')])).not.toBe(v);
    }
  });

  test.each(ids)('%s: the state the link encodes makes the model drop where the finding says', (id) => {
    const state = LINK_STATES[id];
    const summary = runReceivePath('receive-path', valuesFromLink(labLink(id)), 1, 5);
    const counters = summary.counters as Record<string, number>;
    for (const c of [state.counter, ...(state.also ?? [])]) expect(counters[c], `${id}: ${c}`).toBeGreaterThan(0);
  });

  test('the socket and ring states lose packets only there (the chapter 3 scenarios)', () => {
    const only = (id: LinkId) => {
      const s = runReceivePath('receive-path', valuesFromLink(labLink(id)), 1, 5);
      return Object.entries(s.drops)
        .filter(([, n]) => n > 0)
        .map(([c]) => c);
    };
    expect(only('ring')).toEqual(['rx_missed_errors']);
    expect(only('backlog')).toEqual(['softnet_stat.dropped']);
    expect(only('socket')).toEqual(['UdpRcvbufErrors']);
  });
});
