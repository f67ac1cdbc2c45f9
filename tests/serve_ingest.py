#!/usr/bin/env python3
"""`dealgraph serve` answering while `dealgraph ingest` writes to the same database.

usage: serve_ingest.py DEALGRAPH WORKDIR

Writes a corpus of articles to WORKDIR/news (one dated JSON Lines record per
file): each "a-NNNNN" article reports one deal between two organizations of
its own (so no two articles' deals merge), and for every tenth one two
later-dated articles ("r-NNNNN-K") report the same deal again (so merged deals
gain claims while the server reads them, and keep their ids).
Ingests the first articles, starts the server on that database, then ingests
the rest in small batches while reader threads poll the API. Every answer must
be a 200 with JSON, and whole:
  - /api/stats: deals == the sum of deals by type == the sum by status;
    documents, claims and deals never fall;
  - /api/deals: total == the number listed; every deal has every field; a
    deal's claim count never falls; the deal count never falls;
  - /api/deals/{id}: as many claims as the listing said or more; each claim's
    evidence text is the bytes [start, end) of its article's text, the article
    file exists and the claim's document is that article;
  - /api/orgs/{name}: deals == the timeline's length; /api/flows, /api/graph,
    /api/search and /api/cycles: 200 and their keys.
At the end the server's listing must equal `dealgraph deals --format json`.
Exits 1 with the first problems found.
"""
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

FIRST = 100        # articles ingested before the server starts
ARTICLES = 4000    # "a-" articles in all
READERS = 4
DAY0 = 1760000000  # 2025-10-09, the file time of the first reports

SYLLABLES = ["var", "nex", "tor", "qua", "lim", "bro", "zen", "kal", "mir", "dax", "pel", "sor", "vin", "tek",
             "ral", "hob", "cyr", "fen", "gal", "jun"]
KINDS = ["Robotics", "Systems", "Labs", "Analytics", "Semiconductors", "Networks"]
DEAL_FIELDS = ["id", "type", "asset", "from", "to", "status", "amount", "amount_conflict", "status_conflict",
               "first_reported", "last_reported", "claims"]
CLAIM_FIELDS = ["doc", "source", "version", "current", "outlet", "title", "url", "date", "date_from_file_time",
                "type", "asset", "from", "to", "status", "amount", "aggregate", "attribution", "evidence"]


