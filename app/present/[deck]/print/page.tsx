import { PrintDeck } from '@/components/present/print-deck';
import { deckMetadata, deckSlides, deckStaticParams, type DeckParams } from '../deck-route';

export const dynamicParams = false;
export const generateStaticParams = deckStaticParams;
export const generateMetadata = deckMetadata('print');

export default async function PrintPage(props: DeckParams) {
  const { outline, slides } = await deckSlides(props);
  return <PrintDeck outline={outline}>{slides()}</PrintDeck>;
}
