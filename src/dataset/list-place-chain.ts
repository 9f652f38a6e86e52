import type { Locality } from './schema';

/** A place and every place above it, top first, as a corrections file carries a chosen place. */
export function listPlaceChain(places: ReadonlyMap<string, Locality>, id: string): Locality[] {
  const chain: Locality[] = [];
  const seen = new Set<string>(); // a loop the checker reports must not hang the reviewer's click
  for (let place = places.get(id); place !== undefined && !seen.has(place.id); place = place.parentId === null ? undefined : places.get(place.parentId)) {
    seen.add(place.id);
    chain.unshift(place);
  }
  return chain;
}
