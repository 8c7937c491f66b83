import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { projectRoot } from "./cli.ts";
import { freePort } from "./server.ts";

/** ../shared/fedipeer/peer.mjs: a Mastodon-like server written without fedify. */
export const peerScript = process.env.FEDIPEER_PATH ?? resolve(projectRoot, "../shared/fedipeer/peer.mjs");

export interface PeerLogEntry {
  seq: number;
  kind: "inbox" | "fetch" | "delivery" | "error";
  http_status?: number;
  outcome?: "processed" | "dropped" | "rejected";
  reason?: string;
  inbox?: "personal" | "shared";
  activity?: { id: string | null; type: string | null; actor: string | null; object_type: string | null; object_id: string | null };
  signature?: { verified: boolean; scheme?: string; reason?: string };
  mastodon?: { text?: string; visibility?: string };
  update?: string;
  knocks?: { spec: string; status: number }[];
  [key: string]: unknown;
}

export interface Peer {
  origin: string;
  host: string;
  action<T = Record<string, unknown>>(name: string, body?: Record<string, unknown>): Promise<T>;
  received(kind?: string): Promise<PeerLogEntry[]>;
  waitFor(predicate: (e: PeerLogEntry) => boolean, what: string, timeoutMs?: number): Promise<PeerLogEntry>;
  stop(): Promise<void>;
}

export async function startPeer(args: string[]): Promise<Peer> {
  if (!existsSync(peerScript)) {
    throw new Error(`The federation tests need fedipeer at ${peerScript} (the shared/ folder beside the project), or FEDIPEER_PATH.`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [peerScript, "serve", "--port", String(port), "--quiet", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`fedipeer exited: ${output}`);
    try {
      if ((await fetch(`${origin}/_peer/health`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`fedipeer did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const peer: Peer = {
    origin,
    host: `127.0.0.1:${port}`,
    async action(name, body = {}) {
      const response = await fetch(`${origin}/_peer/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await response.json()) as { ok?: boolean; error?: string };
      if (!response.ok || json.ok === false) throw new Error(`fedipeer ${name} failed (${response.status}): ${json.error ?? JSON.stringify(json)}`);
      return json as never;
    },
    async received(kind) {
      return (await (await fetch(`${origin}/_peer/received${kind ? `?kind=${kind}` : ""}`)).json()) as PeerLogEntry[];
    },
    async waitFor(predicate, what, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const log = await peer.received();
        const hit = log.find(predicate);
        if (hit) return hit;
        if (Date.now() > until) {
          const summary = log.slice(-12).map((e) => `${e.kind} ${e.activity?.type ?? ""} ${e.http_status ?? ""} ${e.outcome ?? ""} ${e.reason ?? ""} ${e.signature?.reason ?? ""}`).join("\n");
          throw new Error(`fedipeer never saw ${what}. Last entries:\n${summary}`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
    },
  };
  return peer;
}

export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
