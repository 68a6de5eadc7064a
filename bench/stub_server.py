"""A loopback HTTP/1.1 keep-alive stub answering every POST with one fixed CI XML body.

Runs in its own process so its CPU does not count against the client being measured.
"""

from __future__ import annotations

import contextlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = (
    b"<Response><JobsDetail><DataId>d-1</DataId><JobId>sa0123456789abcdef0123456789abcdef</JobId>"
    b"<State>Submitted</State><CreationTime>2019-07-07T12:12:12+0800</CreationTime>"
    b"</JobsDetail><RequestId>r</RequestId></Response>"
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else delayed ACKs add ~40 ms per call

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-type", "application/xml")
        self.send_header("content-length", str(len(BODY)))
        self.send_header("x-ci-request-id", "stub")
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the benchmark prints its own figures


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
