#!/usr/bin/env bash
# Whole-program test of `dealgraph serve`: every API endpoint, its errors and
# its limits, against a ledger built from examples/news. Usage: server_api.sh DEALGRAPH SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
server_pid=""

stop_server() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
trap 'stop_server; rm -rf "$tmp"' EXIT

if "$bin" serve --db "$tmp/none.db" 2>&1 | grep -q "no server"; then
  echo "server_api: this dealgraph was built without the server (run npm ci, then configure again)" >&2
  exit 1
fi

"$bin" ingest -q --db "$tmp/ledger.db" "$src/examples/news"

# Read-only without --token: ingest is refused.
token="t-$RANDOM-$RANDOM"
"$bin" serve --db "$tmp/ledger.db" --port 0 >"$tmp/ro.out" 2>"$tmp/ro.err" &
server_pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o '127\.0\.0\.1:[0-9]*' "$tmp/ro.out" 2>/dev/null | head -1 | cut -d: -f2 || true)
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/ro.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server_api: the read-only server did not start" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST -H "Authorization: Bearer $token" \
  -H 'Content-Type: text/plain' --data-binary 'Acme invested $1 million in Foo.' "http://127.0.0.1:$port/api/ingest")
[ "$code" = 403 ] || { echo "server_api: read-only server answered POST /api/ingest with $code, want 403" >&2; exit 1; }
stop_server

# With --token: every endpoint.
"$bin" serve --db "$tmp/ledger.db" --port 0 --token "$token" >"$tmp/rw.out" 2>"$tmp/rw.err" &
server_pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o '127\.0\.0\.1:[0-9]*' "$tmp/rw.out" 2>/dev/null | head -1 | cut -d: -f2 || true)
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/rw.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server_api: the server did not start" >&2; exit 1; }

timeout 300 python3 - "$port" "$token" "$src" <<'PY'
import http.client, json, os, sys, urllib.parse

port, token, src = int(sys.argv[1]), sys.argv[2], sys.argv[3]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def request(method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data


def get(path, **params):
    query = urllib.parse.urlencode(params)
    status, headers, data = request("GET", path + ("?" + query if query else ""))
    check(headers.get("content-type", "").startswith("application/json"), f"{path}: JSON content type")
    try:
        return status, json.loads(data)
    except ValueError:
        check(False, f"{path}: body is JSON")
        return status, None


def ok(path, **params):
    status, body = get(path, **params)
    check(status == 200, f"GET {path} {params}: 200 (got {status}: {body})")
    return body


def bad(path, code=400, **params):
    status, body = get(path, **params)
    check(status == code and isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"],
          f"GET {path} {params}: {code} with an error message (got {status}: {body})")


def amount_max(d):
    return d["amount"]["max"] if d["amount"] else None


# --- Static page and headers.
status, headers, page = request("GET", "/")
check(status == 200 and headers.get("content-type", "").startswith("text/html"), "GET / is the HTML page")
csp = headers.get("content-security-policy", "")
script_src = [d for d in csp.split(";") if d.strip().startswith("script-src")]
check(script_src and "unsafe-inline" not in script_src[0] and "unsafe-eval" not in script_src[0],
      "CSP restricts scripts without unsafe-inline: " + csp)
check(headers.get("x-content-type-options") == "nosniff", "nosniff header")
check(b"<script>" not in page.replace(b'<script src=', b'').replace(b'<script type="module" src=', b''),
      "the page has no inline script")
for asset in ["/app.js", "/vendor/cytoscape.min.js"]:
    status, headers, body = request("GET", asset)
    check(status == 200 and headers.get("content-type", "").startswith("text/javascript") and len(body) > 100,
          f"GET {asset}")
for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/index.html", "/..%2fCMakeLists.txt",
             "/index.html/../../../etc/passwd"]:
    status, _, body = request("GET", path)
    check(status in (400, 404) and b"root:" not in body, f"GET {path}: no file outside the embedded assets ({status})")

# --- Host header (DNS rebinding) and methods.
status, _, _ = request("GET", "/api/stats", headers={"Host": "evil.example"})
check(status == 421, f"foreign Host header refused ({status})")
status, _, _ = request("DELETE", "/api/deals")
check(status == 405, f"DELETE /api/deals is 405 ({status})")
status, _, _ = request("GET", "/api/ingest")
check(status == 405, f"GET /api/ingest is 405 ({status})")
bad("/api/nothing-here", 404)

