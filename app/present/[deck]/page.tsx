import { AudienceDeck } from '@/components/present/audience-deck';
import { deckMetadata, deckSlides, deckStaticParams, type DeckParams } from './deck-route';

export const dynamicParams = false;
export const generateStaticParams = deckStaticParams;
export const generateMetadata = deckMetadata('slides');

export default async function PresentPage(props: DeckParams) {
  const { outline, slides } = await deckSlides(props);
  return <AudienceDeck outline={outline}>{slides()}</AudienceDeck>;
}
