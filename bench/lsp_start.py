#!/usr/bin/env python3
"""How long `kizuna lsp` takes to start on a journal, as an editor sees it, against the digest on the same journal.

The start is timed from spawning the server to its answer to a first request (`shutdown`, the cheapest), sent right
after `initialize` and `initialized`: by then every note has been read, every diagnostic published, and the server
answers requests.
The digest is `kizuna digest --format json --stdout`, spawned to exit. The two take turns, run after run.

Usage: python3 bench/lsp_start.py DIR [--runs 7]   (make bench runs it on M)
"""
import argparse, json, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIZUNA = os.path.join(ROOT, ".build", "release", "kizuna")


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


class Reader:
    """Messages from the server's output, framed by `Content-Length`, read in large pieces: the start sends a
    thousand diagnostics messages, and the time Python would take over each line of each is not the server's."""

    def __init__(self, proc):
        self.fd = proc.stdout.fileno()
        self.buffer = bytearray()

    def next(self):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                header = bytes(self.buffer[:end]).decode()
                length = next(int(line.split(":", 1)[1]) for line in header.split("\r\n")
                              if line.lower().startswith("content-length"))
                if len(self.buffer) >= end + 4 + length:
                    body = bytes(self.buffer[end + 4:end + 4 + length])
                    del self.buffer[:end + 4 + length]
                    return body
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                sys.exit("the server closed its output")
            self.buffer += chunk


def lsp_start(journal):
    """Seconds from spawn to the answer to the first request, and how many notes had diagnostics published."""
    start = time.monotonic()
    proc = subprocess.Popen([KIZUNA, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    uri = "file://" + os.path.abspath(journal)
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": os.getpid(), "rootUri": uri, "capabilities": {}}})
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    published = 0
    reader = Reader(proc)
    while True:
        body = reader.next()
        if b"textDocument/publishDiagnostics" in body:
            published += 1
        elif json.loads(body).get("id") == 2:
            break
    elapsed = time.monotonic() - start
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.stdin.close()
    proc.wait()
    return elapsed, published


def digest(journal):
    start = time.monotonic()
    subprocess.run([KIZUNA, "digest", "--journal", journal, "--date", "2026-11-24", "--format", "json", "--stdout"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("journal")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    starts, digests, published = [], [], 0
    for _ in range(args.runs):
        elapsed, published = lsp_start(args.journal)
        starts.append(elapsed)
        digests.append(digest(args.journal))
    ms = lambda xs: ", ".join(f"{x * 1000:.0f}" for x in xs)
    print(f"lsp start (spawn to first answer, {published} notes with diagnostics): {ms(starts)} ms; "
          f"median {statistics.median(starts) * 1000:.0f}")
    print(f"digest --format json (spawn to exit): {ms(digests)} ms; median {statistics.median(digests) * 1000:.0f}")
    print(f"| lsp start / digest (median) | {statistics.median(starts) / statistics.median(digests):.2f} | <= 1.0 |")


if __name__ == "__main__":
    main()
