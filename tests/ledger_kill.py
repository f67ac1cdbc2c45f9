#!/usr/bin/env python3
"""Kills `dealgraph ingest` with SIGKILL at many points and checks the database after each kill.

usage: ledger_kill.py DEALGRAPH DB NEWS_DIR CLAIMS KILLS SEED

Each round starts an ingest of NEWS_DIR into DB (resuming where the last round
stopped) and kills it at a point chosen by a pseudo-random generator seeded
with SEED, so a failure can be replayed exactly:
  - "count": once the database holds 1 to 80 documents more than at the
    start of the round (so every part of the corpus is written under a kill);
  - "delay": after a random number of milliseconds, which lands anywhere:
    while files are read, while a batch is written or merged, during a commit.
After each kill `dealgraph db check` must pass. Prints one line per round and
exits 1 at the first failed check or when fewer than KILLS kills landed while
the ingest was still running.
"""
import os
import random
import sqlite3
import subprocess
import sys
import time


def documents(db):
    """Committed documents in `db`, or -1 when it cannot be read yet."""
    try:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=0.05)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def main():
    binary, db, news, claims, kills, seed = sys.argv[1:7]
    kills, rng = int(kills), random.Random(int(seed))
    total = 2000
    landed = 0
    rounds = 0
    while landed < kills and rounds < kills + 10:
        rounds += 1
        mode = "count" if rounds % 2 == 0 else "delay"
        batch = rng.choice([1, 7, 25, 60])  # small batches: many commits to land between
        cmd = [binary, "ingest", "--db", db, "--quiet", "--batch", str(batch), "--claims", claims, news]
        started = time.monotonic()
        p = subprocess.Popen(cmd)
        if mode == "count":
            # 1 to 80 documents more than are stored: each such round writes.
            target = max(documents(db), 0) + rng.randrange(1, 80)
            point = "at %d documents" % target
            while p.poll() is None and time.monotonic() - started < 60:
                if documents(db) >= target:
                    break
                time.sleep(0.001)
        else:
            delay = rng.uniform(0.0, 0.3)
            point = "after %.0f ms" % (delay * 1000)
            while p.poll() is None and time.monotonic() - started < delay:
                time.sleep(0.0005)
        if p.poll() is None:
            p.kill()
            p.wait()
            landed += 1
            outcome = "killed"
        else:
            outcome = "finished (exit %d)" % p.returncode
        stored = documents(db)
        if not os.path.exists(db):
            print("round %2d: batch %2d, %s %s: %s before the database was created" % (rounds, batch, mode, point, outcome))
            continue
        check = subprocess.run([binary, "db", "check", "--db", db], capture_output=True, text=True)
        print("round %2d: batch %2d, %s %s: %s, %d documents stored, db check %s" %
              (rounds, batch, mode, point, outcome, stored, "ok" if check.returncode == 0 else "FAILED"))
        sys.stdout.flush()
        if check.returncode != 0:
            print(check.stdout + check.stderr)
            return 1
        if stored >= total and landed < kills:
            # The corpus is in before enough kills (a slow machine): start a
            # fresh database so that the next kills land while writing again.
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            print("the corpus is in; starting again on an empty database")
    print("%d kills landed during an ingest in %d rounds" % (landed, rounds))
    return 0 if landed >= kills else 1


if __name__ == "__main__":
    sys.exit(main())
