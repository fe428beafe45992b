/** The clock of an animated view: what the transport and the keyboard drive (kept apart from simulation-frame.tsx, so the embed bridge names it without importing the frame). */
export type SimClock = {
  playing: boolean;
  setPlaying: (playing: boolean) => void;
  /** One animation frame's worth of time (or one packet time, for the wire). */
  stepFrame: () => void;
  /** Event-driven models: exactly one event. */
  stepEvent?: () => void;
  restart: () => void;
  /** Wire nanoseconds shown per second of screen time. */
  speed: number;
  speeds: readonly number[];
  setSpeed: (speed: number) => void;
  /**
   * Views whose clock is not wire time (a step-by-step diagram) name their
   * own speed control: its caption ("Pace") and how a speed is written ("2×").
   */
  speedCaption?: string;
  formatSpeed?: (speed: number) => string;
  /** Tooltip of the Step button (default: one packet time). */
  stepTitle?: string;
};
