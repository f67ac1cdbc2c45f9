// Tests of the page's graph layout (web/layout.js) in node, without a browser:
// finite, deterministic, no two organizations overlapping, fixed ones left
// in place, and partners nearer each other than strangers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { autoSteps, forceLayout } from '../../web/layout.js';

// A hub-and-spoke graph with a few pairs and loners, like a deal ledger.
function sample(n) {
  const nodes = Array.from({ length: n }, (_, i) => ({ radius: i < 5 ? 30 : 10 }));
  const edges = [];
  for (let i = 5; i < n * 0.6; ++i) edges.push([i % 5, i]);
  for (let i = Math.ceil(n * 0.6); i + 1 < n * 0.9; i += 2) edges.push([i, i + 1]);
  if (n >= 5) edges.push([0, 1], [1, 2], [2, 3], [3, 4]);
  return { nodes, edges };
}

function overlaps(nodes, at, gap) {
  const bad = [];
  for (let i = 0; i < at.length; ++i) {
    for (let j = i + 1; j < at.length; ++j) {
      const want = nodes[i].radius + nodes[j].radius + gap - 0.01;
      if (Math.abs(at[i].x - at[j].x) < want && Math.abs(at[i].y - at[j].y) < want) bad.push([i, j]);
    }
  }
  return bad;
}

test('the layout is finite, deterministic and without overlaps', () => {
  for (const n of [0, 1, 2, 60, 400]) {
    const { nodes, edges } = sample(n);
    const at = forceLayout(nodes, edges, { length: 120, gap: 10 });
    assert.equal(at.length, n);
    assert.ok(at.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)), `finite positions for ${n}`);
    assert.deepEqual(forceLayout(nodes, edges, { length: 120, gap: 10 }), at, `the same input, the same picture (${n})`);
    assert.deepEqual(overlaps(nodes, at, 10), [], `no overlaps among ${n}`);
  }
});

test('partners end nearer each other than the average pair', () => {
  const { nodes, edges } = sample(200);
  const at = forceLayout(nodes, edges);
  const dist = (a, b) => Math.hypot(at[a].x - at[b].x, at[a].y - at[b].y);
  const linked = edges.reduce((s, [a, b]) => s + dist(a, b), 0) / edges.length;
  let all = 0;
  let pairs = 0;
  for (let i = 0; i < at.length; i += 3) for (let j = i + 1; j < at.length; j += 3) { all += dist(i, j); ++pairs; }
  assert.ok(linked < 0.5 * (all / pairs), `linked ${linked.toFixed(0)} vs all ${(all / pairs).toFixed(0)}`);
});

test('fixed nodes stay where they are; new ones start next to a partner', () => {
  const { nodes, edges } = sample(80);
  const first = forceLayout(nodes, edges);
  const again = nodes.map((node, i) => (i < 70 ? { ...node, x: first[i].x, y: first[i].y, fixed: true } : node));
  const at = forceLayout(again, edges, { steps: 50 });
  for (let i = 0; i < 70; ++i) assert.deepEqual(at[i], first[i]);
  assert.deepEqual(overlaps(nodes, at, 6), []);
});

test('large graphs take fewer steps', () => {
  assert.equal(autoSteps(60), 300);
  assert.ok(autoSteps(2000) < 150 && autoSteps(2000) >= 60);
  assert.ok(autoSteps(1e6) >= 60);
});
