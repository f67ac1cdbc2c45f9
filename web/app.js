// Entry point of the page: loads the ledger through the API and ties the
// filters, graph, deal table, cycle list and detail panel together.
import { api } from './api.js';
import { CycleList } from './cycles.js';
import { h, replace } from './dom.js';
import { day } from './format.js';
import { Graph } from './graph.js';
import { Panel } from './panels.js';
import { DealTable } from './table.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
const errorBox = $('error');

function showError(err) {
  errorBox.hidden = !err;
  errorBox.textContent = err ? String(err.message || err) : '';
}

// Runs `fn`, showing its error instead of leaving it unhandled.
async function guarded(fn) {
  try {
    await fn();
    showError(null);
  } catch (err) {
    showError(err);
  }
}

function readFilters() {
  const data = new FormData(form);
  const filters = {};
  for (const key of ['type', 'status', 'since', 'until', 'min_amount', 'org']) {
    const value = String(data.get(key) || '').trim();
    if (value) filters[key] = value;
  }
  return filters;
}

const panel = new Panel($('panel'), {
  org: (name) => openOrg(name),
  deal: (id) => openDeal(id),
});
const graph = new Graph($('graph'), { onNode: (name) => openOrg(name), onEdge: (id) => openDeal(id),
  onEdges: (group) => openDeals(group), note: $('graph-note') });
const table = new DealTable($('deal-table'),
  { count: $('deal-count'), prev: $('prev-page'), next: $('next-page'), info: $('page-info') }, (id) => openDeal(id));
const cycles = new CycleList($('cycle-list'), (cycle) => {
  if (cycle) {
    window.dealgraph.highlighted = graph.highlightCycle(cycle);
  } else {
    graph.clearHighlight();
    window.dealgraph.highlighted = 0;
  }
});

let graphData = null;

function openOrg(name) {
  return guarded(async () => {
    graph.focusOrg(name);
    await panel.showOrg(name);
  });
}

function openDeal(id) {
  return guarded(async () => {
    graph.focusDeal(id);
    table.select(id);
    await panel.showDeal(id);
    $('panel').focus({ preventScroll: window.innerWidth > 800 });
  });
}

// An edge that stands for several deals between two organizations: list them.
function openDeals({ edge, from, to, deals }) {
  return guarded(async () => {
    graph.focus(graph.cy.getElementById(edge));
    panel.showDeals(`${from} → ${to}`, deals);
    $('panel').focus({ preventScroll: window.innerWidth > 800 });
  });
}

async function refresh() {
  const filters = readFilters();
  const [data] = await Promise.all([api.graph(filters), table.load(filters)]);
  graphData = data;
  graph.render(graphData, form.elements.rollup.checked);
  if (filters.org) panel.showOrg(filters.org).catch(() => {});  // an unknown name just lists nothing
}

async function loadStats() {
  const s = await api.stats();
  const span = s.first_reported ? ` · reported ${day(s.first_reported)} – ${day(s.last_reported)}` : '';
  $('stats').textContent = `${s.documents} articles · ${s.deals} deals · ${s.organizations} organizations${span}`;
}

let suggestTimer = 0;
form.elements.org.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const q = form.elements.org.value.trim();
  if (!q) return;
  suggestTimer = setTimeout(() => guarded(async () => {
    const found = await api.search(q);
    replace($('org-suggestions'), found.organizations.map((o) => h('option', { value: o.name })));
  }), 250);
});
form.addEventListener('change', (e) => {
  if (e.target.name === 'rollup') {
    if (graphData) graph.render(graphData, e.target.checked);
    return;
  }
  guarded(refresh);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  guarded(refresh);
});
form.addEventListener('reset', () => setTimeout(() => guarded(refresh), 0));

window.dealgraph = {
  cy: graph.cy,
  graph,
  table,
  panel,
  highlighted: 0,
  ready: guarded(async () => {
    // The graph's request first: the server answers one request at a time.
    await Promise.all([refresh(), api.cycles().then((c) => cycles.render(c)), loadStats()]);
  }),
};
