// Formatting of amounts, names and dates for the page.

const SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

// 13000000000 -> "13B"
export function shortNumber(v) {
  const abs = Math.abs(v);
  const fmt = (x, unit) => `${Number(x.toPrecision(3))}${unit}`;
  if (abs >= 1e12) return fmt(v / 1e12, 'T');
  if (abs >= 1e9) return fmt(v / 1e9, 'B');
  if (abs >= 1e6) return fmt(v / 1e6, 'M');
  if (abs >= 1e3) return fmt(v / 1e3, 'K');
  return String(Math.round(v));
}

export function money(value, currency) {
  if (value === null || value === undefined) return '';
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${shortNumber(value)}` : `${currency || ''} ${shortNumber(value)}`.trim();
}

// A merged deal's amount {min, max, currency} as "$10B" or "$10B–15B"; "" when none.
export function range(amount) {
  if (!amount) return '';
  const low = money(amount.min, amount.currency);
  return amount.max !== amount.min ? `${low}–${shortNumber(amount.max)}` : low;
}

export function names(list) {
  return list && list.length ? list.join(', ') : '(unnamed)';
}

export function day(date) {
  return date ? String(date).slice(0, 10) : '';
}

// Amount of a deal used for sizes: the largest reported amount in USD, else 0.
export function usdAmount(deal) {
  return deal.amount && deal.amount.currency === 'USD' ? deal.amount.max : 0;
}
