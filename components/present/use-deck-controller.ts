'use client';
/**
 * The state of a running deck shared by the audience and presenter windows:
 * the position (read from and written to the URL), the figures' parameters
 * for that position, and the keyboard.
 */
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { whenStore } from '@/components/sims/frame/sim-store';
import type { DeckOutline, DeckPosition } from '@/lib/decks/deck-types';
import { belongsToControl, commandForKey, type DeckCommand } from './deck-keys';
import { last, next, previous, readPosition, samePosition, slideNumber, START, withoutSimParams, writePosition } from './deck-position';

export type Overlay = 'none' | 'overview' | 'help' | 'black';

export type DeckController = {
  position: DeckPosition;
  go: (p: DeckPosition) => void;
  overlay: Overlay;
  setOverlay: (o: Overlay) => void;
  digits: string;
  notice: string | undefined;
  dismissNotice: () => void;
  run: (c: DeckCommand) => void;
};

type Options = { onPresenter?: () => void; onFullscreen?: () => void };

export function useDeckController(outline: DeckOutline, options: Options = {}): DeckController {
  const path = usePathname() ?? '/';
  const [position, setPosition] = useState<DeckPosition>(START);
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [digits, setDigits] = useState('');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [urlRead, setUrlRead] = useState(false);
  const digitsRef = useRef(digits);
  digitsRef.current = digits;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Before any figure reads the URL: the deck's steps, not stale figure parameters, set the figures.
  useState(() => {
    if (typeof window !== 'undefined') {
      const search = withoutSimParams(window.location.search);
      if (search !== window.location.search)
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
    return null;
  });

  useEffect(() => {
    const read = readPosition(window.location.search, outline.slides);
    setPosition(read.position);
    setNotice(read.notice);
    setUrlRead(true);
  }, [outline.slides]);

  useEffect(() => {
    if (!urlRead) return;
    const search = writePosition(window.location.search, position);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [position, urlRead]);

  // Every figure on the slide gets its complete state for this step (filled forward at build time).
  useEffect(() => {
    const states = outline.slides[position.slide]?.states[position.step] ?? [];
    const cancels = states.map((s) => whenStore(path, s.id, (store) => store.set(s.values)));
    return () => cancels.forEach((c) => c());
  }, [outline.slides, position, path]);

  const go = useCallback((p: DeckPosition) => setPosition((old) => (samePosition(old, p) ? old : p)), []);

  const run = useCallback(
    (c: DeckCommand) => {
      const slides = outline.slides;
      if (c.kind !== 'digit' && c.kind !== 'jump') setDigits('');
      switch (c.kind) {
        case 'next':
          return setPosition((p) => next(p, slides));
        case 'previous':
          return setPosition((p) => previous(p, slides));
        case 'first':
          return setPosition(START);
        case 'last':
          return setPosition(last(slides));
        case 'digit':
          return setDigits((d) => (d + String(c.digit)).slice(-4));
        case 'jump': {
          const d = digitsRef.current;
          setDigits('');
          if (d === '') return;
          const target = slideNumber(Number(d), slides);
          if (target) setPosition(target);
          else setNotice(`There is no slide ${d}; this deck has slides 1 to ${slides.length}.`);
          return;
        }
        case 'overview':
          return setOverlay((o) => (o === 'overview' ? 'none' : 'overview'));
        case 'help':
          return setOverlay((o) => (o === 'help' ? 'none' : 'help'));
        case 'black':
          return setOverlay((o) => (o === 'black' ? 'none' : 'black'));
        case 'escape':
          return setOverlay('none');
        case 'fullscreen':
          return optionsRef.current.onFullscreen?.();
        case 'presenter':
          return optionsRef.current.onPresenter?.();
      }
    },
    [outline.slides],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = commandForKey(e);
      if (!c) return;
      // A focused slider keeps its arrows; a clicker's PageUp/PageDown always turns the page.
      if (belongsToControl(e.target) && e.key !== 'PageDown' && e.key !== 'PageUp') return;
      // Enter activates a focused button (overview tiles, figure controls) unless a number was typed.
      if (c.kind === 'jump' && digitsRef.current === '') return;
      if (c.kind === 'next' && e.key === ' ' && (e.target as Element | null)?.closest?.('button, a')) return;
      e.preventDefault();
      run(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return { position, go, overlay, setOverlay, digits, notice, dismissNotice: () => setNotice(undefined), run };
}
