#!/usr/bin/env python3
"""HTTP server for the feed tests: serves a folder of fixtures on 127.0.0.1.

usage: fixture_server.py DIR LOG
Prints the port it listens on (chosen by the system), then serves until killed.
Every request is appended to LOG as one JSON line: arrival time, path, User-Agent,
If-None-Match, If-Modified-Since and the status sent, so that a test can check
conditional requests, politeness delays and the User-Agent.

Routes:
  /PATH             the file DIR/PATH, with ETag and Last-Modified; 304 when the
                    request's If-None-Match or If-Modified-Since still holds
  /nocache/PATH     the same file without validators (always 200)
  /latest           DIR/tech.rss under a wrong media type (text/html) and no extension
  /redirect/PATH    301 to /PATH
  /loop, /loop-b    302 to each other, forever
  /slow?s=N         a small feed sent after N seconds
  /huge             30 MiB of text with a Content-Length
  /huge-stream      30 MiB of text with no Content-Length (ends when the connection closes)
  anything else     404
"""
import email.utils
import hashlib
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.abspath(sys.argv[1])
LOG = sys.argv[2]
LOG_LOCK = threading.Lock()
TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".xml": "application/xml",
         ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
SMALL_FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Wire</title>'
              b'<item><guid>slow-1</guid><description>Nothing to see.</description></item></channel></rss>')


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet: the JSON log is the record
        pass

    def record(self, status):
        entry = {"t": self.arrived, "path": self.path, "ua": self.headers.get("User-Agent", ""),
                 "inm": self.headers.get("If-None-Match", ""), "ims": self.headers.get("If-Modified-Since", ""),
                 "status": status}
        with LOG_LOCK, open(LOG, "a") as f:
            f.write(json.dumps(entry) + "\n")

    def send(self, status, body=b"", headers=None):
        self.record(status)
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def serve_file(self, rel, validators=True, content_type=None):
        path = os.path.normpath(os.path.join(ROOT, rel))
        if not path.startswith(ROOT + os.sep) or not os.path.isfile(path):
            return self.send(404, b"not found\n", {"Content-Type": "text/plain"})
        with open(path, "rb") as f:
            body = f.read()
        headers = {"Content-Type": content_type or TYPES.get(os.path.splitext(path)[1], "application/octet-stream")}
        if validators:
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            mtime = int(os.path.getmtime(path))
            headers["ETag"] = etag
            headers["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if inm is not None:
                if inm == etag:
                    return self.send(304, headers=headers)
            elif ims is not None:
                try:
                    if mtime <= email.utils.parsedate_to_datetime(ims).timestamp():
                        return self.send(304, headers=headers)
                except (TypeError, ValueError):
                    pass
        return self.send(200, body, headers)

    def stream_huge(self, with_length):
        self.record(200)
        size = 30 << 20
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if with_length:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = (b"Filler text of a page far too large to be read. " * 1400)[:65536]
        try:
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        self.arrived = time.time()
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)
        query = urllib.parse.parse_qs(url.query)
        if path == "/slow":
            time.sleep(float(query.get("s", ["5"])[0]))
            return self.send(200, SMALL_FEED, {"Content-Type": "application/rss+xml"})
        if path == "/huge":
            return self.stream_huge(True)
        if path == "/huge-stream":
            return self.stream_huge(False)
        if path == "/loop":
            return self.send(302, b"", {"Location": "/loop-b"})
        if path == "/loop-b":
            return self.send(302, b"", {"Location": "/loop"})
        if path.startswith("/redirect/"):
            return self.send(301, b"", {"Location": path[len("/redirect"):]})
        if path == "/latest":
            return self.serve_file("tech.rss", content_type="text/html")
        if path.startswith("/nocache/"):
            return self.serve_file(path[len("/nocache/"):], validators=False)
        return self.serve_file(path.lstrip("/"))


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
