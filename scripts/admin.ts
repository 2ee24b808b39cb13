/**
 * npm run admin — try the web editor on this computer, on the records in content/. Opens nothing by itself: it
 * prints the address to open in a browser. Saves change the files in content/ directly (see them with git diff,
 * check them with npm run validate); Ctrl+C stops both servers.
 *
 *   npm run admin            page on http://127.0.0.1:4322/admin/
 *   npm run admin -- 5000    page on port 5000
 */
import { startLocalAdmin } from './lib/adminServer.ts';

const port = Number(process.argv[2] ?? 4322);
const admin = await startLocalAdmin({ repoDir: '.', port, proxyOutput: 'inherit' });
console.log(`Trình soạn thảo: ${admin.url}`);
console.log(`(decap-server ${admin.proxyUrl} ghi thẳng vào content/; Ctrl+C để dừng)`);
const stop = () => {
  void admin.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
