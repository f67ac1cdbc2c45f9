// Shared setup of the browser tests: Debian's chromium driven by playwright-core,
// the server's URL from DEALGRAPH_URL, and a page that records console errors.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.DEALGRAPH_URL;
if (!baseUrl) throw new Error('DEALGRAPH_URL is not set: run the browser tests through scripts/test-web');

export const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Opens the page and waits until its first load is done. `problems` collects
// console errors, uncaught exceptions, dialogs (alert()) and failed requests.
export async function openPage(browser, viewport = { width: 1366, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('dialog', async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith(baseUrl)) problems.push(`request outside the server: ${r.url()}`); });
  await page.goto(baseUrl);
  await page.evaluate(() => window.dealgraph.ready);
  return { page, problems };
}

export function shot(page, name) {
  return page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

// The deal count shown above the table, e.g. "(93)" -> 93.
export async function dealCount(page) {
  const text = await page.textContent('#deal-count');
  return Number(text.replace(/[^0-9]/g, ''));
}
