import { PresenterDeck } from '@/components/present/presenter-deck';
import { deckMetadata, deckSlides, deckStaticParams, type DeckParams } from '../deck-route';

export const dynamicParams = false;
export const generateStaticParams = deckStaticParams;
export const generateMetadata = deckMetadata('presenter');

export default async function PresenterPage(props: DeckParams) {
  const { outline, slides } = await deckSlides(props);
  // The same slides twice: live for the current one, as snapshots for the next-step preview.
  return <PresenterDeck outline={outline} current={slides()} preview={slides()} />;
}
