// The cytoscape graph: organizations as nodes (units inside their parents, or
// rolled up), deals as edges coloured by type, sized by amount, dashed for talks.
//
// Large ledgers stay fast: only the organizations with the most money in
// their deals are drawn at first (a control shows more), the deals between the
// same two organizations of one type and status group are one edge, and the
// layout (layout.js) costs about O(n log n) per step for a fixed number of steps.
import { h, replace } from './dom.js';
import { usdAmount } from './format.js';
import { autoSteps, forceLayout } from './layout.js';

const COLORS = { investment: '#0072b2', acquisition: '#d55e00', purchase: '#009e73', partnership: '#cc79a7' };

// Organizations drawn at first, and added by each "Show more".
export const FIRST_SHOWN = 60;

const STYLE = [
  { selector: 'node', style: {
    'label': 'data(id)', 'width': 'data(size)', 'height': 'data(size)', 'background-color': '#4a5568',
    'font-size': 'mapData(size, 16, 72, 10, 24)', 'font-weight': 600, 'color': '#1a202c', 'text-valign': 'bottom', 'text-margin-y': 3,
    'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 6 } },
  { selector: ':parent', style: {
    'background-color': '#edf2f7', 'background-opacity': 0.7, 'border-color': '#718096', 'border-width': 1,
    'border-style': 'dashed', 'text-valign': 'top', 'text-margin-y': -3, 'padding': 12, 'shape': 'round-rectangle',
    'compound-sizing-wrt-labels': 'exclude' } },  // the box as large as layout.js plans it
  { selector: 'edge', style: {
    'width': 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
    'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'curve-style': 'bezier', 'opacity': 0.85 } },
  { selector: 'edge.partnership', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.talks', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.cancelled', style: { 'line-style': 'dotted', 'opacity': 0.4 } },
  { selector: 'edge[count > 1]', style: { 'label': 'data(count)', 'font-size': 10, 'color': '#4a5568',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    'min-zoomed-font-size': 8 } },
  { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0.3 } },
  { selector: 'node.hit:childless', style: { 'background-color': '#b7791f', 'border-color': '#744210', 'border-width': 3 } },
  { selector: 'node.hit:parent', style: { 'border-color': '#744210', 'border-width': 3, 'border-style': 'solid' } },
  { selector: 'edge.hit', style: { 'opacity': 1, 'z-index': 10, 'underlay-color': '#f6e05e', 'underlay-opacity': 0.6,
    'underlay-padding': 3 } },
  { selector: ':selected', style: { 'overlay-color': '#b7791f', 'overlay-opacity': 0.25 } },
];

function styleGroup(status) {
  if (status === 'talks' || status === 'planned') return 'talks';
  return status === 'cancelled' ? 'cancelled' : 'agreed';
}

// What the drawing needs from one /api/graph answer, computed once: deals by
// id, each node's parent, units by parent, money per node, and the top
// organizations ranked by the money of their deals (then number of deals).
function prepare(data) {
  const deals = new Map(data.deals.map((d) => [d.id, d]));
  const parent = new Map(data.nodes.map((n) => [n.id, n.parent || null]));
  const units = new Map();
  for (const n of data.nodes) {
    if (n.parent) units.set(n.parent, [...(units.get(n.parent) || []), n.id]);
  }
  const dealsOf = new Map();  // node or top -> Set of deal ids
  const add = (name, id) => {
    if (!dealsOf.has(name)) dealsOf.set(name, new Set());
    dealsOf.get(name).add(id);
  };
  for (const e of data.edges) {
    for (const n of [e.source, e.target]) add(n, e.deal);
    for (const n of [e.source_top, e.target_top]) add(`\u0000${n}`, e.deal);
  }
  const sum = (ids) => {
    let total = 0;
    for (const id of ids || []) total += usdAmount(deals.get(id));
    return total;
  };
  const money = new Map();
  let maxNode = 1;
  for (const n of data.nodes) {
    const m = sum(dealsOf.get(n.id));
    money.set(n.id, m);
    maxNode = Math.max(maxNode, m);
  }
  const tops = data.nodes.filter((n) => !n.parent).map((n) => {
    const ids = dealsOf.get(`\u0000${n.id}`);
    return { id: n.id, money: sum(ids), deals: ids ? ids.size : 0 };
  });
  tops.sort((a, b) => b.money - a.money || b.deals - a.deals || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { data, deals, parent, units, money, maxNode, ranked: tops.map((t) => t.id) };
}

export class Graph {
  // onNode(name) and onEdge(dealId) are called when the user taps one; onEdges({edge, from, to, deals})
  // when the tapped edge stands for several deals. `note` shows how many organizations are drawn.
  constructor(container, { onNode, onEdge, onEdges, note }) {
    this.cy = window.cytoscape({ container, style: STYLE, minZoom: 0.05, maxZoom: 4 });
    this.cy.on('tap', 'node', (e) => onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => {
      const ids = e.target.data('deals');
      if (ids.length === 1 || !onEdges) {
        onEdge(ids[0]);
      } else {
        onEdges({ edge: e.target.id(), from: e.target.data('source'), to: e.target.data('target'),
          deals: ids.map((id) => this.model.deals.get(id)) });
      }
    });
    this.note = note;
    this.model = null;
    this.rollup = false;
  }

  // Draws `data` from /api/graph; with `rollup`, units merge into their parents.
  // The layout is computed on the organizations at the top (units rolled up);
  // units are then placed around their parent, so toggling keeps every
  // organization in place. New data starts again from the top organizations.
  render(data, rollup) {
    this.rollup = rollup;
    if (!this.model || this.model.data !== data) {
      this.model = prepare(data);
      this.limit = Math.min(FIRST_SHOWN, this.model.ranked.length);
      this.pinned = new Set();
      this.positions = new Map();
      this.place({ fresh: true });
    }
    this.draw();
    this.fit();
  }

  // Shows `count` more organizations (all when count is Infinity).
  showMore(count = FIRST_SHOWN) {
    if (!this.model) return;
    this.limit = Math.min(this.model.ranked.length, this.limit + count);
    this.place({});
    this.draw();
    this.fit();
  }

  // The top organizations drawn: the first `limit` by money, and those pinned
  // because a cycle, deal or organization chosen elsewhere needs them.
  shownTops() {
    const shown = new Set(this.model.ranked.slice(0, this.limit));
    for (const p of this.pinned) shown.add(p);
    return shown;
  }

  topOf(name) {
    return this.model.parent.get(name) || name;
  }

  // Makes sure these organizations (any name of the graph's) are drawn; true when the drawing changed.
  pin(names) {
    let added = false;
    for (const name of names) {
      if (!this.model.parent.has(name)) continue;
      const top = this.topOf(name);
      if (!this.shownTops().has(top)) {
        this.pinned.add(top);
        added = true;
      }
    }
    if (added) {
      this.place({ keep: true });
      this.draw();
      this.fit();
    }
    return added;
  }

  // Room a top organization needs: its own circle, or the ring of its units.
  radius(top) {
    const { units, money, maxNode } = this.model;
    const size = (n) => 16 + 56 * Math.sqrt((money.get(n) || 0) / maxNode);
    const list = units.get(top) || [];
    let r = size(top) / 2;
    if (list.length) {
      const ring = list.length > 1 ? 24 + 6 * list.length : 0;
      r = Math.max(r, ring + Math.max(...list.map(size)) / 2 + 12);
    }
    return r + 8;  // and its label
  }

  // Computes positions of the shown top organizations. `fresh`: from scratch;
  // `keep`: the ones placed stay and only new ones move; else all move from
  // where they are (new ones start next to a partner).
  place({ fresh = false, keep = false }) {
    const shown = [...this.shownTops()];
    const index = new Map(shown.map((id, i) => [id, i]));
    const pairs = new Set();
    const edges = [];
    for (const e of this.model.data.edges) {
      const a = index.get(e.source_top);
      const b = index.get(e.target_top);
      if (a === undefined || b === undefined || a === b) continue;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      edges.push([a, b]);
    }
    const nodes = shown.map((id) => {
      const at = fresh ? null : this.positions.get(id);
      return { radius: this.radius(id), x: at?.x, y: at?.y, fixed: keep && !!at };
    });
    const steps = fresh ? autoSteps(nodes.length) : Math.ceil(autoSteps(nodes.length) / 2);
    const out = forceLayout(nodes, edges, { length: 120, steps, gap: 10 });
    shown.forEach((id, i) => this.positions.set(id, out[i]));
  }

  // Fits the graph in view, without blowing a handful of organizations up to full screen.
  fit() {
    this.cy.fit(undefined, 20);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center();
    }
  }

  // Replaces the elements by those of the shown organizations, at their positions.
  draw() {
    const { data, deals, units, money, maxNode } = this.model;
    const rollup = this.rollup;
    const shown = this.shownTops();
    // One edge per (source, target, type, status group): the deals between them.
    const groups = new Map();
    for (const e of data.edges) {
      if (!shown.has(e.source_top) || !shown.has(e.target_top)) continue;
      const deal = deals.get(e.deal);
      const source = rollup ? e.source_top : e.source;
      const target = rollup ? e.target_top : e.target;
      const group = styleGroup(deal.status);
      const key = `${source}\u0000${target}\u0000${deal.type}\u0000${group}`;
      let g = groups.get(key);
      if (!g) {
        g = { source, target, source_top: e.source_top, target_top: e.target_top, type: deal.type, group, deals: [] };
        groups.set(key, g);
      }
      if (!g.deals.includes(deal)) g.deals.push(deal);
    }
    const edges = [];
    let maxEdge = 1;
    for (const g of groups.values()) {
      g.deals.sort((a, b) => usdAmount(b) - usdAmount(a) || (a.id < b.id ? -1 : 1));
      const amount = g.deals.reduce((s, d) => s + usdAmount(d), 0);
      maxEdge = Math.max(maxEdge, amount);
      const statuses = new Set(g.deals.map((d) => d.status));
      const status = statuses.size === 1 ? g.deals[0].status : g.group;
      edges.push({ group: 'edges', classes: [g.type, g.group === 'talks' ? 'talks' : '', status].join(' '),
        data: { id: `${g.deals[0].id}-${edges.length}`, deal: g.deals[0].id, deals: g.deals.map((d) => d.id),
          count: g.deals.length, source: g.source, target: g.target, source_top: g.source_top,
          target_top: g.target_top, type: g.type, status, amount, color: COLORS[g.type] || '#4a5568' } });
    }
    for (const e of edges) e.data.width = 1.5 + 9 * Math.sqrt(e.data.amount / maxEdge);
    const nodes = [];
    for (const top of shown) {
      const at = this.positions.get(top);
      const m = money.get(top) || 0;
      nodes.push({ group: 'nodes', position: { ...at },
        data: { id: top, top, money: m, size: 16 + 56 * Math.sqrt(m / maxNode) } });
      if (rollup) continue;
      const siblings = units.get(top) || [];
      siblings.forEach((id, i) => {  // around the parent's place
        const angle = (2 * Math.PI * i) / siblings.length;
        const radius = siblings.length > 1 ? 24 + 6 * siblings.length : 0;
        const um = money.get(id) || 0;
        nodes.push({ group: 'nodes', position: { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) },
          data: { id, parent: top, top, money: um, size: 16 + 56 * Math.sqrt(um / maxNode) } });
      });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(nodes);
      this.cy.add(edges);
    });
    this.showNote(shown.size);
  }

  showNote(shown) {
    if (!this.note) return;
    const total = this.model.ranked.length;
    const more = Math.min(FIRST_SHOWN, total - this.limit);
    replace(this.note,
      total > shown
        ? `${shown} of ${total} organizations, those with the most money in their deals first. `
        : `${total} organization${total === 1 ? '' : 's'}. `,
      this.limit < total ? h('button.more', { type: 'button', on: { click: () => this.showMore() } }, `Show ${more} more`) : null,
      this.limit < total ? ' ' : null,
      this.limit < total ? h('button.all', { type: 'button', on: { click: () => this.showMore(Infinity) } }, `Show all ${total}`) : null);
  }

  // Highlights the legs of a cycle from /api/cycles; returns the number of edges lit.
  highlightCycle(cycle) {
    this.pin(cycle.legs.map((l) => l.from));
    this.clearHighlight();
    const legs = new Set(cycle.legs.map((l) => `${l.from}\u0000${l.to}`));
    const dealIds = new Set(cycle.legs.flatMap((l) => l.deals.map((d) => d.id)));
    const lit = this.cy.edges().filter((e) => e.data('deals').some((id) => dealIds.has(id)) &&
      legs.has(`${e.data('source_top')}\u0000${e.data('target_top')}`));
    this.cy.elements().addClass('faded');
    lit.removeClass('faded').addClass('hit');
    const nodes = lit.connectedNodes();
    nodes.removeClass('faded').addClass('hit');
    nodes.ancestors().removeClass('faded').addClass('hit');
    if (lit.length) {
      const shown = lit.union(nodes).union(nodes.ancestors());
      this.cy.fit(shown, 40);
      if (this.cy.zoom() > 1.5) {  // a two-organization cycle would fill the screen
        const bb = shown.boundingBox();
        this.cy.zoom({ level: 1.5, position: { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } });
      }
    }
    return lit.length;
  }

  // Marks one organization (and its deals) or one deal, fading the rest;
  // one not drawn yet is added to the drawing first.
  focusOrg(name) {
    if (this.model) this.pin([name]);
    const node = this.cy.getElementById(name);
    this.focus(node.union(node.descendants()));
  }

  focusDeal(id) {
    if (this.model) {
      this.pin(this.model.data.edges.filter((e) => e.deal === id).flatMap((e) => [e.source_top, e.target_top]));
    }
    this.focus(this.cy.edges().filter((e) => e.data('deals').includes(id)));
  }

  focus(hit) {
    this.clearHighlight();
    if (!hit.length) return;
    const edges = hit.edges().union(hit.nodes().connectedEdges());
    const nodes = hit.nodes().union(edges.connectedNodes());
    this.cy.elements().addClass('faded');
    edges.union(nodes).union(nodes.ancestors()).removeClass('faded');
    hit.addClass('hit');
  }

  clearHighlight() {
    this.cy.elements().removeClass('faded hit');
  }
}
