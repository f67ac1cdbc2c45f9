// Browser tests of the dealgraph page: loading, graph contents, filters, deal
// evidence, cycles, escaping of article text, keyboard use and phone width.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, dealCount, launch, openPage, shot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page loads without console errors and shows the ledger', async () => {
  const { page, problems } = await openPage(browser);
  const response = await page.request.get(baseUrl);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  assert.match(await page.textContent('#stats'), /\d+ articles · \d+ deals/);
  assert.ok(await dealCount(page) > 0, 'the table lists deals');
  assert.equal(await page.isHidden('#error'), true, 'no error is shown');
  await shot(page, 'laptop');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the graph shows the expected organizations, with units inside parents or rolled up', async () => {
  const { page, problems } = await openPage(browser);
  const ids = await page.evaluate(() => window.dealgraph.cy.nodes().map((n) => n.id().toLowerCase()));
  for (const name of ['openai', 'microsoft', 'amazon', 'anthropic', 'nvidia']) {
    assert.ok(ids.includes(name), `${name} is a node`);
  }
  // The deals drawn: an edge stands for the deals of one type between two organizations.
  const drawnDeals = () => page.evaluate(() => [...new Set(window.dealgraph.cy.edges()
    .flatMap((e) => e.data('deals')))].sort());
  const deals = await drawnDeals();
  assert.ok(deals.length > 0, 'deals are edges');
  const units = await page.evaluate(() => window.dealgraph.cy.nodes().filter((n) => n.isChild()).length);
  await page.check('input[name=rollup]');
  const rolled = await page.evaluate(() => ({
    nodes: window.dealgraph.cy.nodes().length,
    children: window.dealgraph.cy.nodes().filter((n) => n.isChild()).length,
  }));
  assert.equal(rolled.children, 0, 'no unit is drawn when rolled up');
  assert.equal(rolled.nodes, ids.length - units, 'units merge into their parents');
  assert.deepEqual(await drawnDeals(), deals, 'rolling up keeps every deal');
  await shot(page, 'rolled-up');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the graph draws the organizations with the most money first and more on request', async () => {
  const { page, problems } = await openPage(browser);
  const tops = () => page.evaluate(() => window.dealgraph.cy.nodes().orphans().map((n) => n.id()));
  const first = await tops();
  const note = await page.textContent('#graph-note');
  const [, shown, total] = note.match(/(\d+) of (\d+) organizations/).map(Number);
  assert.equal(first.length, shown, note);
  assert.ok(shown < total, 'the example ledger has more organizations than are drawn at first');
  // Every deal between two drawn organizations is drawn, once, on an edge of its type.
  const check = await page.evaluate(async () => {
    const data = await (await fetch('/api/graph')).json();
    const cy = window.dealgraph.cy;
    const drawn = new Set(cy.nodes().orphans().map((n) => n.id()));
    const want = new Set(data.edges.filter((e) => drawn.has(e.source_top) && drawn.has(e.target_top)).map((e) => e.deal));
    const type = new Map(data.deals.map((d) => [d.id, d.type]));
    const got = cy.edges().flatMap((e) => e.data('deals'));
    return { want: want.size, got: new Set(got).size, typed: cy.edges().every((e) => e.data('deals').every((id) => type.get(id) === e.data('type'))),
      multi: cy.edges().filter((e) => e.data('count') > 1).map((e) => e.id()) };
  });
  assert.equal(check.got, check.want, 'the edges hold every deal between drawn organizations');
  assert.ok(check.typed, 'an edge holds deals of its own type');
  assert.ok(check.multi.length > 0, 'some edges stand for several deals');
  // An edge of several deals lists them in the panel.
  await page.evaluate((id) => window.dealgraph.cy.getElementById(id).emit('tap'), check.multi[0]);
  await page.waitForSelector('#panel .deal-list li');
  const listed = await page.locator('#panel .deal-list li').count();
  assert.equal(listed, await page.evaluate((id) => window.dealgraph.cy.getElementById(id).data('count'), check.multi[0]));
  await page.locator('#panel .deal-list button').first().click();
  await page.waitForSelector('#panel .claim .evidence');
  // More organizations on request, the first ones still there.
  await page.click('#graph-note button.more');
  const more = await tops();
  assert.ok(more.length > first.length, `more organizations drawn (${more.length})`);
  assert.ok(first.every((id) => more.includes(id)), 'the first organizations stay');
  await shot(page, 'more-organizations');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a filter narrows the table and the graph', async () => {
  const { page, problems } = await openPage(browser);
  const all = await dealCount(page);
  const allEdges = await page.evaluate(() => window.dealgraph.cy.edges().length);
  await page.selectOption('select[name=type]', 'acquisition');
  await page.waitForFunction((n) => Number(document.querySelector('#deal-count').textContent.replace(/\D/g, '')) !== n
    || document.querySelectorAll('#deal-table tbody tr .tag.investment').length === 0, all);
  const some = await dealCount(page);
  assert.ok(some <= all, 'a filter never increases the count');
  const types = await page.$$eval('#deal-table tbody tr .tag', (tags) => tags.map((t) => t.textContent));
  assert.ok(types.every((t) => t === 'acquisition'), `only acquisitions listed: ${types}`);
  await page.waitForFunction(() => window.dealgraph.cy.edges().every((e) => e.data('type') === 'acquisition'));
  assert.ok(await page.evaluate(() => window.dealgraph.cy.edges().length) <= allEdges);
  await page.selectOption('select[name=min_amount]', '1e10');
  await page.waitForFunction((n) => Number(document.querySelector('#deal-count').textContent.replace(/\D/g, '')) <= n, some);
  assert.ok(await dealCount(page) <= some, 'a second filter narrows further');
  await shot(page, 'filtered');
  await page.click('button[type=reset]');
  await page.waitForFunction((n) => Number(document.querySelector('#deal-count').textContent.replace(/\D/g, '')) === n, all);
  assert.deepEqual(problems, []);
  await page.close();
});