# --- Stats and deal listing.
stats = ok("/api/stats")
for key in ["documents", "claims", "deals", "organizations", "by_type", "by_status"]:
    check(key in stats, f"stats has {key}")
check(stats["documents"] >= 40, "stats counts the example articles")
check(stats["deals"] > 0, "the examples give deals")
# Every deal of a listing, page by page: one page holds at most 10,000 (the
# corpus's ledger has more).
def all_pages(**params):
    first = ok("/api/deals", limit=10000, **params)
    deals = list(first["deals"])
    while len(deals) < first["total"]:
        page = ok("/api/deals", limit=10000, offset=len(deals), **params)
        check(page["total"] == first["total"] and page["deals"], "a later page goes on with the same total")
        if not page["deals"]:
            break
        deals += page["deals"]
    return {"total": first["total"], "deals": deals}


everything = all_pages()
check(len(ok("/api/deals", limit=10000)["deals"]) == min(10000, everything["total"]), "one page holds at most 10,000")
total = everything["total"]
check(total == stats["deals"] == len(everything["deals"]), "total == stats.deals == all deals listed")
check(sum(stats["by_type"].values()) == total and sum(stats["by_status"].values()) == total, "stats by type/status sum")
ids = [d["id"] for d in everything["deals"]]
check(len(set(ids)) == len(ids), "deal ids are unique")
for d in everything["deals"]:
    for key in ["id", "type", "asset", "from", "to", "status", "amount", "first_reported", "last_reported", "claims"]:
        check(key in d, f"deal has {key}")
first = ok("/api/deals")
check(first["limit"] == 100 and first["offset"] == 0 and len(first["deals"]) == min(100, total), "default page")

# Paging: pages tile the full list.
p1 = ok("/api/deals", limit=5)
p2 = ok("/api/deals", limit=5, offset=5)
both = ok("/api/deals", limit=10)
check([d["id"] for d in p1["deals"] + p2["deals"]] == [d["id"] for d in both["deals"]], "pages 1 and 2 tile 10")
check(p1["total"] == p2["total"] == total, "paging keeps total")
past = ok("/api/deals", offset=total + 5)
check(past["deals"] == [] and past["total"] == total, "offset past the end gives an empty page")

# Filters narrow, and partition by type and status.
for key, values in [("type", ["investment", "acquisition", "purchase", "partnership"]),
                    ("status", ["talks", "planned", "announced", "completed", "cancelled"])]:
    parts = 0
    for v in values:
        r = ok("/api/deals", limit=10000, **{key: v})
        parts += r["total"]
        check(all(d[key] == v for d in r["deals"]), f"{key}={v} keeps only {v}")
        check(r["total"] <= total, f"{key}={v} never increases the count")
    check(parts == total, f"the {key} filters partition the deals")
big = ok("/api/deals", limit=10000, min_amount="1e9")
check(big["total"] <= total and all(amount_max(d) is not None and amount_max(d) >= 1e9 for d in big["deals"]),
      "min_amount keeps deals of at least that amount")
bigger = ok("/api/deals", limit=10000, min_amount="1e10")
check(bigger["total"] <= big["total"], "a larger min_amount never gives more deals")
since = ok("/api/deals", limit=10000, since="2026-01-01")
check(since["total"] <= total and all(d["last_reported"] >= "2026-01-01" for d in since["deals"]), "since filter")
until = ok("/api/deals", limit=10000, until="2025-12-31")
check(until["total"] <= total and all(d["first_reported"] and d["first_reported"] <= "2025-12-31~"
                                      for d in until["deals"]), "until filter")
both_types = ok("/api/deals", limit=10000, type="investment", status="completed")
check(both_types["total"] <= ok("/api/deals", type="investment")["total"], "two filters narrow further")
ordered = all_pages(sort="-amount")["deals"]
amounts = [amount_max(d) if amount_max(d) is not None else -1 for d in ordered]
check(amounts == sorted(amounts, reverse=True), "sort=-amount orders by amount, largest first")
check(sorted(d["id"] for d in ordered) == sorted(ids), "sorting keeps the same deals")

for params in [{"limit": "0"}, {"limit": "abc"}, {"limit": "99999999999"}, {"offset": "-1"}, {"type": "gift"},
               {"status": "rumour"}, {"since": "2024-13-01"}, {"since": "yesterday"}, {"until": "2025-02-30"},
               {"min_amount": "-5"}, {"min_amount": "lots"}, {"min_amount": "nan"}, {"sort": "colour"},
               {"bogus": "1"}, {"since": "2026-01-01", "until": "2025-01-01"}]:
    bad("/api/deals", **params)
