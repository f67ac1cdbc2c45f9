#!/usr/bin/env python3
"""`dealgraph serve` under load and abuse, on 127.0.0.1 only.

usage: server_abuse.py DEALGRAPH DB

Starts the server on DB (a ledger of examples/news) and sends it, in turn:
  1. 50 concurrent clients x 20 requests of every read endpoint: all 200, each
     body equal to the answer the idle server gave for the same URL;
  2. malformed requests over raw sockets (no request line, bad versions, header
     lines without a colon, bad Content-Length), oversized request lines,
     headers and bodies, wrong methods, unknown paths and path tricks, SQL-like
     and script-like parameters, invalid percent-encoding and UTF-8, huge query
     strings: each gets the status docs/api.md gives it, always as JSON;
  3. 200 slow clients that send half a request and stall: a normal client is
     served while they are all connected, and the server drops each of them
     (read time-out) within 30 s;
  4. 20 clients at once sending 2 MB of header lines each.
After each part the server must still answer a normal query exactly as at the
start; at the end its peak resident memory (VmHWM) must be under RSS_LIMIT_MB
and it must stop cleanly on SIGTERM. Prints what it measured; exits 1 on the
first failed check.
"""
import http.client
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time

RSS_LIMIT_MB = 256
SLOW_CLIENTS = 200
CONCURRENT = 50
REQUESTS_EACH = 20

READS = [
    "/api/deals?limit=20",
    "/api/deals?org=OpenAI&sort=-amount",
    "/api/deals?type=investment&status=announced&since=2024&min_amount=1e9",
    "/api/orgs/Microsoft",
    "/api/flows?limit=10",
    "/api/cycles?max_length=3&limit=3",
    "/api/search?q=micro&limit=5",
    "/api/graph?org=Amazon",
    "/api/stats",
]


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


class Server:
    def __init__(self, binary, db):
        self.proc = subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "--bind", "127.0.0.1"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if "http://127.0.0.1:" not in line:
            raise Failure("the server did not start: %r %s" % (line, self.proc.stderr.read()))
        self.port = int(line.split("http://127.0.0.1:")[1].split("/")[0])

    def status(self, key):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
        return 0

    def alive(self):
        return self.proc.poll() is None


