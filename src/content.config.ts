import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { COLLECTIONS, contentRoot } from './lib/records/contentLayout.ts';
import { normalizedGlob } from './loaders/normalizedGlob.ts';
import { EventSchema } from './schemas/event.ts';
import { OutletSchema } from './schemas/outlet.ts';
import { ProducerSchema } from './schemas/producer.ts';
import { makeProductSchema } from './schemas/product.ts';
import { ProvinceSchema } from './schemas/province.ts';

const root = contentRoot();
// Only events show their Markdown source (the first line as a summary); product bodies are used as rendered HTML,
// so their raw text is not kept in the data store, which Astro bundles into the build.
const from = (name: keyof typeof COLLECTIONS) =>
  normalizedGlob({ base: join(root, name), pattern: COLLECTIONS[name].pattern, retainBody: name === 'events' });

export const collections = {
  provinces: defineCollection({ loader: from('provinces'), schema: ProvinceSchema }),
  producers: defineCollection({ loader: from('producers'), schema: ProducerSchema }),
  products: defineCollection({
    loader: from('products'),
    schema: ({ image }) => makeProductSchema(() => image()),
  }),
  events: defineCollection({ loader: from('events'), schema: EventSchema }),
  outlets: defineCollection({ loader: from('outlets'), schema: OutletSchema }),
};
