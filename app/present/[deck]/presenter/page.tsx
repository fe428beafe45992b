import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { deckComponents } from '@/components/present/deck-components';
import { PresenterDeck } from '@/components/present/presenter-deck';
import { listDecks, loadDeck } from '@/lib/decks/decks';
import { outlineOf } from '@/lib/decks/outline';

export const dynamicParams = false;

type Params = { params: Promise<{ deck: string }> };

export async function generateStaticParams() {
  return (await listDecks()).map((d) => ({ deck: d.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const deck = await loadDeck((await params).deck);
  return { title: `${deck.title} (presenter)` };
}

export default async function PresenterPage({ params }: Params) {
  const deck = await loadDeck((await params).deck);
  const Content = getMDXComponent(deck.code);
  // The same slides twice: live for the current one, as snapshots for the next-step preview.
  return <PresenterDeck outline={outlineOf(deck)} current={<Content components={deckComponents} />} preview={<Content components={deckComponents} />} />;
}
