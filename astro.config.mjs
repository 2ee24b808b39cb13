// @ts-check
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import adminEditor from './src/integrations/adminEditor.ts';
import sitemap from './src/integrations/sitemap.ts';
import pageSelection from './src/integrations/pageSelection.ts';
import islandStyles from './src/integrations/islandStyles.ts';
import webFonts from './src/integrations/webFonts.ts';
import traceQr from './src/integrations/traceQr.ts';
import contentStoreFile from './src/integrations/contentStoreFile.ts';
import { astroCacheDir, siteUrl } from './src/config.ts';

const cacheDir = astroCacheDir();

export default defineConfig({
  site: siteUrl(),
  // scripts/build.ts gives each of its render processes a cache folder of its own.
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro renders pages on one thread; with four in flight, one page's file writes overlap the next page's
    // rendering. At 1,000 products page generation took 36 s instead of 52 s (8 and 16 gave no more).
    concurrency: 4,
  },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // The islands are written against React's API ('react' imports) and run on Preact through preact/compat:
    // 65 KB less script on the search page than React DOM (bench/RESULTS.md, issue 21).
    // Babel (preact's JSX transform) reads only the islands: it otherwise went through every module, among them
    // Astro's list of content images, one import per record (6.7 MB at 20,000 products).
    preact({ compat: true, include: ['src/islands/**/*.tsx'] }),
    webFonts(),
    pageSelection(),
    traceQr(),
    sitemap(),
    adminEditor(),
    islandStyles(),
    contentStoreFile(),
  ],
  image: {
    // One modern format per request keeps encodes down; <Picture> asks for AVIF and WebP explicitly.
    responsiveStyles: false,
  },
  security: {
    // A <meta http-equiv> policy on every page. Astro adds the hashes of its bundled scripts and styles (islands,
    // scoped styles, Tailwind); BaseLayout adds the hash of its inline check script. No 'unsafe-inline' anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Pagefind runs its search in a worker it may start from a blob: URL.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      // 'report-sample' puts the start of a blocked inline script in the violation report, to find it.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'", "'report-sample'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
