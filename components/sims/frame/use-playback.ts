'use client';
/**
 * A view's play/pause and speed, read from the page's shared Playback (so all
 * figures of a simulation, and a deck's other window, agree) with the view's
 * own defaults until someone chooses. A view rendered without a store (a
 * test, a snapshot) gets a private Playback.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Playback, type SeekListener } from './playback';

export function usePlayback(shared: Playback | undefined, defaults: { playing: boolean; speed: number }) {
  const [own] = useState(() => new Playback());
  const playback = shared ?? own;
  const state = useSyncExternalStore(playback.subscribe, playback.get, playback.get);
  // The reader took the controls in this window: it stops following the other one.
  const setPlaying = useCallback(
    (playing: boolean) => {
      playback.lead();
      playback.setPlaying(playing);
    },
    [playback],
  );
  const setSpeed = useCallback((speed: number) => playback.setSpeed(speed), [playback]);
  return { playback, playing: state.playing ?? defaults.playing, speed: state.speed ?? defaults.speed, setPlaying, setSpeed };
}

/** Runs `seekTo` (kept fresh each render) whenever someone asks the view to show another instant. */
export function useSeek(playback: Playback, seekTo: SeekListener) {
  const ref = useRef(seekTo);
  ref.current = seekTo;
  useEffect(() => playback.onSeek((clock, exact) => ref.current(clock, exact)), [playback]);
}
