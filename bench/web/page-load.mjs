// Time to a usable page: opens the dealgraph page in headless chromium
// (Debian's, through playwright-core, as tests/web does) RUNS times, each in a
// fresh browser context (nothing cached), and prints the milliseconds from
// navigation until window.dealgraph.ready has resolved and a frame has been
// drawn, the API requests' timings, and the median. See docs/performance.md,
// "Web page".
//
//   node bench/web/page-load.mjs http://127.0.0.1:8080/ [RUNS] [--click more|all]
//
// --click times a press of "Show 60 more" or "Show all" after the load instead.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const click = args.includes('--click') ? args[args.indexOf('--click') + 1] : '';
const [url, runsArg] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--click');
if (!url) {
  console.error('usage: node bench/web/page-load.mjs URL [RUNS] [--click more|all]');
  process.exit(2);
}
const runs = Number(runsArg || 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const times = [];
for (let i = 0; i < runs; ++i) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('pageerror', (e) => console.error(`exception: ${e.message}`));
  let start = Date.now();
  await page.goto(url);
  await page.evaluate(() => window.dealgraph.ready);
  if (click) {
    start = Date.now();
    await page.click(`#graph-note button.${click}`);
  }
  await page.evaluate(frame);
  const ms = Date.now() - start;
  times.push(ms);
  const info = await page.evaluate(() => ({
    nodes: window.dealgraph.cy.nodes().length,
    edges: window.dealgraph.cy.edges().length,
    api: performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'))
      .map((r) => `${new URL(r.name).pathname} ${Math.round(r.startTime)}+${Math.round(r.responseEnd - r.startTime)}`).join(', '),
  }));
  console.log(`run ${i + 1}: ${ms} ms (${info.nodes} nodes, ${info.edges} edges; ${info.api})`);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)]} ms of ${runs}: ${times.join(' ')}`);
await browser.close();
