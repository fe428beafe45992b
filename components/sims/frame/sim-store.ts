/**
 * Shared state of one simulation on one page. Every <Simulation id=…> instance
 * on the page (and every inline <Param>/<Live>) reads and writes the same store,
 * so a figure further down follows a slider further up. The store mirrors its
 * values into the URL. Plain TypeScript; React subscribes via useSyncExternalStore.
 */
import { coerceParams, type Notice } from '@/simulations/core/coerce';
import type { AnySimulationEntry } from '@/simulations/core/entry-types';
import { overlay, withDefaults, type ParamValues, type ParamSpecs } from '@/simulations/core/params';
import { decodeSimQuery, MAX_SEED, writeSimQuery } from '@/lib/url/sim-query';
import { Playback } from './playback';

/**
 * `seed` drives event-driven simulations' random arrivals; it travels in the
 * URL as `<id>.seed` (only when not the default) so a copied link replays the
 * very same run.
 */
export type SimState = { values: ParamValues<ParamSpecs>; notices: readonly Notice[]; seed: number };

export const DEFAULT_SEED = 1;

const URL_WRITE_DELAY_MS = 150;

export class SimStore {
  readonly entry: AnySimulationEntry;
  /** The state before the URL is read: what the static HTML shows. */
  initial: SimState;
  /** Whether a figure's own `params` set `initial` (an inline <Param> has none to give). */
  private initialFromFigure: boolean;
  private state: SimState;
  private listeners = new Set<() => void>();
  private urlLoaded = false;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Play/pause, speed and clock: shared like the parameters, but not part of the link. */
  readonly playback = new Playback();
  /** The instance that displays notices, so they show once per page. */
  noticeOwner: string | undefined;

  /** Lets one figure instance show the notices; the rest re-render to know it is not them. */
  claimNotices(instance: string) {
    if (this.noticeOwner !== undefined) return;
    this.noticeOwner = instance;
    this.state = { ...this.state };
    this.emit();
  }

  releaseNotices(instance: string) {
    if (this.noticeOwner === instance) this.noticeOwner = undefined;
  }

  constructor(entry: AnySimulationEntry, initialValues: Partial<ParamValues<ParamSpecs>>) {
    this.entry = entry;
    // MDX may name a choice (`stack: 'onload'`), as <Value> does; the content check has already vetted it.
    this.initial = { values: withDefaults(entry.params, coerceParams(entry.params, initialValues).values), notices: [], seed: DEFAULT_SEED };
    this.state = this.initial;
    this.initialFromFigure = Object.keys(initialValues).length > 0;
  }

  /**
   * An inline <Param> earlier in the prose may create the store before the
   * figure that sets the simulation up: the figure's `params` still become the
   * starting point, as long as nothing has been read or changed yet.
   */
  adoptFigureValues(initialValues: Partial<ParamValues<ParamSpecs>>) {
    if (this.initialFromFigure || this.urlLoaded || this.state !== this.initial || Object.keys(initialValues).length === 0) return;
    this.initial = { ...this.initial, values: withDefaults(this.entry.params, coerceParams(this.entry.params, initialValues).values) };
    this.state = this.initial;
    this.initialFromFigure = true;
  }

  /**
   * Makes the current state the one Reset returns to. An embedded figure starts
   * where its URL put it, and the host's reset (or the Reset button) goes back there.
   */
  startHere() {
    this.initial = { ...this.state, notices: [] };
    this.initialFromFigure = true;
  }

  get = (): SimState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit() {
    for (const l of this.listeners) l();
  }

  /** Applies URL parameters once per page load; invalid ones become notices. */
  loadUrl(search: string) {
    if (this.urlLoaded) return;
    this.urlLoaded = true;
    const decoded = decodeSimQuery(search, this.entry, this.state.seed);
    const { values, notices } = decoded;
    const seed = decoded.seed ?? this.state.seed;
    if (Object.keys(values).length === 0 && notices.length === 0 && seed === this.state.seed) return;
    this.state = { values: overlay(this.entry.params, this.state.values, values), notices, seed };
    this.emit();
  }

  set(partial: Partial<ParamValues<ParamSpecs>>) {
    const next = overlay(this.entry.params, this.state.values, partial);
    if (Object.keys(next).every((k) => next[k] === this.state.values[k])) return;
    this.state = { ...this.state, values: next };
    this.emit();
    this.scheduleUrlWrite();
  }

  /**
   * Raw values from outside the page (an embed's host, by postMessage): read
   * like a link's, so a bad value is clamped or refused, and the notices say
   * how. They are returned, not shown: they are for the host's code
   * (components/embed/use-embed-bridge.ts posts them back as an `error`), and the
   * reader's banner keeps holding only what the link asked for (loadUrl).
   */
  setFromOutside(raw: Readonly<Record<string, unknown>>): Notice[] {
    const { values, notices } = coerceParams(this.entry.params, raw, `parameter of “${this.entry.title}”`);
    this.state = { ...this.state, values: overlay(this.entry.params, this.state.values, values) };
    this.emit();
    this.scheduleUrlWrite();
    return notices;
  }

  setSeed(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED || seed === this.state.seed) return;
    this.state = { ...this.state, seed };
    this.emit();
    this.scheduleUrlWrite();
  }

  reset() {
    this.set(this.initial.values);
    this.setSeed(DEFAULT_SEED);
  }

  dismissNotices() {
    this.state = { ...this.state, notices: [] };
    this.emit();
  }

  private scheduleUrlWrite() {
    if (typeof window === 'undefined') return;
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => {
      const values = this.state.seed === DEFAULT_SEED ? this.state.values : { ...this.state.values, seed: this.state.seed };
      // Relative to where this page's figure starts, not the entry's defaults: a
      // figure set up with params={…} must get a link back to the defaults too.
      const search = writeSimQuery(window.location.search, this.entry.id, values, { ...this.initial.values, seed: DEFAULT_SEED });
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      try {
        window.history.replaceState(window.history.state, '', url);
      } catch {
        // A sandboxed embed (opaque origin) may not rewrite its URL; the figure still shows the state.
      }
    }, URL_WRITE_DELAY_MS);
  }
}

const stores = new Map<string, SimStore>();

/** One store per page path and simulation id; created by the first instance that asks. */
export function storeFor(path: string, entry: AnySimulationEntry, initialValues: Partial<ParamValues<ParamSpecs>>): SimStore {
  const key = `${path}::${entry.id}`;
  let store = stores.get(key);
  if (!store) {
    store = new SimStore(entry, initialValues);
    stores.set(key, store);
    storeCreated(key, store);
  } else store.adoptFigureValues(initialValues);
  return store;
}

type StoreWaiter = (store: SimStore) => void;
const waiters = new Map<string, Set<StoreWaiter>>();

/**
 * Calls `waiter` with the page's store for simulation `id` as soon as one exists
 * (now, or when its figure first renders — figures load lazily), without
 * needing the catalog entry. Slide decks drive figures through this. Returns
 * a function that cancels a call not yet made.
 */
export function whenStore(path: string, id: string, waiter: StoreWaiter): () => void {
  const key = `${path}::${id}`;
  const existing = stores.get(key);
  if (existing) {
    waiter(existing);
    return () => {};
  }
  let set = waiters.get(key);
  if (!set) waiters.set(key, (set = new Set()));
  set.add(waiter);
  return () => set.delete(waiter);
}

/** Hands a newly created store to whoever was waiting for it (see whenStore). */
function storeCreated(key: string, store: SimStore) {
  const set = waiters.get(key);
  if (!set) return;
  waiters.delete(key);
  for (const waiter of set) waiter(store);
}
