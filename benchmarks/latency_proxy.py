"""A PostgreSQL server as if one network hop away: a TCP proxy that delays what it forwards.

On one machine a round trip to PostgreSQL over a unix socket costs a fraction of a
millisecond, so code that waits for the server once per statement looks cheap here and
is slow against a server on another machine. This proxy forwards each chunk --delay-ms
after it arrived, in each direction, without holding back the chunks behind it (as a
link with that latency would), so round trips cost what they would on such a link and
pipelined statements do not. Run by hand, never part of the test suite:

    python benchmarks/latency_proxy.py --port 55432 --to /path/to/socket-dir/.s.PGSQL.5432 &
    python benchmarks/postgres.py --postgres postgresql://me@127.0.0.1:55432/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import time


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def forward() -> None:
        while True:
            due, data = await queue.get()
            if not data:
                writer.close()
                return
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(forward())
    while data := await reader.read(65536):
        queue.put_nowait((time.monotonic() + delay, data))
    queue.put_nowait((0.0, b""))
    await sender


async def _serve(port: int, target: str, delay: float) -> None:
    async def connect(client_reader, client_writer) -> None:
        if target.startswith("/"):
            server_reader, server_writer = await asyncio.open_unix_connection(target)
        else:
            host, _, server_port = target.rpartition(":")
            server_reader, server_writer = await asyncio.open_connection(host, int(server_port))
        await asyncio.gather(_pump(client_reader, server_writer, delay),
                             _pump(server_reader, client_writer, delay), return_exceptions=True)

    server = await asyncio.start_server(connect, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=55432, help="where to listen on 127.0.0.1")
    parser.add_argument("--to", required=True, help="the server: a unix socket's path, or HOST:PORT")
    parser.add_argument("--delay-ms", type=float, default=0.5, help="added to each direction")
    args = parser.parse_args()
    asyncio.run(_serve(args.port, args.to, args.delay_ms / 1000))


if __name__ == "__main__":
    main()
