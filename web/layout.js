// A force-directed layout for the graph whose cost grows near-linearly with
// the number of organizations: repulsion through a Barnes-Hut quadtree
// (O(n log n) per step), attraction along edges (O(e)), a pull towards the
// centre that keeps small components near the rest, a fixed number of steps
// with a falling step size, then overlap removal on a grid. Deterministic:
// the same input always gives the same picture. No DOM, so node can test it.

const THETA = 0.9;  // a quadtree cell this far away (its size / distance below θ) acts as one body

// Quadtree over points; each cell keeps its mass and centre of mass.
class Quad {
  constructor(x, y, size) {
    this.x = x; this.y = y; this.size = size;  // lower-left corner, side
    this.mass = 0; this.cx = 0; this.cy = 0;
    this.body = -1;  // index of the one body in a leaf, -1 when none or split
    this.kids = null;
  }
}

function buildTree(xs, ys, masses, n) {
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (let i = 0; i < n; ++i) {
    minX = Math.min(minX, xs[i]); maxX = Math.max(maxX, xs[i]);
    minY = Math.min(minY, ys[i]); maxY = Math.max(maxY, ys[i]);
  }
  const root = new Quad(minX, minY, Math.max(maxX - minX, maxY - minY, 1) * 1.0001);
  for (let i = 0; i < n; ++i) insert(root, i, xs, ys, masses, 0);
  return root;
}

function insert(q, i, xs, ys, masses, depth) {
  const m = masses[i];
  if (q.mass === 0 && q.kids === null) {  // an empty leaf
    q.body = i; q.mass = m; q.cx = xs[i]; q.cy = ys[i];
    return;
  }
  if (q.kids === null) {
    if (depth > 40) {  // bodies at (nearly) one spot: keep them together in this leaf
      q.cx = (q.cx * q.mass + xs[i] * m) / (q.mass + m);
      q.cy = (q.cy * q.mass + ys[i] * m) / (q.mass + m);
      q.mass += m;
      return;
    }
    const half = q.size / 2;
    q.kids = [new Quad(q.x, q.y, half), new Quad(q.x + half, q.y, half),
      new Quad(q.x, q.y + half, half), new Quad(q.x + half, q.y + half, half)];
    const old = q.body;
    q.body = -1;
    insertKid(q, old, xs, ys, masses, depth);
  }
  q.cx = (q.cx * q.mass + xs[i] * m) / (q.mass + m);
  q.cy = (q.cy * q.mass + ys[i] * m) / (q.mass + m);
  q.mass += m;
  insertKid(q, i, xs, ys, masses, depth);
}

function insertKid(q, i, xs, ys, masses, depth) {
  const half = q.size / 2;
  const k = (xs[i] >= q.x + half ? 1 : 0) + (ys[i] >= q.y + half ? 2 : 0);
  insert(q.kids[k], i, xs, ys, masses, depth + 1);
}

// Adds the repulsion on body i from the tree to fx[i], fy[i]: k² · m_i · m_j / d.
function repel(q, i, xs, ys, masses, k2, fx, fy) {
  const stack = [q];
  const mi = masses[i];
  while (stack.length) {
    const c = stack.pop();
    if (c.mass === 0 || c.body === i) continue;
    let dx = xs[i] - c.cx;
    let dy = ys[i] - c.cy;
    let d2 = dx * dx + dy * dy;
    if (c.kids !== null && c.size * c.size >= THETA * THETA * d2) {
      for (const kid of c.kids) stack.push(kid);
      continue;
    }
    if (d2 < 1e-6) {  // on the same spot: push apart in a direction fixed by the index
      dx = Math.cos(i * 2.4); dy = Math.sin(i * 2.4); d2 = 1;
    }
    const f = (k2 * mi * c.mass) / d2;  // (k² m m / d) along the unit vector (dx, dy) / d
    fx[i] += dx * f;
    fy[i] += dy * f;
  }
}

