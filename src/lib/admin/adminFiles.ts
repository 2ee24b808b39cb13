/**
 * The files of /admin/: the page, its configuration (generated from the schemas) and Decap CMS's own build, copied
 * from node_modules so the editor is served by the site itself, never from a CDN. Used by the Astro build
 * (src/integrations/adminEditor.ts) and by the local trial server (npm run admin).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { build } from 'esbuild';
import { cmsSettings } from '../../config.ts';
import { adminHtml, adminPolicy } from './adminPage.ts';
import { type CmsBackend, type ProvinceFolder, cmsConfig, fieldOrder } from './cmsConfig.ts';

/** Decap CMS's browser build: the entry file, the chunks it loads on demand and their WebAssembly. */
export function decapBundleFiles(): { name: string; path: string }[] {
  const dist = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  return readdirSync(dist)
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm'))
    .map((name) => ({ name, path: join(dist, name) }));
}

/** The provincial units, sorted by their Vietnamese name, from content/provinces/<id>.yaml. */
export function readProvinceFolders(contentRoot: string): ProvinceFolder[] {
  const dir = join(contentRoot, 'provinces');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const record = parse(readFileSync(join(dir, name), 'utf8')) as { name?: { vi?: string } } | null;
      return { id, name: record?.name?.vi ?? id };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The git host the deployed editor saves to, from the OCOP_CMS_* settings (README, "For provincial offices"). */
export function cmsBackend(settings: ReturnType<typeof cmsSettings> = cmsSettings()): CmsBackend {
  const name = settings.backend;
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea')
    throw new Error(`OCOP_CMS_BACKEND must be github, gitlab or gitea (Forgejo uses gitea) (got ${name})`);
  const backend: CmsBackend = { name, repo: settings.repo ?? 'ocop-vn/ocop-catalogue', branch: settings.branch };
  if (settings.apiRoot) backend.api_root = settings.apiRoot;
  if (settings.baseUrl) backend.base_url = settings.baseUrl;
  if (settings.appId) {
    backend.app_id = settings.appId;
    backend.auth_type = 'pkce';
  }
  return backend;
}

/** The API origin the browser calls for a backend: the public GitHub or GitLab, or a self-hosted api_root. */
export function backendOrigins(backend: CmsBackend): string[] {
  const origins = new Set<string>();
  const defaults = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', gitea: 'https://try.gitea.io' };
  origins.add(new URL(backend.api_root ?? defaults[backend.name]).origin);
  if (backend.base_url) origins.add(new URL(backend.base_url).origin);
  return [...origins];
}

export interface AdminSiteOptions {
  contentRoot: string;
  siteUrl: string;
  backend: CmsBackend;
  /** decap-server's address for a local trial: saves go to files on this computer, without review. */
  localBackend?: string;
  /** Limits the collections to some provinces (OCOP_CMS_PROVINCES="hue,ha-noi"), for one office's editor. */
  provinces?: readonly string[];
}

/**
 * /admin/editor.js: the record formats of src/lib/admin/editorFormats.ts with the YAML library, bundled by esbuild
 * (already installed for Vite), with the field order of the schemas written in.
 */
export async function editorScript(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./editorFormats.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __OCOP_FIELD_ORDER__: JSON.stringify(fieldOrder()) },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no editor.js');
  return output.text;
}

/** Every file of /admin/ except Decap's bundle: name → text. */
export async function adminTextFiles(options: AdminSiteOptions): Promise<Map<string, string>> {
  const provinces = readProvinceFolders(options.contentRoot).filter(
    (province) => !options.provinces || options.provinces.includes(province.id),
  );
  const config = cmsConfig({
    backend: options.backend,
    provinces,
    publishMode: options.localBackend ? 'simple' : 'editorial_workflow',
    siteUrl: options.siteUrl,
    ...(options.localBackend ? { localBackend: options.localBackend } : {}),
  });
  const connect = options.localBackend ? [new URL(options.localBackend).origin] : backendOrigins(options.backend);
  const images = options.backend.name === 'github' ? ['https://avatars.githubusercontent.com'] : connect;
  const header = '# Generated from src/schemas/ by src/lib/admin/cmsConfig.ts at build time; do not edit.\n';
  return new Map([
    ['index.html', adminHtml(adminPolicy({ connect, images }))],
    ['config.yml', header + stringify(config, { lineWidth: 0 })],
    ['editor.js', await editorScript()],
  ]);
}
