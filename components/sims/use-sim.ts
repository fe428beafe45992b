'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useMemo, useSyncExternalStore } from 'react';
import type { AnySimulationEntry } from '@/simulations/catalog-types';
import type { ParamSpecs, ParamValues } from '@/simulations/params';
import { storeFor, type SimStore } from './sim-store';

/** Subscribes a component to the page's shared store for one simulation. */
export function useSim(entry: AnySimulationEntry, initialValues: Partial<ParamValues<ParamSpecs>> = {}) {
  const path = usePathname() ?? '/';
  // initialValues only seed a new store; later renders must not reset it.
  const store: SimStore = useMemo(() => storeFor(path, entry, initialValues), [path, entry]);
  const state = useSyncExternalStore(store.subscribe, store.get, () => store.initial);
  const instance = useId();

  useEffect(() => {
    store.noticeOwner ??= instance;
    store.loadUrl(window.location.search);
    return () => {
      if (store.noticeOwner === instance) store.noticeOwner = undefined;
    };
  }, [store, instance]);

  return { store, state, ownsNotices: store.noticeOwner === instance || store.noticeOwner === undefined };
}
