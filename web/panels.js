// The detail panel: an organization's totals, counterparties and timeline, or a
// deal's claims with highlighted evidence, sources and status history.
import { api } from './api.js';
import { h, replace, safeHref } from './dom.js';
import { day, money, names, range } from './format.js';
import { markEvidence } from './highlight.js';

function sums(list) {
  if (!list || !list.length) return '—';
  return list.map((s) => (s.currency ? `${money(s.amount_min, s.currency)}${s.amount_max !== s.amount_min
    ? `–${money(s.amount_max, s.currency)}` : ''} (${s.deals})` : `${s.deals} without amount`)).join(', ');
}

function reported(d) {
  const first = day(d.first_reported);
  const last = day(d.last_reported);
  if (!first && !last) return 'undated';
  return first === last || !last ? first : `${first || '?'} – ${last}`;
}

function typeTag(type, asset) {
  return h(`span.tag.${type}`, { text: asset ? `${type} · ${asset}` : type });
}

export class Panel {
  // `links.org(name)` and `links.deal(id)` open another organization or deal.
  constructor(el, links) {
    this.el = el;
    this.links = links;
    this.current = null;
  }

  orgButton(name) {
    return h('button.linklike', { type: 'button', on: { click: () => this.links.org(name) } }, name);
  }

  dealButton(deal, label) {
    return h('button.linklike', { type: 'button', on: { click: () => this.links.deal(deal.id) } }, label);
  }

  async showOrg(name) {
    this.current = { org: name };
    const p = await api.org(name);
    if (this.current.org !== name) return;
    const t = p.totals;
    const money = h('table.totals', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, 'agreed'),
        h('th', { scope: 'col' }, 'talks / planned'))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, 'out (paid)'), h('td', {}, sums(t.given_agreed)), h('td', {}, sums(t.given_talks))),
        h('tr', {}, h('th', { scope: 'row' }, 'in (received)'), h('td', {}, sums(t.received_agreed)),
          h('td', {}, sums(t.received_talks)))));
    const byType = h('table.totals', {},
      h('thead', {}, h('tr', {}, ...['direction', 'type', 'status', 'amount'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, p.money.map((m) => h('tr', {}, h('td', {}, m.direction), h('td', {}, typeTag(m.type)),
        h('td', {}, h(`span.status.${m.status}`, {}, m.status)), h('td', {}, sums(m.sums))))));
    replace(this.el,
      h('h2', {}, p.name),
      p.parent ? h('p', {}, `${p.asked} is a unit of `, this.orgButton(p.parent)) : null,
      p.units.length ? h('p', {}, 'Units: ', p.units.join(', ')) : null,
      h('p', {}, `${p.deals} deal${p.deals === 1 ? '' : 's'}`),
      h('h3', {}, 'Totals in and out'), money,
      h('h3', {}, 'By type and status'), byType,
      h('h3', {}, 'Counterparties'),
      // (A company whose deals name no other side, "an unnamed buyer", says so.)
      h('ul.counterparties', {}, p.counterparties.length
        ? p.counterparties.map((c) => h('li', {}, this.orgButton(c.name),
          ` — ${c.deals} deal${c.deals === 1 ? '' : 's'} (${c.types.join(', ')})`))
        : [h('li.none', {}, 'None named in its deals')]),
      h('h3', {}, 'Timeline'),
      h('ol.timeline', {}, p.timeline.map((d) => h('li', {}, `${day(d.first_reported)} `, typeTag(d.type, d.asset), ' ',
        this.dealButton(d, `${names(d.from)} → ${names(d.to)}`), ` ${d.status} ${range(d.amount)}`))));
  }

  // The deals one edge of the graph stands for (between two organizations, of one type), largest first.
  showDeals(title, deals) {
    this.current = { deals: title };
    replace(this.el,
      h('h2', {}, title),
      h('p', {}, `${deals.length} deal${deals.length === 1 ? '' : 's'} · ${deals[0].type}`),
      h('ol.deal-list', {}, deals.map((d) => h('li', {}, typeTag(d.type, d.asset), ' ',
        this.dealButton(d, `${names(d.from)} → ${names(d.to)}`), ` ${d.status} ${range(d.amount)} `,
        h('span.date', {}, reported(d))))));
  }

  async showDeal(id) {
    this.current = { deal: id };
    const d = await api.deal(id);
    if (this.current.deal !== id) return;
    const claims = d.claims.map((c) => this.claim(c, d));
    replace(this.el,
      h('h2', {}, typeTag(d.type, d.asset), ' ', `${names(d.from)} → ${names(d.to)}`),
      h('dl', {},
        h('dt', {}, 'From'), h('dd', {}, d.from.length ? d.from.map((n, i) => [i ? ', ' : '', this.orgButton(n)]) : '(unnamed)'),
        h('dt', {}, 'To'), h('dd', {}, d.to.length ? d.to.map((n, i) => [i ? ', ' : '', this.orgButton(n)]) : '(unnamed)'),
        h('dt', {}, 'Status'), h('dd', {}, h(`span.status.${d.status}`, {}, d.status),
          d.status_conflict ? ' (reports disagree)' : ''),
        h('dt', {}, 'Amount'), h('dd', {}, range(d.amount) || 'not reported', d.amount_conflict ? ' (reports disagree)' : ''),
        h('dt', {}, 'Reported'), h('dd', {}, reported(d)),
        h('dt', {}, 'Outlets'), h('dd', {}, d.outlets.length ? d.outlets.join(', ') : '—')),
      h('h3', {}, 'Status history'),
      h('ol.history', {}, d.history.map((r) => h('li', {}, `${day(r.date) || 'undated'}: `,
        h(`span.status.${r.status}`, {}, r.status), r.outlet ? ` (${r.outlet})` : '', ` — ${r.doc}`))),
      h('h3', {}, `Reports (${d.claims.length})`),
      h('p.marks-legend', {}, 'Marked: ', h('mark.party', {}, 'parties'), ' ', h('mark.amount', {}, 'amounts'), ' ',
        h('mark.hedge', {}, 'hedge words')),
      claims);
  }

  claim(c, deal) {
    const parties = [...c.from, ...c.to, ...deal.from, ...deal.to];
    const segments = markEvidence(c.evidence.text, parties);
    const href = safeHref(c.url);
    const title = c.title || c.doc;
    return h('article.claim', {},
      h('p.meta', {}, c.outlet ? `${c.outlet} · ` : '',
        c.date && !c.date_from_file_time ? day(c.date) : `undated${c.date ? ` (file of ${day(c.date)})` : ''}`, ' · ',
        href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, title) : title,
        c.current ? '' : ' (older version)'),
      h('blockquote.evidence', {}, segments.map((s) => (s.kind ? h(`mark.${s.kind}`, {}, s.text) : s.text))),
      h('p.meta', {}, typeTag(c.type, c.asset), ` ${names(c.from)} → ${names(c.to)} · ${c.status}`,
        c.amount ? ` · ${c.amount.qualifier !== 'exact' ? `${c.amount.qualifier.replace('_', ' ')} ` : ''}${money(c.amount.value, c.amount.currency)}` : '',
        c.attribution.length ? ` · according to ${c.attribution.join(', ')}` : ''));
  }

  showError(message) {
    replace(this.el, h('p.error', {}, message));
  }
}
