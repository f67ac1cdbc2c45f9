// The list of circular flows; choosing one highlights it in the graph.
import { h, replace } from './dom.js';
import { money } from './format.js';

export class CycleList {
  // `onChoose(cycle | null)` is called when a cycle is chosen or unchosen.
  constructor(list, onChoose) {
    this.list = list;
    this.onChoose = onChoose;
    this.chosen = -1;
  }

  render(result) {
    const cycles = result.cycles;
    if (!cycles.length) {
      replace(this.list, h('li', {}, 'No circular flow in the ledger.'));
      return;
    }
    replace(this.list, cycles.map((c, i) => {
      const path = [...c.legs.map((l) => l.from), c.legs[0].from].join(' → ');
      const button = h('button', { type: 'button', 'aria-pressed': 'false', 'data-index': i,
        on: { click: () => this.choose(i, cycles) } },
      path, h('br'), h('small', {}, `smallest leg ${money(c.smallest_leg, result.currency)}`));
      return h('li', {}, button);
    }));
  }

  choose(i, cycles) {
    this.chosen = this.chosen === i ? -1 : i;
    for (const b of this.list.querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(Number(b.dataset.index) === this.chosen));
    }
    this.onChoose(this.chosen >= 0 ? cycles[this.chosen] : null);
  }
}