// Pushes apart nodes whose squares (side 2·radius, plus `gap`) overlap, each
// pair along the axis where they overlap least: a few passes over a grid of
// cells as large as the largest square, so each pass costs about O(n).
// Squares, not circles, because units are drawn in a box around them.
function removeOverlaps(xs, ys, radii, fixed, n, gap, passes) {
  let maxR = 1;
  for (let i = 0; i < n; ++i) maxR = Math.max(maxR, radii[i]);
  const cell = 2 * maxR + gap;
  for (let pass = 0; pass < passes; ++pass) {
    const grid = new Map();
    for (let i = 0; i < n; ++i) {
      const key = `${Math.floor(xs[i] / cell)},${Math.floor(ys[i] / cell)}`;
      let list = grid.get(key);
      if (!list) grid.set(key, list = []);
      list.push(i);
    }
    let moved = false;
    for (let i = 0; i < n; ++i) {
      const gx = Math.floor(xs[i] / cell);
      const gy = Math.floor(ys[i] / cell);
      for (let ox = -1; ox <= 1; ++ox) {
        for (let oy = -1; oy <= 1; ++oy) {
          const list = grid.get(`${gx + ox},${gy + oy}`);
          if (!list) continue;
          for (const j of list) {
            if (j <= i || (fixed[i] && fixed[j])) continue;
            const dx = xs[j] - xs[i];
            const dy = ys[j] - ys[i];
            const want = radii[i] + radii[j] + gap;
            const overX = want - Math.abs(dx);
            const overY = want - Math.abs(dy);
            if (overX <= 0 || overY <= 0) continue;
            // Along the axis of least overlap; on the same spot, a direction fixed by the index.
            const alongX = overX < overY || (overX === overY && (i + j) % 2 === 0);
            const sign = (alongX ? dx : dy) > 0 ? 1 : (alongX ? dx : dy) < 0 ? -1 : (j % 2 ? 1 : -1);
            const push = (alongX ? overX : overY) * sign;
            const share = fixed[i] ? 1 : fixed[j] ? 0 : 0.5;  // the part j moves
            if (alongX) {
              xs[j] += push * share;
              xs[i] -= push * (1 - share);
            } else {
              ys[j] += push * share;
              ys[i] -= push * (1 - share);
            }
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}

// Steps for n nodes: 300 up to 300 nodes, then fewer (a large graph settles
// in fewer steps of a larger size, and each step costs more): 113 for 2,000.
export function autoSteps(n) {
  return n <= 300 ? 300 : Math.max(60, Math.round(300 * Math.sqrt(300 / n)));
}

// Lays out `nodes` ([{radius, x?, y?, fixed?}]) joined by `edges` ([[i, j]],
// indices into nodes). Nodes with x and y start there (the rest on a spiral
// around the centre, or near the nodes they are joined to); fixed nodes do not
// move. `length` is the ideal edge length, `steps` the number of steps,
// `gravity` the pull towards the centre (4: about 1.2 k² of room per node).
// Returns [{x, y}] in the order of `nodes`.
export function forceLayout(nodes, edges, { length = 80, steps = autoSteps(nodes.length), gap = 6, gravity = 4 } = {}) {
  const n = nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const masses = new Float64Array(n);
  const radii = new Float64Array(n);
  const fixed = new Uint8Array(n);
  const degree = new Uint32Array(n);
  for (const [a, b] of edges) { ++degree[a]; ++degree[b]; }
  const placed = new Uint8Array(n);
  for (let i = 0; i < n; ++i) {
    const node = nodes[i];
    radii[i] = node.radius || 8;
    // Hubs push harder (as in ForceAtlas2), so their many partners find room around them.
    masses[i] = 1 + Math.sqrt(degree[i]) / 2;
    fixed[i] = node.fixed ? 1 : 0;
    if (Number.isFinite(node.x) && Number.isFinite(node.y)) {
      xs[i] = node.x; ys[i] = node.y; placed[i] = 1;
    }
  }
  // Unplaced nodes: next to a placed partner when there is one, else on a spiral.
  const partners = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) { partners[a].push(b); partners[b].push(a); }
  const spacing = length * 0.6;
  let spiral = 0;
  for (let i = 0; i < n; ++i) {
    if (placed[i]) continue;
    const near = partners[i].find((j) => placed[j]);
    if (near !== undefined) {
      xs[i] = xs[near] + length * Math.cos(i * 2.4);
      ys[i] = ys[near] + length * Math.sin(i * 2.4);
    } else {
      const r = spacing * Math.sqrt(spiral);
      xs[i] = r * Math.cos(spiral * 2.4);
      ys[i] = r * Math.sin(spiral * 2.4);
      ++spiral;
    }
    placed[i] = 1;
  }
  if (n === 0) return [];
  const free = n - fixed.reduce((a, b) => a + b, 0);
  if (free > 0 && n > 1) {
    const k = length;
    const k2 = k * k;
    let cx = 0; let cy = 0;
    for (let i = 0; i < n; ++i) { cx += xs[i]; cy += ys[i]; }
    cx /= n; cy /= n;
    const fx = new Float64Array(n);
    const fy = new Float64Array(n);
    const start = k * Math.max(1, Math.sqrt(n) / 4);  // the largest step at first
    for (let step = 0; step < steps; ++step) {
      fx.fill(0);
      fy.fill(0);
      const tree = buildTree(xs, ys, masses, n);
      for (let i = 0; i < n; ++i) if (!fixed[i]) repel(tree, i, xs, ys, masses, k2, fx, fy);
      for (const [a, b] of edges) {  // springs: d² / k along the edge
        const dx = xs[b] - xs[a];
        const dy = ys[b] - ys[a];
        const d = Math.sqrt(dx * dx + dy * dy) || 1e-3;
        const f = d / k;
        fx[a] += dx * f; fy[a] += dy * f;
        fx[b] -= dx * f; fy[b] -= dy * f;
      }
      // The step size falls from `start` to a few pixels.
      const t = start * (1 - step / steps) ** 2 + 1;
      for (let i = 0; i < n; ++i) {
        if (fixed[i]) continue;
        fx[i] -= gravity * masses[i] * (xs[i] - cx);
        fy[i] -= gravity * masses[i] * (ys[i] - cy);
        const f = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
        if (f > 0) {
          const move = Math.min(f, t) / f;
          xs[i] += fx[i] * move;
          ys[i] += fy[i] * move;
        }
      }
    }
  }
  removeOverlaps(xs, ys, radii, fixed, n, gap, 100);
  const out = new Array(n);
  for (let i = 0; i < n; ++i) out[i] = { x: xs[i], y: ys[i] };
  return out;
}
