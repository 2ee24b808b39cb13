import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/**
 * Memoised image transforms. Astro's `<Picture>` calls `getImage` three times per picture, and every call hashes
 * its options (`deterministicString`); the same product photo appears on its page in two languages, on listing
 * cards, related products and the trace page, so at 1,000 products this hashing cost 12 s of a 2-minute build. The
 * results depend only on the source image and the options, so one build computes each once. The first call
 * registers the transform with Astro, which then writes the file once, as it would for repeated identical calls.
 */
const cache = new Map<string, Promise<unknown>>();

function memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    cache.set(key, hit);
  }
  return hit;
}

export interface PictureSet {
  /** `<source>` elements, best format first. */
  sources: { type: string; srcset: string }[];
  /** The fallback `<img>`: JPEG, largest width as `src`. */
  img: { src: string; srcset: string; width: number; height: number };
}

/**
 * Two widths × (AVIF, WebP) plus a JPEG fallback for every picture on the site, so a product image is encoded once
 * and reused by the card, the product page and the trace page.
 */
export function pictureSet(image: ImageMetadata): Promise<PictureSet> {
  const fitting = [400, 800].filter((width) => width <= image.width);
  const widths = fitting.length > 0 ? fitting : [image.width];
  return memo(`picture ${image.src} ${widths.join(',')}`, async () => {
    const [avif, webp, jpg] = await Promise.all(
      (['avif', 'webp', 'jpg'] as const).map((format) => getImage({ src: image, widths, format })),
    );
    if (!avif || !webp || !jpg) throw new Error(`no transforms for ${image.src}`);
    return {
      sources: [
        { type: 'image/avif', srcset: avif.srcSet.attribute },
        { type: 'image/webp', srcset: webp.srcSet.attribute },
      ],
      img: {
        src: jpg.src,
        srcset: jpg.srcSet.attribute,
        width: Number(jpg.attributes['width'] ?? image.width),
        height: Number(jpg.attributes['height'] ?? image.height),
      },
    };
  });
}

/** One transform of an image at one width and format (Open Graph image, search thumbnail), memoised likewise. */
export function imageUrl(image: ImageMetadata, width: number, format: 'jpg' | 'webp'): Promise<string> {
  return memo(
    `single ${image.src} ${width} ${format}`,
    async () => (await getImage({ src: image, width, format })).src,
  );
}
