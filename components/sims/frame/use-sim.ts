'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useMemo, useSyncExternalStore } from 'react';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import type { ParamSpecs, ParamValues } from '@/simulations/core/params';
import { storeFor, type SimStore } from './sim-store';

/**
 * Subscribes a component to the page's shared store for one simulation.
 * `showsNotices`: the component can display the link's notices. Only such a
 * component may claim them, or an inline <Param> earlier in the prose would
 * take them and no figure would ever show them.
 */
export function useSim(entry: AnySimulationEntry, initialValues: Partial<ParamValues<ParamSpecs>> = {}, { showsNotices = false } = {}) {
  const path = usePathname() ?? '/';
  // initialValues only seed a new store; later renders must not reset it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const store: SimStore = useMemo(() => storeFor(path, entry, initialValues), [path, entry]);
  const state = useSyncExternalStore(store.subscribe, store.get, () => store.initial);
  const instance = useId();

  useEffect(() => {
    if (showsNotices) store.claimNotices(instance);
    store.loadUrl(window.location.search);
    return () => store.releaseNotices(instance);
  }, [store, instance, showsNotices]);

  return { store, state, ownsNotices: showsNotices && store.noticeOwner === instance };
}
