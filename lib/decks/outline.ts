import type { CompiledDeck } from './decks';
import type { DeckOutline } from './deck-types';

/** What the browser needs of a compiled deck: everything but the code, which runs on the server. */
export function outlineOf({ code: _code, citations: _citations, ...outline }: CompiledDeck): DeckOutline {
  return outline;
}
