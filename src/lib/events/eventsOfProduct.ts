import { splitEvents, type SplitEvents } from './splitEvents.ts';

interface ProductEvent {
  data: { start: string; end: string; products: readonly string[] };
}

/** The fairs a product is shown at (the event records list it), split like the events listing. */
export function eventsOfProduct<E extends ProductEvent>(
  events: readonly E[],
  productId: string,
  today: string,
): SplitEvents<E> {
  return splitEvents(
    events.filter((e) => e.data.products.includes(productId)),
    today,
  );
}