def get(port, path, method="GET", headers=None, body=None):
    """One request on a new connection: (status, headers dict, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def raw(port, data, timeout=15):
    """Sends raw bytes, reads until the server closes or a whole response is in.
    Returns (status or None, body bytes)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        try:
            s.sendall(data)
        except OSError:
            pass  # the server may answer and close before reading everything
        got = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (socket.timeout, ConnectionResetError):
                break
            if not chunk:
                break
            got += chunk
            head, sep, body = got.partition(b"\r\n\r\n")
            if sep:
                length = [l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
                if length and len(body) >= int(length[0].split(b":")[1]):
                    break
        if not got.startswith(b"HTTP/1."):
            return None, got
        return int(got.split(b" ", 2)[1]), got.partition(b"\r\n\r\n")[2]
    finally:
        s.close()


def expect_json_status(port, data, want, label):
    status, body = raw(port, data)
    check(status in want, "%s: status %s, want %s: %r" % (label, status, want, body[:200]))
    if status is not None and body:
        try:
            j = json.loads(body)
        except ValueError:
            raise Failure("%s: body is not JSON: %r" % (label, body[:200]))
        if status >= 400:
            check("error" in j, "%s: error body without 'error': %r" % (label, body[:200]))
    return status


def request(method, target, headers=(), body=b"", host="127.0.0.1"):
    lines = ["%s %s HTTP/1.1" % (method, target), "Host: %s" % host, "Connection: close"] + list(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def part_concurrent(port, reference):
    errors = []
    count = [0]
    lock = threading.Lock()

    def client(n):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for i in range(REQUESTS_EACH):
            path = READS[(n + i) % len(READS)]
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                body = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                with lock:
                    errors.append("%s: %r" % (path, e))
                continue
            with lock:
                count[0] += 1
                if resp.status != 200 or body != reference[path]:
                    errors.append("%s: status %d, body %s the idle answer" %
                                  (path, resp.status, "equal to" if body == reference[path] else "differs from"))
        conn.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(CONCURRENT)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - started
    check(not errors, "concurrent clients: %d problems, first: %s" % (len(errors), errors[:3]))
    print("concurrent: %d clients x %d requests, %d answers, all 200 and equal to the idle answers, %.1f s" %
          (CONCURRENT, REQUESTS_EACH, count[0], seconds))


def part_malformed(port):
    cases = [
        ("no request line", b"\r\n\r\n", [400, None]),
        ("garbage", b"HELLO\r\n\r\n", [400, None]),
        ("binary", bytes(range(256)) + b"\r\n\r\n", [400, None]),
        ("no version", b"GET /api/deals\r\nHost: 127.0.0.1\r\n\r\n", [400, None]),
        ("HTTP/9.9", b"GET /api/deals HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n", [400, 505, None]),
        ("header without colon", request("GET", "/api/deals", ["NoColonHere"]), [400, 200]),  # skipped
        ("Content-Length not a number", request("POST", "/api/ingest", ["Content-Length: lots"]), [400, 403]),
        ("Content-Length negative", request("POST", "/api/ingest", ["Content-Length: -5"]), [400, 413]),
        ("request line over 8 KB", request("GET", "/api/deals?q=" + "a" * 9000), [414, 400]),
        ("header line over 8 KB", request("GET", "/api/deals", ["X-Big: " + "b" * 9000]), [400, 431]),
        ("headers over 16 KB", request("GET", "/api/deals", ["X-H%d: %s" % (i, "c" * 4000) for i in range(5)]),
         [431]),
        ("body over 8 MB by Content-Length", request("POST", "/api/ingest", ["Content-Length: 100000000",
                                                                             "Content-Type: text/plain"]), [413]),
        ("body over 8 MB sent", request("POST", "/api/ingest", ["Content-Length: %d" % (9 << 20),
                                                                "Content-Type: text/plain"], b"x" * (9 << 20)),
         [413]),
        ("chunked body over 8 MB", request("POST", "/api/ingest", ["Transfer-Encoding: chunked"],
                                           (b"100000\r\n" + b"y" * 0x100000 + b"\r\n") * 9 + b"0\r\n\r\n"),
         [413, 403]),
        ("other Host", request("GET", "/api/deals", host="evil.example"), [421]),
        ("unknown endpoint", request("GET", "/api/nothing"), [404]),
        ("unknown path", request("GET", "/nothing/here"), [404]),
        ("dot-dot path", request("GET", "/../../../../etc/passwd"), [404, 400]),
        ("encoded dot-dot", request("GET", "/%2e%2e/%2e%2e/etc/passwd"), [404, 400]),
        ("DELETE", request("DELETE", "/api/deals"), [405]),
        ("PUT", request("PUT", "/api/deals", ["Content-Length: 2"], b"{}"), [405]),
        ("POST to a read endpoint", request("POST", "/api/deals", ["Content-Length: 0"]), [405]),
        ("POST ingest without a token", request("POST", "/api/ingest", ["Content-Length: 5"], b"hello"), [403]),
        ("unknown method", request("BREW", "/api/deals"), [400, 404, 405]),
        ("TRACE", request("TRACE", "/"), [400, 404, 405]),
    ]
    wrong = []
    for label, data, want in cases:
        try:
            expect_json_status(port, data, want, label)
        except Failure as e:
            wrong.append(str(e))
    params = [
        ("/api/search?q=%27%20OR%201%3D1%20--", 200),
        ("/api/deals?org=%27%20OR%201%3D1%20--", 200),
        ("/api/deals?org=x%27%3B%20DROP%20TABLE%20deals%3B%20--", 200),
        ("/api/deals/1%27%20OR%20%271%27%3D%271", 400),
        ("/api/orgs/%27%3B%20DROP%20TABLE%20deals%3B%20--", 404),
        ("/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200),
        ("/api/orgs/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404),
        ("/api/deals?type=%3Cscript%3E", 400),
        ("/api/search?q=%ZZ%", 200),
        ("/api/search?q=%ff%fe", 400),
        ("/api/orgs/%C0%AF", 400),
        ("/api/search?q=%00", 400),
        ("/api/search?q=" + "a" * 7000, 400),
        ("/api/deals?" + "&".join("p%d=1" % i for i in range(500)), 400),
        ("/api/deals?limit=99999999999999999999", 400),
        ("/api/deals?limit=-1", 400),
        ("/api/deals?min_amount=nan", 400),
        ("/api/deals?since=2025-13-45", 400),
        ("/api/cycles?max_length=1000", 400),
        ("/api/deals?limit=1&limit=2", 400),
    ]
    for path, want in params:
        status, headers, body = get(port, path)
        if status != want:
            wrong.append("%s: status %d, want %d: %r" % (path[:100], status, want, body[:200]))
            continue
        check(headers.get("content-type", "").startswith("application/json"), "%s: content type %s" %
              (path, headers.get("content-type")))
        check(headers.get("x-content-type-options") == "nosniff", "%s: no nosniff" % path)
        j = json.loads(body)
        if path.startswith("/api/search?q=%27") or path.startswith("/api/deals?org=%27") or "DROP" in path:
            check(j.get("total", j.get("total_deals", 0)) == 0 and not j.get("organizations"),
                  "%s: SQL-like text matched something: %r" % (path, body[:200]))
    check(not wrong, "%d requests answered wrongly:\n  %s" % (len(wrong), "\n  ".join(wrong)))
    print("malformed: %d raw requests and %d parameter cases answered as expected" % (len(cases), len(params)))


def part_slow(server, reference):
    port = server.port
    slow = []
    for i in range(SLOW_CLIENTS):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-%d: " % i)
        slow.append(s)
    time.sleep(0.5)  # let the server take them all
    threads = server.status("Threads")
    path = "/api/deals?org=OpenAI&sort=-amount"
    try:
        status, _, body = get(port, path)
    except OSError as e:
        raise Failure("a normal client was not served while %d slow clients waited: %r" % (SLOW_CLIENTS, e))
    check(status == 200 and body == reference[path], "a normal client was not served while slow clients waited")
    # They were all still connected while the normal client was served.
    still_open = 0
    for s in slow:
        r, _, _ = select.select([s], [], [], 0)
        still_open += not r
    check(still_open == SLOW_CLIENTS, "only %d of %d slow clients were still connected when the normal one "
          "was served" % (still_open, SLOW_CLIENTS))
    started = time.monotonic()
    pending = set(slow)
    answered = 0
    while pending and time.monotonic() - started < 30:
        r, _, _ = select.select(list(pending), [], [], 1)
        for s in r:
            try:
                data = s.recv(65536)
            except OSError:
                data = b""
            if data.startswith(b"HTTP/1.1 200"):
                answered += 1
            pending.discard(s)
            s.close()
    for s in pending:
        s.close()
    seconds = time.monotonic() - started
    check(not pending, "%d of %d slow clients were not dropped within 30 s" % (len(pending), SLOW_CLIENTS))
    check(answered == 0, "%d incomplete requests were answered with 200" % answered)
    print("slow clients: %d stalled with half a request, %d server threads, a normal client served meanwhile, "
          "all dropped by the server after %.1f s" % (SLOW_CLIENTS, threads, seconds))


def part_big_headers(port):
    results = []

    def client():
        lines = ["X-Pad-%d: %s" % (i, "z" * 1000) for i in range(2000)]
        try:
            status, _ = raw(port, request("GET", "/api/stats", lines), timeout=30)
        except OSError as e:
            status = repr(e)
        results.append(status)

    threads = [threading.Thread(target=client) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(all(s in (400, 431, None) for s in results), "2 MB of headers: %s" % results)
    print("big headers: 20 clients x 2 MB of header lines refused: %s" %
          sorted(set(str(s) for s in results)))


def main():
    binary, db = sys.argv[1], sys.argv[2]
    server = Server(binary, db)
    try:
        reference = {}
        for path in READS:
            status, _, body = get(server.port, path)
            check(status == 200, "%s: status %d before any load" % (path, status))
            reference[path] = body
        idle_rss = server.status("VmRSS")
        normal = "/api/deals?org=OpenAI&sort=-amount"

        def still_right(after):
            check(server.alive(), "the server died after %s" % after)
            status, _, body = get(server.port, normal)
            check(status == 200 and body == reference[normal], "wrong answer after %s" % after)

        part_concurrent(server.port, reference)
        still_right("the concurrent clients")
        part_malformed(server.port)
        still_right("the malformed requests")
        part_slow(server, reference)
        still_right("the slow clients")
        part_big_headers(server.port)
        still_right("the big headers")
        part_concurrent(server.port, reference)  # once more: nothing was left broken
        hwm = server.status("VmHWM")
        print("memory: VmRSS %d MB idle, VmHWM %d MB at the end (limit %d MB)" %
              (idle_rss // 1024, hwm // 1024, RSS_LIMIT_MB))
        check(hwm < RSS_LIMIT_MB * 1024, "peak resident memory %d MB over %d MB" % (hwm // 1024, RSS_LIMIT_MB))
        server.proc.send_signal(signal.SIGTERM)
        code = server.proc.wait(30)
        check(code == 0, "the server exited with %d on SIGTERM" % code)
    except Failure as e:
        print("FAIL:", e)
        return 1
    finally:
        if server.alive():
            server.proc.kill()
            server.proc.wait()
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