def name(i, salt):
    a = SYLLABLES[(i * 7 + salt) % len(SYLLABLES)]
    b = SYLLABLES[(i // len(SYLLABLES) + salt * 3) % len(SYLLABLES)]
    c = SYLLABLES[(i // 400 + salt) % len(SYLLABLES)]
    return "%s%s%s %s Inc." % (a.capitalize(), b, c, KINDS[(i + salt) % len(KINDS)])


def write_article(path, doc, text, date):
    """One article as a one-record JSON Lines file (with a date, which orders its reports)."""
    with open(path, "w") as f:
        f.write(json.dumps({"id": doc, "text": text, "published": date}) + "\n")


def write_corpus(news):
    os.makedirs(os.path.join(news, "early"))
    os.makedirs(os.path.join(news, "late"))
    for i in range(ARTICLES):
        investor, investee = name(i, 1), name(i, 2)
        billions = 1 + i % 9
        text = ("%s has agreed to invest $%d billion in %s, the two companies said on Tuesday.\n"
                "The money will pay for new data centers over the next three years.\n" % (investor, billions, investee))
        folder = "early" if i < FIRST else "late"
        write_article(os.path.join(news, folder, "a-%05d.jsonl" % i), "a-%05d" % i, text, "2025-10-09")
        if i % 10 == 5:
            for k in range(2):
                again = ("Article %d-%d. %s has agreed to invest $%d billion in %s, a person familiar said.\n"
                         % (i, k, investor, billions, investee))
                # Dated after the first report, which so stays the deal's earliest
                # claim and keeps the deal's id as it grows (docs/ledger.md).
                write_article(os.path.join(news, "late", "r-%05d-%d.jsonl" % (i, k)), "r-%05d-%d" % (i, k), again,
                              "2025-10-1%d" % k)


class Reader(threading.Thread):
    """Polls the API until told to stop; records every problem it sees."""

    def __init__(self, port, seed, news, stop, problems):
        super().__init__(daemon=True)
        self.port, self.rng, self.news, self.stop, self.problems = port, random.Random(seed), news, stop, problems
        self.conn = None
        self.requests = 0
        self.max_counts = {}      # stats key -> highest seen
        self.deal_claims = {}     # deal id -> highest claim count seen
        self.max_total = 0

    def fail(self, what):
        self.problems.append(what)

    def get(self, path):
        """GET over a kept-alive connection (a new one now and then); (status, parsed JSON)."""
        if self.conn is None or self.rng.random() < 0.1:
            if self.conn is not None:
                self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            self.conn.request("GET", path)
            resp = self.conn.getresponse()
            body = resp.read()
        except (OSError, http.client.HTTPException) as e:
            self.conn = None
            self.fail("%s: connection error %r" % (path, e))
            return None, None
        self.requests += 1
        if resp.status != 200:
            self.fail("%s: status %d: %s" % (path, resp.status, body[:300]))
            return resp.status, None
        if b"locked" in body or b"busy" in body:
            self.fail("%s: body mentions a lock: %s" % (path, body[:300]))
        try:
            return 200, json.loads(body)
        except ValueError:
            self.fail("%s: not JSON: %s" % (path, body[:300]))
            return 200, None

    def rising(self, key, value, path):
        if value < self.max_counts.get(key, 0):
            self.fail("%s: %s fell from %d to %d" % (path, key, self.max_counts[key], value))
        self.max_counts[key] = max(self.max_counts.get(key, 0), value)

    def stats(self):
        _, j = self.get("/api/stats")
        if j is None:
            return
        if j["deals"] != sum(j["by_type"].values()) or j["deals"] != sum(j["by_status"].values()):
            self.fail("/api/stats: deals %d, by type %s, by status %s" % (j["deals"], j["by_type"], j["by_status"]))
        for key in ("documents", "claims", "deals"):
            self.rising(key, j[key], "/api/stats")

    def deals(self):
        sort = self.rng.choice(["reported", "-amount", "claims", "from"])
        path = "/api/deals?limit=10000&sort=" + sort
        _, j = self.get(path)
        if j is None:
            return []
        if j["total"] != len(j["deals"]):
            self.fail("%s: total %d but %d deals listed" % (path, j["total"], len(j["deals"])))
        if j["total"] < self.max_total:
            self.fail("%s: total fell from %d to %d" % (path, self.max_total, j["total"]))
        self.max_total = max(self.max_total, j["total"])
        for d in j["deals"]:
            missing = [k for k in DEAL_FIELDS if k not in d]
            if missing or not d["from"] or not d["to"] or d["claims"] < 1 or len(d["id"]) != 16:
                self.fail("%s: deal not whole (missing %s): %s" % (path, missing, d))
                continue
            if d["claims"] < self.deal_claims.get(d["id"], 0):
                self.fail("%s: deal %s claims fell from %d to %d" % (path, d["id"], self.deal_claims[d["id"]],
                                                                     d["claims"]))
            self.deal_claims[d["id"]] = max(self.deal_claims.get(d["id"], 0), d["claims"])
        return j["deals"]

    def deal(self, listed):
        path = "/api/deals/" + listed["id"]
        _, j = self.get(path)
        if j is None:
            return
        if len(j["claims"]) < listed["claims"]:
            self.fail("%s: %d claims, the listing said %d" % (path, len(j["claims"]), listed["claims"]))
        for c in j["claims"]:
            missing = [k for k in CLAIM_FIELDS if k not in c]
            if missing:
                self.fail("%s: claim without %s" % (path, missing))
                continue
            source = c["source"]
            if not source.startswith(self.news) or not os.path.isfile(source):
                self.fail("%s: claim source %s is not an article file" % (path, source))
                continue
            with open(source) as f:
                record = json.loads(f.read())
            if record["id"] != c["doc"]:
                self.fail("%s: claim document %s is not its file %s" % (path, c["doc"], source))
            data = record["text"].encode()
            ev = c["evidence"]
            if data[ev["start"]:ev["end"]] != ev["text"].encode():
                self.fail("%s: evidence %r is not bytes %d-%d of %s" % (path, ev["text"], ev["start"], ev["end"],
                                                                       source))

    def org(self, listed):
        who = listed["from"][0]
        path = "/api/orgs/" + who.replace(" ", "%20")
        _, j = self.get(path)
        if j is not None and j["deals"] != len(j["timeline"]):
            self.fail("%s: deals %d but a timeline of %d" % (path, j["deals"], len(j["timeline"])))

    def others(self):
        for path, keys in (("/api/flows?limit=50", ["flows"]), ("/api/graph?type=investment", ["nodes", "edges", "deals"]),
                           ("/api/search?q=inc&limit=5", ["organizations", "deals", "total_deals"]),
                           ("/api/cycles?max_length=3&limit=5", ["cycles"])):
            _, j = self.get(path)
            if j is not None and any(k not in j for k in keys):
                self.fail("%s: keys %s" % (path, list(j)))

    def round(self):
        self.stats()
        listed = self.deals()
        for d in self.rng.sample(listed, min(5, len(listed))):
            self.deal(d)
        if listed:
            self.org(self.rng.choice(listed))
        if self.rng.random() < 0.3:
            self.others()

    def run(self):
        while not self.stop.is_set() and len(self.problems) < 20:
            self.round()
        self.round()  # once more after the ingest


def main():
    binary, work = sys.argv[1], sys.argv[2]
    news = os.path.join(work, "news")
    db = os.path.join(work, "live.db")
    write_corpus(news)
    subprocess.run([binary, "ingest", "--db", db, "--quiet", os.path.join(news, "early")], check=True)
    server = subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "--bind", "127.0.0.1"],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        stop, problems = threading.Event(), []
        readers = [Reader(port, seed, news, stop, problems) for seed in range(READERS)]
        for r in readers:
            r.start()
        started = time.monotonic()
        ingest = subprocess.run([binary, "ingest", "--db", db, "--quiet", "--batch", "10", os.path.join(news, "late")])
        seconds = time.monotonic() - started
        stop.set()
        for r in readers:
            r.join(120)
        print("ingest of %d articles took %.1f s (exit %d); %d API requests meanwhile" %
              (len(os.listdir(os.path.join(news, "late"))), seconds, ingest.returncode,
               sum(r.requests for r in readers)))
        if ingest.returncode != 0:
            problems.append("the concurrent ingest failed (exit %d)" % ingest.returncode)
        if min(r.requests for r in readers) < 10:
            problems.append("a reader made fewer than 10 requests: %s" % [r.requests for r in readers])
        # The server's final answer equals the command line's.
        cli = subprocess.run([binary, "deals", "--db", db, "--format", "json"], capture_output=True, text=True,
                             check=True)
        cli_ids = sorted(d["id"] for d in json.loads(cli.stdout))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/deals?limit=10000")
        api_ids = sorted(d["id"] for d in json.loads(conn.getresponse().read())["deals"])
        if api_ids != cli_ids:
            problems.append("after the ingest the server lists %d deals, the command line %d" %
                            (len(api_ids), len(cli_ids)))
        merged = [d for d in readers[0].deal_claims.values() if d > 1]
        print("%d merged deals, %d seen with more than one claim" % (len(api_ids), len(merged)))
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(30)
    if code != 0:
        problems.append("the server exited with %d" % code)
    for p in problems[:20]:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
