// Calls to the JSON API of `dealgraph serve`; an error answer becomes a thrown Error with its message.

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${url}: not JSON (HTTP ${response.status})`);
  }
  if (!response.ok) throw new Error(body && body.error ? body.error : `HTTP ${response.status}`);
  return body;
}

export const api = {
  stats: () => getJson('/api/stats'),
  graph: (filters) => getJson('/api/graph', filters),
  deals: (filters, page) => getJson('/api/deals', { ...filters, ...page }),
  deal: (id) => getJson(`/api/deals/${encodeURIComponent(id)}`),
  org: (name) => getJson(`/api/orgs/${encodeURIComponent(name)}`),
  cycles: () => getJson('/api/cycles', { limit: 20 }),
  search: (q) => getJson('/api/search', { q, limit: 10 }),
};
