// Peers: organization and money recognition by wink-nlp and compromise, timed
// on a JSON Lines file and written in `dealgraph entities` form so that
// /work/shared/tools/score-entities can score them (see README.md here).
//
//   node peers.js wink|compromise ARTICLES.jsonl > pred.jsonl
//
// ARTICLES: one {"id", "text"} object per line (dealgraph_gen or
// `score-entities text` output). Offsets are UTF-8 byte offsets into "text".
// Timing (stderr) covers the library calls only, not reading or JSON output.
'use strict';
const fs = require('fs');

const [engine, file] = process.argv.slice(2);
if (!['wink', 'compromise'].includes(engine) || !file) {
  console.error('usage: node peers.js wink|compromise ARTICLES.jsonl > pred.jsonl');
  process.exit(2);
}

// UTF-16 index -> UTF-8 byte offset, for the whole string at once.
function byteOffsets(text) {
  const out = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c < 0xdc00) { b += 4; out[++i] = b; }  // surrogate pair: 4 bytes
    else b += 3;
  }
  out[text.length] = b;
  return out;
}

let find;
if (engine === 'wink') {
  // wink's English lite model has no organization entities: money only.
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  find = (text) => {
    const doc = nlp.readDoc(text);
    // wink keeps whitespace (precedingSpaces), so token offsets are running sums.
    const starts = [];
    const ends = [];
    let pos = 0;
    doc.tokens().each((t) => {
      pos += t.out(its.precedingSpaces).length;
      starts.push(pos);
      pos += t.out(its.value).length;
      ends.push(pos);
    });
    const found = [];
    doc.entities().each((e) => {
      if (e.out(its.type) !== 'MONEY') return;
      const [a, b] = e.out(its.span);
      found.push({ type: 'money', start: starts[a], end: ends[b] });
    });
    return found;
  };
} else {
  const nlp = require('compromise');
  find = (text) => {
    const doc = nlp(text);
    const found = [];
    for (const [type, view] of [['organization', doc.organizations()], ['money', doc.money()]]) {
      for (const m of view.json({ offset: true })) {
        found.push({ type, start: m.offset.start, end: m.offset.start + m.offset.length });
      }
    }
    return found;
  };
}

const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length);
let bytes = 0;
let ms = 0;
const out = [];
for (const line of lines) {
  const { id, text } = JSON.parse(line);
  const t0 = process.hrtime.bigint();
  const found = find(text);
  ms += Number(process.hrtime.bigint() - t0) / 1e6;
  const off = byteOffsets(text);
  bytes += off[text.length];
  const entities = found
    .map((e) => ({ type: e.type, start: off[e.start], end: off[e.end], text: text.slice(e.start, e.end) }))
    .sort((x, y) => x.start - y.start);
  out.push(JSON.stringify({ doc: id, entities }));
}
process.stdout.write(out.join('\n') + '\n');
console.error(`${engine}: ${lines.length} documents, ${bytes} bytes in ${(ms / 1000).toFixed(2)} s: ` +
              `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
