// Marks in a claim's evidence sentence: the parties, the amount and the hedge
// words (talks, may, up to...), as text segments; nothing is parsed as HTML.

const HEDGES = [
  'in talks', 'talks', 'in discussions', 'discussions', 'negotiating', 'negotiations', 'considering', 'exploring',
  'could', 'may', 'might', 'would', 'rumored', 'rumoured', 'reportedly', 'people familiar with the matter',
  'people familiar', 'plans to', 'planning to', 'aims to', 'intends to', 'expects to', 'potential', 'possible',
  'over', 'more than', 'above', 'exceed', 'exceeds', 'exceeding', 'upwards of', 'north of', 'at least',
  'a minimum of', 'no less than', 'up to', 'as much as', 'as many as', 'a maximum of', 'about', 'around', 'roughly',
  'approximately', 'nearly', 'almost', 'an estimated', 'close to', 'under', 'less than', 'below',
];

const AMOUNT = new RegExp(
  String.raw`(?:US|A|C)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|thousand|tn|bn|mn|[tbmk])\b)?` +
  String.raw`|\b\d[\d,.]*\s?(?:trillion|billion|million)(?:\s(?:dollars|euros|pounds|yen))?` +
  String.raw`|\b\d[\d,.]*\s?(?:USD|EUR|GBP|JPY)\b|\b(?:USD|EUR|GBP|JPY)\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|bn|m)\b)?`,
  'gi');

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordRanges(text, phrase, kind, out) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, kind });
}

// Splits `text` into [{text, kind}] with kind "party", "amount", "hedge" or null.
// `parties` are organization names; earlier kinds win where marks overlap.
export function markEvidence(text, parties) {
  const ranges = [];
  const seen = new Set();
  for (const p of parties) {
    if (p && !seen.has(p.toLowerCase())) {
      seen.add(p.toLowerCase());
      wordRanges(text, p, 'party', ranges);
    }
  }
  for (const m of text.matchAll(AMOUNT)) ranges.push({ start: m.index, end: m.index + m[0].length, kind: 'amount' });
  for (const w of HEDGES) wordRanges(text, w, 'hedge', ranges);
  const order = { party: 0, amount: 1, hedge: 2 };
  ranges.sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind] || b.end - a.end);
  const taken = [];
  for (const r of ranges) {
    if (taken.some((t) => r.start < t.end && t.start < r.end && order[t.kind] <= order[r.kind])) continue;
    for (let i = taken.length - 1; i >= 0; --i) {
      const t = taken[i];
      if (r.start < t.end && t.start < r.end) taken.splice(i, 1);
    }
    taken.push(r);
  }
  taken.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const r of taken) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), kind: null });
    out.push({ text: text.slice(r.start, r.end), kind: r.kind });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: null });
  return out;
}
