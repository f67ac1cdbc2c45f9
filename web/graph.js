// The cytoscape graph: organizations as nodes (units inside their parents, or
// rolled up), deals as edges coloured by type, sized by amount, dashed for talks.
import { usdAmount } from './format.js';

const COLORS = { investment: '#0072b2', acquisition: '#d55e00', purchase: '#009e73', partnership: '#cc79a7' };

const STYLE = [
  { selector: 'node', style: {
    'label': 'data(id)', 'width': 'data(size)', 'height': 'data(size)', 'background-color': '#4a5568',
    'font-size': 'mapData(size, 16, 72, 10, 24)', 'font-weight': 600, 'color': '#1a202c', 'text-valign': 'bottom', 'text-margin-y': 3,
    'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 6 } },
  { selector: ':parent', style: {
    'background-color': '#edf2f7', 'background-opacity': 0.7, 'border-color': '#718096', 'border-width': 1,
    'border-style': 'dashed', 'text-valign': 'top', 'text-margin-y': -3, 'padding': 12, 'shape': 'round-rectangle' } },
  { selector: 'edge', style: {
    'width': 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
    'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'curve-style': 'bezier', 'opacity': 0.85 } },
  { selector: 'edge.partnership', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.talks', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.cancelled', style: { 'line-style': 'dotted', 'opacity': 0.4 } },
  { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0.3 } },
  { selector: 'node.hit:childless', style: { 'background-color': '#b7791f', 'border-color': '#744210', 'border-width': 3 } },
  { selector: 'node.hit:parent', style: { 'border-color': '#744210', 'border-width': 3, 'border-style': 'solid' } },
  { selector: 'edge.hit', style: { 'opacity': 1, 'z-index': 10, 'underlay-color': '#f6e05e', 'underlay-opacity': 0.6,
    'underlay-padding': 3 } },
  { selector: ':selected', style: { 'overlay-color': '#b7791f', 'overlay-opacity': 0.25 } },
];

export class Graph {
  // onNode(name) and onEdge(dealId) are called when the user taps one.
  constructor(container, { onNode, onEdge }) {
    this.cy = window.cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 4 });
    this.cy.on('tap', 'node', (e) => onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => onEdge(e.target.data('deal')));
  }

  // Draws `data` from /api/graph; with `rollup`, units merge into their parents.
  // The layout is computed once per data on the rolled-up graph; units are then
  // placed around their parent, so toggling keeps every organization in place.
  render(data, rollup) {
    if (this.data !== data) {
      this.data = data;
      this.draw(data, true);
      // Start from distinct places on a spiral, not random ones: the same data
      // always gets the same picture, and no two organizations start (or, in a
      // small component, end) on the same spot, where an edge cannot be drawn.
      this.cy.nodes().positions((n, i) => ({ x: 30 * Math.sqrt(i) * Math.cos(i * 2.4),
        y: 30 * Math.sqrt(i) * Math.sin(i * 2.4) }));
      this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 40000,
        idealEdgeLength: () => 80, nodeOverlap: 10, gravity: 0.6, padding: 20, componentSpacing: 50,
        numIter: 1500 }).run();
      this.positions = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      if (rollup) return this.fit();
    }
    this.draw(data, rollup);
    this.cy.layout({ name: 'preset', fit: false }).run();
    this.fit();
  }

  // Fits the graph in view, without blowing a handful of organizations up to full screen.
  fit() {
    this.cy.fit(undefined, 20);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center();
    }
  }

  // Replaces the elements by `data`'s, at the known positions (if any).
  draw(data, rollup) {
    const deals = new Map(data.deals.map((d) => [d.id, d]));
    const nodeMoney = new Map();
    const edges = [];
    let maxEdge = 1;
    for (const e of data.edges) {
      const deal = deals.get(e.deal);
      const source = rollup ? e.source_top : e.source;
      const target = rollup ? e.target_top : e.target;
      const amount = usdAmount(deal);
      maxEdge = Math.max(maxEdge, amount);
      for (const n of [source, target]) {
        if (!nodeMoney.has(n)) nodeMoney.set(n, new Map());
        nodeMoney.get(n).set(deal.id, amount);
      }
      const talks = deal.status === 'talks' || deal.status === 'planned';
      edges.push({ group: 'edges', classes: [deal.type, talks ? 'talks' : '', deal.status].join(' '),
        data: { id: e.id, deal: deal.id, source, target, source_top: e.source_top, target_top: e.target_top,
          type: deal.type, status: deal.status, amount, color: COLORS[deal.type] || '#4a5568' } });
    }
    for (const e of edges) e.data.width = 1.5 + 9 * Math.sqrt(e.data.amount / maxEdge);
    const money = (name) => [...(nodeMoney.get(name) || new Map()).values()].reduce((a, b) => a + b, 0);
    let maxNode = 1;
    for (const n of data.nodes) maxNode = Math.max(maxNode, money(n.id));
    const units = new Map();
    for (const n of data.nodes) {
      if (n.parent) units.set(n.parent, [...(units.get(n.parent) || []), n.id]);
    }
    const nodes = [];
    for (const n of data.nodes) {
      if (rollup && n.parent) continue;
      const m = money(n.id);
      const node = { group: 'nodes', data: { id: n.id, parent: rollup ? undefined : (n.parent || undefined),
        top: n.parent || n.id, money: m, size: 16 + 56 * Math.sqrt(m / maxNode) } };
      const at = this.positions && this.positions.get(n.parent || n.id);
      if (at && n.parent) {  // around the parent's place
        const siblings = units.get(n.parent);
        const angle = (2 * Math.PI * siblings.indexOf(n.id)) / siblings.length;
        const radius = siblings.length > 1 ? 24 + 6 * siblings.length : 0;
        node.position = { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) };
      } else if (at) {
        node.position = { ...at };
      }
      nodes.push(node);
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(nodes);
      this.cy.add(edges);
    });
  }

  // Highlights the legs of a cycle from /api/cycles; returns the number of edges lit.
  highlightCycle(cycle) {
    this.clearHighlight();
    const legs = new Set(cycle.legs.map((l) => `${l.from}\u0000${l.to}`));
    const dealIds = new Set(cycle.legs.flatMap((l) => l.deals.map((d) => d.id)));
    const lit = this.cy.edges().filter((e) => dealIds.has(e.data('deal')) &&
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

  // Marks one organization (and its deals) or one deal, fading the rest.
  focusOrg(name) {
    const node = this.cy.getElementById(name);
    this.focus(node.union(node.descendants()));
  }

  focusDeal(id) {
    this.focus(this.cy.edges().filter((e) => e.data('deal') === id));
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
