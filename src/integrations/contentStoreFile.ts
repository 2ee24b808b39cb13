import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { storeReadyFile } from '../config.ts';

/** Astro's module id for the content data store, and the one its plugin resolves it to. */
const STORE_MODULE = '\0astro:data-layer-content';
/** The name of Astro's Vite plugin that loads it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const ASTRO_PLUGIN = 'astro-content-virtual-mod-plugin';

/**
 * The server bundle reads the content data store from its file when the pages are rendered, instead of carrying it.
 *
 * Astro's build loads the store (`<cacheDir>/data-store.json`) as a module whose code is the whole file in one string
 * literal: `export default JSON.parse("…")`. At 20,000 products that is 46 MB that Astro parses and escapes, and Vite
 * reads, bundles and writes, in every render process of scripts/build.ts. Here the module is one line that reads the
 * same file with the same JSON.parse, so the pages see the same store. The file stays where the build reads it: the
 * render processes start from their own copy in their own cache folder (scripts/build.ts).
 *
 * OCOP_STORE_READY=<file> (scripts/build.ts in a rebuild): the render process starts bundling while the content sync
 * is still running, and the store is read once that file exists (the module waits for it before its first use, when
 * the pages are about to render): the bundle does not depend on the store, only on the code.
 *
 * Astro's plugin is wrapped rather than run before: it resolves the id itself, and a plugin's load that comes after
 * it never sees the id. If a later Astro renames that plugin the build stops here, rather than quietly bundling the
 * store again.
 */
export default function contentStoreFile(): AstroIntegration {
  return {
    name: 'ocop-content-store-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        // Astro's own choice of file for a build (astro/dist/content/paths.js): the single-file store in cacheDir.
        if (config.experimental.collectionStorage && config.experimental.collectionStorage !== 'single-file') return;
        const ready = storeReadyFile();
        updateConfig({
          vite: { plugins: [storeFromFile(new URL('data-store.json', config.cacheDir), ready)] },
        });
      },
    },
  };
}

/**
 * The module that reads the store file at run time: the code, given the file, and the file whose existence says the
 * store is ready (polled every 20 ms; after 15 minutes without it the render stops with a message).
 */
export function storeModuleCode(file: URL, ready?: string): string {
  const wait =
    ready === undefined
      ? ''
      : `const ready = ${JSON.stringify(ready)};\n` +
        `for (const start = Date.now(); !existsSync(ready); await new Promise((done) => setTimeout(done, 20)))\n` +
        `  if (Date.now() - start > 900000) throw new Error('the content store was not ready after 15 minutes: ' + ready);\n`;
  return (
    `import { existsSync, readFileSync } from 'node:fs';\n` +
    wait +
    `export default JSON.parse(readFileSync(new URL(${JSON.stringify(file.href)}), 'utf8'));\n`
  );
}

function storeFromFile(file: URL, ready: string | undefined): Plugin {
  return {
    name: 'ocop-content-store-file',
    apply: 'build',
    configResolved(resolved) {
      const astro = resolved.plugins.find((plugin) => plugin.name === ASTRO_PLUGIN);
      const load = astro?.load;
      if (!astro || !load || typeof load !== 'object' || typeof load.handler !== 'function')
        throw new Error(
          `ocop-content-store-file: Astro's plugin "${ASTRO_PLUGIN}" with a load handler was not found; ` +
            'Astro changed how it loads the content store: update src/integrations/contentStoreFile.ts.',
        );
      const handler = load.handler;
      // The plugin object is shared by the server and client builds: wrap it once.
      if ((handler as { ocopWrapped?: boolean }).ocopWrapped) return;
      const wrapped: typeof handler = function (this: ThisParameterType<typeof handler>, id, ...rest) {
        if (id === STORE_MODULE) return { code: storeModuleCode(file, ready), map: { mappings: '' } };
        return handler.call(this, id, ...rest);
      };
      Object.assign(wrapped, { ocopWrapped: true });
      load.handler = wrapped;
    },
  };
}
