/**
 * Play/pause, slow-motion speed and clock of one simulation on one page,
 * shared by its figures and, in a slide deck, mirrored to the other window
 * (components/present/deck-sync.ts). Kept apart from the parameters because
 * it is not part of a link: a copied URL replays a run from its start.
 *
 * `playing` and `speed` stay undefined until someone chooses them, so each
 * view keeps its own default (an event simulation plays at once; the wire
 * strip and the step animations wait when the reader prefers reduced motion).
 *
 * The clock is a number in the view's own units (nanoseconds of model time,
 * byte times, steps). Views report it every frame without notifying anyone
 * (nothing re-renders); `seek` asks the view to show another instant; while
 * `following`, the view stops advancing on its own and only shows the instants
 * it is told, so a presenter's window mirrors the projector frame by frame.
 */

export type PlaybackState = { playing: boolean | undefined; speed: number | undefined };
/** `exact`: show this very instant even if it is behind (a restart, a step, a pause), not merely catch up. */
export type SeekListener = (clock: number, exact: boolean) => void;
/** `explicit`: the reader stepped or restarted, as opposed to a frame of a running animation. */
export type ReportListener = (clock: number, explicit: boolean) => void;

/** How long a follower keeps waiting for the next instant before running on its own again. */
export const FOLLOW_TIMEOUT_MS = 500;

export class Playback {
  private state: PlaybackState = { playing: undefined, speed: undefined };
  private listeners = new Set<() => void>();
  private seekListeners = new Set<SeekListener>();
  private clockListeners = new Set<ReportListener>();
  private followUntil = 0;
  /** The instant the view showed last (its own units). */
  clock = 0;

  get = (): PlaybackState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setPlaying(playing: boolean) {
    if (this.state.playing === playing) return;
    this.state = { ...this.state, playing };
    this.listeners.forEach((l) => l());
  }

  setSpeed(speed: number) {
    if (!Number.isFinite(speed) || speed <= 0 || this.state.speed === speed) return;
    this.state = { ...this.state, speed };
    this.listeners.forEach((l) => l());
  }

  /** The view showed `clock`: cheap enough for every animation frame. */
  report(clock: number, explicit = false) {
    this.clock = clock;
    this.clockListeners.forEach((l) => l(clock, explicit));
  }

  /** Called with every instant the view reports (deck sync posts them to the other window). */
  onReport(listener: ReportListener): () => void {
    this.clockListeners.add(listener);
    return () => this.clockListeners.delete(listener);
  }

  /**
   * The view brings its simulation to `clock`. With `follow`, it then waits for
   * the next instant instead of advancing itself. An instant that is not
   * `exact` is only a pace to keep: a view for which going back costs a replay
   * from the start may hold still until it is caught up.
   */
  seek(clock: number, { follow = false, exact = true, now = Date.now() }: { follow?: boolean; exact?: boolean; now?: number } = {}) {
    if (!Number.isFinite(clock) || clock < 0) return;
    if (follow) this.followUntil = now + FOLLOW_TIMEOUT_MS;
    this.seekListeners.forEach((l) => l(clock, exact));
  }

  onSeek(listener: SeekListener): () => void {
    this.seekListeners.add(listener);
    return () => this.seekListeners.delete(listener);
  }

  /** Whether instants arrive from elsewhere, so the view must not advance on its own. */
  following(now = Date.now()): boolean {
    return now < this.followUntil;
  }

  /** Stop following at once (this window's reader took the controls). */
  lead() {
    this.followUntil = 0;
  }
}
