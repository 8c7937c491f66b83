/**
 * The fan-out benchmark's sink: plain `node:http` servers on 127.0.0.1 (`servers` of them, each on its own
 * random port, so that each stands for one remote server), run in a worker thread so that they do not share
 * the sender's event loop. It answers every POST with 202 as soon as the
 * body has arrived and counts requests per path and per (path, activity id), so duplicates show.
 *
 * Messages from the main thread: `expect` (reset the counts, report when `target` POSTs have arrived),
 * `snapshot` (send the counts), `stop` (close the server; the thread then ends).
 * The server closes itself after `maxLifeMs` whatever happens, so the benchmark cannot leave it running.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

export type SinkCommand =
  | { type: "expect"; target: number }
  | { type: "snapshot" }
  | { type: "stop" };

export type SinkEvent =
  | { type: "ready"; ports: number[] }
  | { type: "reached"; firstAt: number; lastAt: number; count: number }
  | { type: "snapshot"; snapshot: SinkSnapshot };

export interface SinkSnapshot {
  /** POSTs since the last `expect`. */
  total: number;
  /** POSTs per path. */
  perPath: Record<string, number>;
  /** POSTs per activity id (the JSON body's `id`). */
  perActivity: Record<string, number>;
  /** The largest number of POSTs any one (path, activity id) pair got: 1 means no duplicates. */
  maxPerPathAndActivity: number;
  /** POSTs without a `Signature` header. */
  unsigned: number;
  /** Requests that were not POSTs. */
  otherMethods: number;
  /** One body as received (bytes as a UTF-8 string), to let the baseline send the same bytes. */
  sampleBody: string | undefined;
  /** Time of the first and last POST, in ms on the shared clock (`performance.timeOrigin + performance.now()`). */
  firstAt: number | undefined;
  lastAt: number | undefined;
}

export interface SinkOptions {
  maxLifeMs: number;
  /** How many servers (ports) to listen on; all count into the same tallies. */
  servers: number;
}

const now = (): number => performance.timeOrigin + performance.now();

function runSink(port: NonNullable<typeof parentPort>, options: SinkOptions): void {
  let target = Number.POSITIVE_INFINITY;
  let reported = false;
  let total = 0;
  let unsigned = 0;
  let otherMethods = 0;
  let perPath = new Map<string, number>();
  let perActivity = new Map<string, number>();
  let perPair = new Map<string, number>();
  let sampleBody: string | undefined;
  let firstAt: number | undefined;
  let lastAt: number | undefined;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST") {
      otherMethods++;
      req.resume();
      res.writeHead(405).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      res.writeHead(202, { "content-length": "0" }).end();
      const at = now();
      firstAt ??= at;
      lastAt = at;
      total++;
      const path = (req.url ?? "").split("?")[0] ?? "";
      perPath.set(path, (perPath.get(path) ?? 0) + 1);
      if (req.headers.signature === undefined) unsigned++;
      const body = Buffer.concat(chunks).toString("utf8");
      sampleBody ??= body;
      let id = "(no id)";
      try {
        const parsed = JSON.parse(body) as { id?: unknown };
        if (typeof parsed.id === "string") id = parsed.id;
      } catch {
        id = "(not JSON)";
      }
      perActivity.set(id, (perActivity.get(id) ?? 0) + 1);
      const pair = `${path} ${id}`;
      perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
      if (!reported && total >= target) {
        reported = true;
        port.postMessage({ type: "reached", firstAt, lastAt: at, count: total } satisfies SinkEvent);
      }
    });
  };
  const servers = Array.from({ length: options.servers }, () => {
    const server = createServer({ keepAliveTimeout: 30_000 }, handle);
    server.headersTimeout = 10_000;
    server.requestTimeout = 10_000;
    return server;
  });

  const life = setTimeout(() => stop(), options.maxLifeMs);
  const stop = () => {
    clearTimeout(life);
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    port.close();
  };

  port.on("message", (command: SinkCommand) => {
    if (command.type === "expect") {
      target = command.target;
      reported = false;
      total = 0;
      unsigned = 0;
      otherMethods = 0;
      perPath = new Map();
      perActivity = new Map();
      perPair = new Map();
      sampleBody = undefined;
      firstAt = undefined;
      lastAt = undefined;
    } else if (command.type === "snapshot") {
      const snapshot: SinkSnapshot = {
        total,
        perPath: Object.fromEntries(perPath),
        perActivity: Object.fromEntries(perActivity),
        maxPerPathAndActivity: Math.max(0, ...perPair.values()),
        unsigned,
        otherMethods,
        sampleBody,
        firstAt,
        lastAt,
      };
      port.postMessage({ type: "snapshot", snapshot } satisfies SinkEvent);
    } else {
      stop();
    }
  });

  void Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) => {
          server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            if (address === null || typeof address === "string") throw new Error("The sink has no TCP address.");
            resolve(address.port);
          });
        }),
    ),
  ).then((ports) => port.postMessage({ type: "ready", ports } satisfies SinkEvent));
}

if (parentPort !== null && (workerData as { fanoutSink?: SinkOptions } | undefined)?.fanoutSink !== undefined) {
  runSink(parentPort, (workerData as { fanoutSink: SinkOptions }).fanoutSink);
}
