import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot, roundsBin, runCli } from "./cli.ts";

export interface RunningServer {
  origin: string;
  dataDir: string;
  output: () => string;
  /** SIGTERM, then wait for the process to exit (SIGKILL after 10 s); returns its exit code. */
  stop(): Promise<number | null>;
  /** Starts the same server again on the same port and data folder. */
  restart(): Promise<void>;
  /** SIGKILL: a crash, with no chance to clean up. */
  kill(): Promise<void>;
  /** The environment the server runs with (to start companion processes on the same data). */
  env: Record<string, string>;
  /** Stops the server if needed and removes its data folder. */
  cleanup(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real `rounds serve` process on a free loopback port and its own data folder, with the
 * given accounts created first through the CLI (as a new user would).
 */
export async function startRounds(
  accounts: { handle: string; role: string; password: string }[],
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "rounds-server-"));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    ROUNDS_DATA_DIR: join(dir, "data"), PORT: String(port), HOST: "127.0.0.1", ROUNDS_ORIGIN: origin, LOG_LEVEL: "warn", ...extraEnv,
  };
  for (const account of accounts) {
    writeFileSync(join(dir, "pw"), `${account.password}\n`);
    const created = await runCli(["user", "create", account.handle, "--role", account.role, "--password-file", join(dir, "pw")], { env });
    if (created.code !== 0) throw new Error(`user create failed: ${created.stderr}`);
  }
  let output = "";
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(process.execPath, [roundsBin, "serve"], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`rounds serve exited early: ${output}`);
      try {
        const response = await fetch(`${origin}/healthz`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`rounds serve did not start: ${output}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  await launch();
  const running: RunningServer = {
    origin,
    dataDir: env.ROUNDS_DATA_DIR!,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
      return child.exitCode;
    },
    restart: launch,
    env,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGKILL");
        await exited;
      }
    },
    async cleanup() {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return running;
}

/** A server whose accounts each get an API token (made with the CLI while the server is stopped). */
export async function startRoundsWithTokens(
  accounts: { handle: string; role: string; password: string }[],
  extraEnv: Record<string, string> = {},
): Promise<{ server: RunningServer; tokens: Record<string, string> }> {
  const server = await startRounds(accounts, extraEnv);
  await server.stop();
  const tokens: Record<string, string> = {};
  for (const account of accounts) {
    const created = await runCli(["token", "create", account.handle], { env: server.env });
    if (created.code !== 0) throw new Error(`token create failed: ${created.stderr}`);
    tokens[account.handle] = created.stdout.trim();
  }
  await server.restart();
  return { server, tokens };
}

/** Calls a running server's JSON API with a bearer token. */
export async function callApi(server: RunningServer, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** A browser-like session against a running server: cookies kept, forms posted with their CSRF token. */
export function webSession(server: RunningServer) {
  const jar = new Map<string, string>();
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.origin}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
    return response;
  };
  const submit = async (formPage: string, action: string, fields: Record<string, string>) => {
    const page = await (await request(formPage)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
    if (!csrf) throw new Error(`no form on ${formPage}`);
    return await request(action, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
  };
  return { request, submit, signIn: (handle: string, password: string) => submit("/sign-in", "/sign-in", { handle, password }) };
}

/** Any `rounds` command as a long-running child process (e.g. `worker`), with kill(). */
export function spawnRounds(args: string[], env: Record<string, string>) {
  let output = "";
  const child = spawn(process.execPath, [roundsBin, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  return {
    output: () => output,
    async kill(signal: NodeJS.Signals = "SIGKILL") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    },
  };
}
