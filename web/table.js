// The sortable, paged deal table; it follows the filters through /api/deals.
import { api } from './api.js';
import { h, replace } from './dom.js';
import { day, names, range } from './format.js';

const PAGE = 50;

export class DealTable {
  // `onDeal(id)` opens a deal.
  constructor(table, { count, prev, next, info }, onDeal) {
    this.table = table;
    this.body = table.tBodies[0];
    this.count = count;
    this.info = info;
    this.prev = prev;
    this.next = next;
    this.onDeal = onDeal;
    this.sort = '';
    this.offset = 0;
    this.filters = {};
    this.total = 0;
    for (const th of table.tHead.rows[0].cells) {
      th.querySelector('button').addEventListener('click', () => this.sortBy(th.dataset.sort));
    }
    prev.addEventListener('click', () => this.page(-PAGE));
    next.addEventListener('click', () => this.page(PAGE));
  }

  async load(filters) {
    this.filters = filters;
    this.offset = 0;
    await this.fetch();
  }

  async sortBy(key) {
    // First click: largest amounts and latest reports first; other columns A-Z.
    const descendingFirst = key === 'amount' || key === 'last_reported' || key === 'claims';
    const first = descendingFirst ? `-${key}` : key;
    const second = descendingFirst ? key : `-${key}`;
    this.sort = this.sort === first ? second : first;
    this.offset = 0;
    await this.fetch();
  }

  async page(delta) {
    this.offset = Math.max(0, this.offset + delta);
    await this.fetch();
  }

  async fetch() {
    const result = await api.deals(this.filters, { sort: this.sort, limit: PAGE, offset: this.offset });
    this.total = result.total;
    for (const th of this.table.tHead.rows[0].cells) {
      const key = th.dataset.sort;
      th.setAttribute('aria-sort', this.sort === key ? 'ascending' : this.sort === `-${key}` ? 'descending' : 'none');
    }
    replace(this.body, result.deals.map((d) => this.row(d)));
    if (!result.deals.length) {
      replace(this.body, h('tr', {}, h('td', { colspan: 7 }, 'No deal matches these filters.')));
    }
    this.count.textContent = `(${result.total})`;
    const last = Math.min(result.total, this.offset + result.deals.length);
    this.info.textContent = result.total ? `${this.offset + 1}–${last} of ${result.total}` : '';
    this.prev.disabled = this.offset === 0;
    this.next.disabled = last >= result.total;
  }

  row(d) {
    const open = () => this.onDeal(d.id);
    return h('tr', { tabindex: 0, 'data-id': d.id, on: {
      click: open,
      keydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
    } },
    h('td', {}, h(`span.tag.${d.type}`, {}, d.asset ? `${d.type} · ${d.asset}` : d.type)),
    h('td', {}, names(d.from)),
    h('td', {}, names(d.to)),
    h('td', {}, h(`span.status.${d.status}`, {}, d.status)),
    h('td.num', {}, range(d.amount)),
    h('td.date', {}, day(d.last_reported)),
    h('td.num', {}, String(d.claims)));
  }

  select(id) {
    for (const tr of this.body.rows) tr.classList.toggle('selected', tr.dataset.id === id);
  }
}
