/**
 * What the three deck routes (audience, presenter, print) share, beside them: one page per
 * deck in content/decks/, the title, and the compiled slides. The MDX runs
 * here, at build time, in Node: no eval reaches the browser.
 */
import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import type { ReactElement } from 'react';
import { deckComponents } from '@/components/present/deck-components';
import type { DeckOutline } from '@/lib/decks/deck-types';
import { listDecks, loadDeck } from '@/lib/decks/decks';
import { outlineOf } from '@/lib/decks/outline';

export type DeckParams = { params: Promise<{ deck: string }> };

export async function deckStaticParams() {
  return (await listDecks()).map((d) => ({ deck: d.slug }));
}

/** `view`: how the tab names this window, e.g. "slides" or "presenter". */
export function deckMetadata(view: string) {
  return async ({ params }: DeckParams): Promise<Metadata> => {
    const deck = await loadDeck((await params).deck);
    return { title: `${deck.title} (${view})`, description: deck.summary };
  };
}

/** The deck's outline and a fresh element of its slides (call `slides()` once per place they appear). */
export async function deckSlides({ params }: DeckParams): Promise<{ outline: DeckOutline; slides: () => ReactElement }> {
  const deck = await loadDeck((await params).deck);
  const Content = getMDXComponent(deck.code);
  return { outline: outlineOf(deck), slides: () => <Content components={deckComponents} /> };
}