status, _, _ = request("GET", "/api/deals?limit=5&limit=6")
check(status == 400, "a repeated parameter is 400")

# --- One deal: claims, evidence, history.
article_text = {}
for name in os.listdir(os.path.join(src, "examples/news")):
    if name.endswith(".txt"):
        with open(os.path.join(src, "examples/news", name), encoding="utf-8") as f:
            article_text[name[:-4]] = f.read()
for d in everything["deals"][:40]:
    detail = ok(f"/api/deals/{d['id']}")
    check(detail["id"] == d["id"] and detail["type"] == d["type"], "detail matches the listing")
    check(len(detail["claims"]) == d["claims"] == len(detail["history"]), "one claim and one history entry per report")
    for c in detail["claims"]:
        ev = c["evidence"]
        check(ev["text"] and ev["end"] > ev["start"], "a claim has an evidence sentence")
        if c["doc"] in article_text:
            check(ev["text"] in article_text[c["doc"]], f"evidence of {d['id']} is text of article {c['doc']}")
bad("/api/deals/0000000000000000", 404)
bad("/api/deals/not-a-deal-id!", 400)
bad(f"/api/deals/{ids[0]}", bogus="1")

# --- Organizations.
for name in ["OpenAI", "Microsoft", "Amazon", "Anthropic", "Nvidia"]:
    p = ok("/api/orgs/" + urllib.parse.quote(name))
    check(p["name"].lower() == name.lower(), f"profile of {name}")
    check(p["deals"] > 0 and p["counterparties"] and p["timeline"], f"{name} has deals, counterparties, timeline")
    listed = ok("/api/deals", limit=10000, org=name)
    check(listed["total"] == p["deals"], f"{name}: profile deal count == /api/deals?org= total")
    check(listed["total"] <= total, f"org={name} narrows")
aws_status, aws = get("/api/orgs/AWS")
if aws_status == 200:
    check(aws["name"] == "Amazon" and aws["parent"] == "Amazon", "AWS rolls up to Amazon")
bad("/api/orgs/No%20Such%20Organization%20Xyz", 404)

# --- Flows, cycles, search, graph.
flows = ok("/api/flows")["flows"]
check(len(flows) > 0 and all({"from", "to", "currency", "deals", "amount_min", "amount_max"} <= f.keys()
                             for f in flows), "flows have their fields")
check(len(ok("/api/flows", limit=3)["flows"]) <= 3, "flows limit")
check(all("OpenAI" in (f["from"], f["to"]) for f in ok("/api/flows", org="OpenAI")["flows"]), "flows of OpenAI")
bad("/api/flows", limit="-2")
cycles = ok("/api/cycles")["cycles"]
check(len(cycles) > 0, "the examples hold circular flows")
for c in cycles:
    legs = c["legs"]
    check(all(legs[i]["to"] == legs[(i + 1) % len(legs)]["from"] for i in range(len(legs))), "a cycle closes")
    check(all(leg["deals"] for leg in legs), "every leg has deals")
check(any({"Microsoft", "OpenAI"} <= {leg["from"] for leg in c["legs"]} for c in cycles),
      "Microsoft -> OpenAI -> Microsoft is found")
check(all(len(c["legs"]) <= 2 for c in ok("/api/cycles", max_length=2)["cycles"]), "max_length")
for params in [{"max_length": "9"}, {"talks": "maybe"}, {"currency": "dollars"}, {"limit": "x"}]:
    bad("/api/cycles", **params)
found = ok("/api/search", q="anthropic")
check(any(o["name"] == "Anthropic" for o in found["organizations"]), "search finds Anthropic")
check(found["deals"] and found["total_deals"] >= len(found["deals"]), "search finds deals")
check(ok("/api/search", q="zzzzqqqq") == {"query": "zzzzqqqq", "organizations": [], "total_deals": 0, "deals": []},
      "search for nothing finds nothing")
bad("/api/search")
bad("/api/search", q="x" * 500)
graph = ok("/api/graph")
node_ids = {n["id"] for n in graph["nodes"]}
check(len(node_ids) == len(graph["nodes"]), "graph node ids are unique")
check(all(n["parent"] is None or n["parent"] in node_ids for n in graph["nodes"]), "a unit's parent is a node")
deal_ids = {d["id"] for d in graph["deals"]}
check(deal_ids == set(ids), "the unfiltered graph holds every deal")
check(all(e["source"] in node_ids and e["target"] in node_ids and e["deal"] in deal_ids for e in graph["edges"]),
      "graph edges join known nodes and deals")