test('sorting the table by amount puts the largest deals first', async () => {
  const { page, problems } = await openPage(browser);
  await page.click('th[data-sort=amount] button');
  await page.waitForSelector('th[data-sort=amount][aria-sort=descending]');
  const ids = await page.$$eval('#deal-table tbody tr', (rows) => rows.map((r) => r.dataset.id));
  const api = await page.evaluate(async () => (await (await fetch('/api/deals?sort=-amount&limit=50')).json()).deals.map((d) => d.id));
  assert.deepEqual(ids, api);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a deal shows its evidence sentence and history', async () => {
  const { page, problems } = await openPage(browser);
  const row = page.locator('#deal-table tbody tr').first();
  const id = await row.getAttribute('data-id');
  await row.click();
  await page.waitForSelector('#panel .claim .evidence');
  const detail = await page.evaluate(async (i) => (await fetch(`/api/deals/${i}`)).json(), id);
  const shown = await page.$$eval('#panel .claim .evidence', (els) => els.map((e) => e.textContent));
  assert.deepEqual(shown, detail.claims.map((c) => c.evidence.text));
  assert.equal(await page.locator('#panel .history li').count(), detail.history.length);
  assert.ok(await page.locator('#panel mark.party').count() > 0, 'the parties are marked');
  await shot(page, 'deal');
  // The organization panel: totals, counterparties, timeline.
  await page.locator('#panel dd button').first().click();
  await page.waitForSelector('#panel .counterparties');
  // Named counterparties, or a line saying there are none.
  assert.ok(await page.locator('#panel .counterparties li').count() > 0);
  assert.ok(await page.locator('#panel .timeline li').count() > 0);
  await shot(page, 'organization');
  assert.deepEqual(problems, []);
  await page.close();
});

test('choosing a cycle highlights it in the graph', async () => {
  const { page, problems } = await openPage(browser);
  const button = page.locator('#cycle-list button').first();
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  const lit = await page.evaluate(() => ({
    reported: window.dealgraph.highlighted,
    edges: window.dealgraph.cy.edges('.hit').length,
    faded: window.dealgraph.cy.edges('.faded').length,
  }));
  assert.ok(lit.reported > 0 && lit.edges === lit.reported, `cycle edges lit: ${JSON.stringify(lit)}`);
  assert.ok(lit.faded > 0, 'the rest fades');
  await page.waitForTimeout(400);
  await shot(page, 'cycle');
  await button.click();
  assert.equal(await page.evaluate(() => window.dealgraph.cy.edges('.hit').length), 0, 'choosing again clears it');
  assert.deepEqual(problems, []);
  await page.close();
});

test('article text with <script> is shown as text, never run', async () => {
  const { page, problems } = await openPage(browser);
  await page.fill('input[name=org]', 'Zorblax Robotics');
  await page.press('input[name=org]', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#deal-table tbody tr[data-id]').length > 0);
  await page.locator('#deal-table tbody tr[data-id]').first().click();
  await page.waitForSelector('#panel .claim .evidence');
  const text = await page.textContent('#panel .claim .evidence');
  assert.ok(text.includes('<script>alert("xss")</script>'), `the markup is visible as text: ${text}`);
  assert.equal(await page.locator('#panel script').count(), 0, 'no script element was created');
  assert.equal(await page.locator('script').count(), 2, 'only the page\'s own two scripts exist');
  await shot(page, 'script-article');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the table and cycles are usable from the keyboard', async () => {
  const { page, problems } = await openPage(browser);
  await page.locator('#deal-table tbody tr').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel .claim');
  await page.locator('#cycle-list button').first().focus();
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => window.dealgraph.highlighted) > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the page fits a phone screen', async () => {
  const { page, problems } = await openPage(browser, { width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px too wide)`);
  const graph = await page.locator('#graph').boundingBox();
  assert.ok(graph.width > 300 && graph.height > 250, 'the graph keeps a usable size');
  await shot(page, 'phone');
  await page.locator('#deal-table tbody tr').first().click();
  await page.waitForSelector('#panel .claim');
  await page.locator('#panel').scrollIntoViewIfNeeded();
  await shot(page, 'phone-deal');
  assert.deepEqual(problems, []);
  await page.close();
});
