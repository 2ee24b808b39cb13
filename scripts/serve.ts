/**
 * npm start (after the build) and npm run serve: serves dist/ through nginx on http://127.0.0.1:4321/ with the
 * production configuration (headers, precompressed files, not-found pages), until Ctrl+C. It installs nothing:
 * without nginx it says what to install and exits. npm run preview is Astro's own preview server instead.
 *
 *   node scripts/serve.ts [dist] [--port 4321]
 */
import { distDir } from '../src/config.ts';
import { NGINX_MISSING, startNginx } from './lib/host/nginxServer.ts';

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env['PORT'] ?? 4321);
const dist = args.find((arg, i) => !arg.startsWith('--') && i !== portAt + 1) ?? distDir();

try {
  const nginx = await startNginx(dist, { port, workers: 'auto' });
  console.log(
    `Serving ${dist}/ with nginx at ${nginx.url}/ (configuration and logs: ${nginx.prefix}); Ctrl+C stops it.`,
  );
  let stopping = false;
  const stop = () => {
    stopping = true;
    void nginx.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  nginx.process.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `nginx stopped by itself (${signal ?? `exit code ${code}`}); its log is in ${nginx.prefix}/error.log.`,
    );
    process.exit(1);
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message === NGINX_MISSING ? `npm start: ${message}` : message);
  process.exit(1);
}
