import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { traceQrFile } from '../lib/trace/traceQrFiles.ts';

/**
 * The QR images of the trace codes, /t/<code>/qr.svg and /t/<code>/qr.png.
 *
 * They used to be Astro endpoints: 2 × N routes rendered one after another with the pages, 8 of 36 s of page
 * generation at 1,000 products. Astro renders on one core; this integration starts scripts/write-trace-qr.ts as
 * a second process as soon as the build has emptied the output folder, so the images are drawn on the other core,
 * and waits for it before the build ends (a failure fails the build). `astro dev` draws them on request.
 */
export default function traceQr(): AstroIntegration {
  let root = '';
  let outDir = '';
  let site = '';
  let job: Promise<void> | undefined;
  return {
    name: 'ocop-trace-qr',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        site = config.site ?? 'https://ocop.example.vn';
      },
      'astro:build:setup': ({ logger }) => {
        // Runs once per Vite environment, after the output folder was emptied: start on the first.
        job ??= new Promise((resolve, reject) => {
          const child = spawn(process.execPath, ['scripts/write-trace-qr.ts', outDir, site], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('error', reject);
          child.on('close', (code) => {
            if (code === 0) {
              logger.info(output.trim());
              resolve();
            } else reject(new Error(`scripts/write-trace-qr.ts exited with ${code}:\n${output}`));
          });
        });
        // Reported when awaited in astro:build:done; do not crash the build process before then.
        job.catch(() => undefined);
      },
      'astro:build:done': async () => {
        await job;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          traceQrFile(pathname, site)
            .then((file) => {
              if (!file) return next();
              response.setHeader('Content-Type', file.type);
              response.end(file.body);
            })
            .catch(next);
        });
      },
    },
  };
}
