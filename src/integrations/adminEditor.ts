import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShard, cmsSettings, contentDir, previousPagesFile } from '../config.ts';
import { adminTextFiles, cmsBackend, decapBundleFiles } from '../lib/admin/adminFiles.ts';

/**
 * Writes the web editor to dist/admin/ after the build: its page (with its own Content Security Policy, outside
 * Astro's, which would refuse what the editor needs), its configuration generated from the schemas, the record
 * formats and Decap CMS's files from node_modules. Not an Astro page, so it is in neither the sitemap nor the search
 * index. The git host comes from OCOP_CMS_* (README, "For provincial offices").
 */
export default function adminEditor(): AstroIntegration {
  let site = '';
  return {
    name: 'ocop-admin-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'https://ocop.example.vn';
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A build split over processes writes the editor once, in the first; a rebuild after a change keeps it.
        const shard = buildShard();
        if ((shard && shard.index > 0) || previousPagesFile()) return;
        const out = join(fileURLToPath(dir), 'admin');
        await mkdir(out, { recursive: true });
        const settings = cmsSettings();
        const { provinces } = settings;
        const backend = cmsBackend(settings);
        const text = await adminTextFiles({
          contentRoot: contentDir(),
          siteUrl: site,
          backend,
          ...(provinces ? { provinces } : {}),
        });
        await Promise.all([
          ...[...text].map(([name, body]) => writeFile(join(out, name), body)),
          ...decapBundleFiles().map((file) => copyFile(file.path, join(out, file.name))),
        ]);
        if (!settings.repo)
          logger.warn(`OCOP_CMS_REPO is not set: /admin/ saves to ${backend.name} ${backend.repo} (see README)`);
        logger.info(`/admin/ editor for ${backend.name} ${backend.repo}, branch ${backend.branch}`);
      },
    },
  };
}
