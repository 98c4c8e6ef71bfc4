"""A package server on 127.0.0.1 for the download tests: counts requests, can cut a transfer."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Served:
    """What the server saw and how it misbehaves: ``cut`` paths get half their bytes, then EOF."""

    url: str
    requests: Counter[str] = field(default_factory=Counter)
    cut: set[str] = field(default_factory=set)


class _Handler(SimpleHTTPRequestHandler):
    served: Served

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self.served.requests[self.path] += 1
        if self.path not in self.served.cut:
            super().do_GET()
            return
        body = Path(self.translate_path(self.path)).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True


@contextmanager
def serve(root: Path) -> Iterator[Served]:
    """Serve ``root`` over HTTP on a free loopback port for the duration of the block."""
    served = Served(url="")
    handler = type("Handler", (_Handler,), {"served": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    served.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
