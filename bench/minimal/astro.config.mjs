// @ts-check
// The bare template npm run bench builds beside the real site: the same content collections, one plain page per
// product in each language, no layout, no images, no CSS. Its build time is the floor the site's overhead is
// measured against.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './bench/minimal/src',
  publicDir: './bench/minimal/public',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
