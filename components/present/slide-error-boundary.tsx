'use client';
/**
 * A slide whose figure cannot load (its code was never fetched and the
 * network is gone, or it threw) shows a message in its place; the rest of
 * the deck keeps working and the next key press moves on.
 */
import { Component, type ReactNode } from 'react';

type State = { failed: boolean };

export class SlideErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" data-slide-error className="m-16 rounded-xl border-2 border-dashed border-warn/60 bg-warn-soft p-8 font-sans text-[28px] text-warn">
        This slide could not be shown: part of it did not load (is the network off, and was this slide never opened before?). The other slides still work.
      </div>
    );
  }
}
