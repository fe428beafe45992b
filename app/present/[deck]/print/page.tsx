import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { deckComponents } from '@/components/present/deck-components';
import { PrintDeck } from '@/components/present/print-deck';
import { listDecks, loadDeck } from '@/lib/decks/decks';
import { outlineOf } from '@/lib/decks/outline';

export const dynamicParams = false;

type Params = { params: Promise<{ deck: string }> };

export async function generateStaticParams() {
  return (await listDecks()).map((d) => ({ deck: d.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const deck = await loadDeck((await params).deck);
  return { title: `${deck.title} (print)` };
}

export default async function PrintPage({ params }: Params) {
  const deck = await loadDeck((await params).deck);
  const Content = getMDXComponent(deck.code);
  return (
    <PrintDeck outline={outlineOf(deck)}>
      <Content components={deckComponents} />
    </PrintDeck>
  );
}
