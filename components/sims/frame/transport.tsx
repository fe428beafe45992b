'use client';
/**
 * Play/pause, single step, reset and slow-motion speed, shared by animated
 * simulations. Speed reads as "1 s of screen = X of wire time", so a reader knows how slowed down the drawing is.
 */
import { formatDuration } from '@/simulations/core/format';
import type { SimClock } from './sim-clock';
import { Segmented } from '@/components/controls/segmented';

export type TransportProps = {
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
  onStep: () => void;
  /** Event-driven simulations: advance by exactly one event. */
  onStepEvent?: () => void;
  onRestart: () => void;
  /** Wire nanoseconds shown per second of screen time. */
  speed: number;
  speeds: readonly number[];
  onSpeedChange: (speed: number) => void;
  /** Caption before the speed choice (default: “1 s of screen =”, with speeds as wire time). */
  speedCaption?: string;
  formatSpeed?: (speed: number) => string;
  stepTitle?: string;
};

const iconClass = 'h-4 w-4';

export function Transport({
  playing,
  onPlayingChange,
  onStep,
  onStepEvent,
  onRestart,
  speed,
  speeds,
  onSpeedChange,
  speedCaption,
  formatSpeed,
  stepTitle,
}: TransportProps) {
  const button = 'inline-flex h-8 items-center gap-1.5 rounded-md border border-rule bg-card px-2.5 text-[0.8rem] font-medium text-ink hover:bg-paper-2';
  return (
    <div className="flex flex-wrap items-center gap-2 font-sans">
      <button type="button" className={button} onClick={() => onPlayingChange(!playing)} aria-pressed={playing}>
        {playing ? (
          <svg viewBox="0 0 16 16" className={iconClass} fill="currentColor" aria-hidden="true">
            <rect x="3" y="2" width="3.5" height="12" rx="1" />
            <rect x="9.5" y="2" width="3.5" height="12" rx="1" />
          </svg>
        ) : (
          <svg viewBox="0 0 16 16" className={iconClass} fill="currentColor" aria-hidden="true">
            <path d="M4 2.5v11a.5.5 0 0 0 .77.42l8.5-5.5a.5.5 0 0 0 0-.84l-8.5-5.5A.5.5 0 0 0 4 2.5Z" />
          </svg>
        )}
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className={button} onClick={onStep} title={stepTitle ?? 'Advance by one packet time'}>
        <svg viewBox="0 0 16 16" className={iconClass} fill="currentColor" aria-hidden="true">
          <path d="M3 2.5v11a.5.5 0 0 0 .77.42L11 9v4.5h2v-11h-2V7L3.77 2.08A.5.5 0 0 0 3 2.5Z" />
        </svg>
        Step
      </button>
      {onStepEvent && (
        <button
          type="button"
          className={button}
          onClick={onStepEvent}
          title="Advance to the next event (an arrival, an interrupt, a CPU finishing a piece of work)"
        >
          One event
        </button>
      )}
      <button type="button" className={button} onClick={onRestart} title="Start again from an empty wire">
        <svg viewBox="0 0 16 16" className={iconClass} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
          <path d="M3 8a5 5 0 1 0 1.5-3.5M3 2v3h3" />
        </svg>
        Restart
      </button>
      <div className="flex w-full flex-wrap items-center gap-x-2 gap-y-1 sm:ml-auto sm:w-auto">
        <span id="speed-label" className="text-xs text-ink-2">
          {speedCaption ?? '1 s of screen ='}
        </span>
        <Segmented
          label={speedCaption ? `${speedCaption} of the animation` : 'Slow-motion speed: wire time per second of screen'}
          options={speeds.map((s) => ({ value: s, label: (formatSpeed ?? formatDuration)(s) }))}
          value={speed}
          onChange={onSpeedChange}
          size="sm"
        />
      </div>
    </div>
  );
}

/** The transport of a view's clock (what the frame shows under an animated figure, and the line-rate teaser without a frame). */
export function ClockTransport({ clock }: { clock: SimClock }) {
  return (
    <Transport
      playing={clock.playing}
      onPlayingChange={clock.setPlaying}
      onStep={clock.stepFrame}
      onStepEvent={clock.stepEvent}
      onRestart={clock.restart}
      speed={clock.speed}
      speeds={clock.speeds}
      onSpeedChange={clock.setSpeed}
      speedCaption={clock.speedCaption}
      formatSpeed={clock.formatSpeed}
      stepTitle={clock.stepTitle}
    />
  );
}