check({"OpenAI", "Microsoft", "Anthropic"} <= node_ids, "the graph shows OpenAI, Microsoft, Anthropic")
small = ok("/api/graph", type="acquisition")
check({d["id"] for d in small["deals"]} <= deal_ids and all(d["type"] == "acquisition" for d in small["deals"]),
      "a filtered graph is a subgraph")
bad("/api/graph", min_amount="x")

# --- Ingest: token, formats, limits, and HTML in the text stays data.
article = ("Quintara Capital has invested $250 million in Zorblax Robotics, the maker of the "
           "<script>alert(\"xss\")</script> robot arm, the companies said on Monday.\n\n"
           "The investment values Zorblax Robotics at $2 billion.\n").encode()
plain = {"Content-Type": "text/plain; charset=utf-8"}
auth = {**plain, "Authorization": "Bearer " + token}
for headers, why in [(plain, "no token"), ({**plain, "Authorization": "Bearer wrong"}, "a wrong token"),
                     ({**plain, "Authorization": token}, "no Bearer"), ({**plain, "Authorization": "Bearer "}, "empty")]:
    status, _, _ = request("POST", "/api/ingest", article, headers)
    check(status == 403, f"POST /api/ingest with {why} is 403 ({status})")
check(ok("/api/stats")["documents"] == stats["documents"], "a refused ingest adds nothing")
status, _, body = request("POST", "/api/ingest", article, {**auth, "Content-Type": "application/pdf"})
check(status == 415, f"an unknown Content-Type is 415 ({status})")
status, _, body = request("POST", "/api/ingest?format=pdf", article, auth)
check(status == 400, f"an unknown format is 400 ({status})")
status, _, body = request("POST", "/api/ingest", b"\x00\x01\x02binary" * 10, auth)
check(status == 400, f"binary input is 400 ({status})")
status, _, body = request("POST", "/api/ingest", b"x" * (9 << 20), auth)
check(status == 413, f"a 9 MB body is 413 ({status})")
status, _, body = request("POST", "/api/ingest?id=zorblax&outlet=Test%20Wire&published=2026-03-02", article, auth)
check(status == 200, f"POST /api/ingest with the token is 200 ({status}: {body[:200]})")
result = json.loads(body)
check(result["added"] == 1 and result["claims"] >= 1, f"the article is added with its claims: {result}")
status, _, body = request("POST", "/api/ingest?id=zorblax&outlet=Test%20Wire&published=2026-03-02", article, auth)
check(status == 200 and json.loads(body)["unchanged"] == 1, "the same text again changes nothing")
check(ok("/api/stats")["documents"] == stats["documents"] + 1, "stats count the new article")
jsonl = json.dumps({"id": "jsonl-one", "text": "Brindlecorp acquired Velmora Systems for $40 million, the company "
                    "said.", "published": "2026-03-03"}).encode() + b"\n"
status, _, body = request("POST", "/api/ingest", jsonl, {**auth, "Content-Type": "application/x-ndjson"})
check(status == 200 and json.loads(body)["added"] == 1, f"JSON Lines ingest ({status}: {body[:200]})")
hits = ok("/api/search", q="Zorblax")
check(hits["deals"], "the new deal is found")
for d in hits["deals"]:
    status, headers, raw = request("GET", f"/api/deals/{d['id']}")
    check(headers.get("content-type", "").startswith("application/json"), "deal detail is served as JSON, not HTML")
    texts = [c["evidence"]["text"] for c in json.loads(raw)["claims"]]
    check(any('<script>alert("xss")</script>' in t for t in texts), "the <script> text is returned as data")
    check(any(c["outlet"] == "Test Wire" and c["date"] == "2026-03-02" for c in json.loads(raw)["claims"]),
          "ingest takes outlet and date from the query")

if failures:
    print(f"server_api: {len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
print("server_api: all checks passed")
PY

# SIGTERM stops the server promptly and cleanly.
kill -TERM "$server_pid"
for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server_pid" 2>/dev/null; then echo "server_api: the server ignored SIGTERM" >&2; exit 1; fi
wait "$server_pid" || { echo "server_api: the server exited with an error after SIGTERM" >&2; exit 1; }
server_pid=""
echo "server_api: ok"
