import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { AudienceDeck } from '@/components/present/audience-deck';
import { deckComponents } from '@/components/present/deck-components';
import { listDecks, loadDeck } from '@/lib/decks/decks';
import { outlineOf } from '@/lib/decks/outline';

export const dynamicParams = false;

type Params = { params: Promise<{ deck: string }> };

export async function generateStaticParams() {
  return (await listDecks()).map((d) => ({ deck: d.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const deck = await loadDeck((await params).deck);
  return { title: `${deck.title} (slides)`, description: deck.summary };
}

export default async function PresentPage({ params }: Params) {
  const deck = await loadDeck((await params).deck);
  // Runs the compiled MDX here, at build time, in Node: no eval reaches the browser.
  const Content = getMDXComponent(deck.code);
  return (
    <AudienceDeck outline={outlineOf(deck)}>
      <Content components={deckComponents} />
    </AudienceDeck>
  );
}
