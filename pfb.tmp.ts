import { serveStatic } from './tests/e2e/staticServer.ts';
import { launchBrowser, newPage } from './tests/e2e/browser.ts';
const dist = process.argv[2] ?? '/tmp/d1000';
const { server, url } = await serveStatic(dist);
const browser = await launchBrowser();
const { page } = await newPage(browser);
const log: [string, number][] = [];
page.on('response', (r) => {
  const p = new URL(r.url()).pathname;
  if (!p.startsWith('/pagefind/')) return;
  r.body()
    .then((b) => log.push([p, b.length]))
    .catch(() => {});
});
await page.goto(`${url}/`);
for (const term of ['gạo', 'nước mắm']) {
  const before = log.length;
  await page.evaluate(async (t) => {
    const w = window as any;
    const pf = w.pf ?? (await import('/pagefind/pagefind.js' as string));
    w.pf = pf;
    const s = await pf.search(t);
    await Promise.all(s.results.slice(0, 10).map((r: any) => r.data()));
  }, term);
  await page.waitForTimeout(300);
  const items = log.slice(before);
  const groups = new Map<string, [number, number]>();
  for (const [p, b] of items) {
    const k = p.replace(/[a-f0-9]{6,}/g, '*');
    const g = groups.get(k) ?? [0, 0];
    groups.set(k, [g[0] + 1, g[1] + b]);
  }
  console.log(
    term,
    items.reduce((a, [, b]) => a + b, 0),
    [...groups].map(([k, [n, b]]) => `${k} ×${n} ${b}`).join(' | '),
  );
}
await browser.close();
server.close();
