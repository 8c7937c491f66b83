import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export type ProcessRole = "web" | "worker" | "all";

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Public origin used in links and ActivityPub ids, without a trailing slash. */
  readonly origin: string;
  /** `undefined` means the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly secret: string;
  readonly role: ProcessRole;
  readonly theme: string;
  readonly allowPrivateAddresses: boolean;
  readonly logLevel: string;
  /** Whether session cookies get the `Secure` flag (true when origin is https). */
  readonly secureCookies: boolean;
  /** How long a delivery job stays with a worker that stopped answering before another takes it. */
  readonly queueLeaseMs: number;
  /** How many queue jobs (deliveries, inbox activities) one process runs at a time. */
  readonly queueConcurrency: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

function parseSeconds(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400) throw new ConfigError(`${name} must be a number of seconds from 1 to 86400, not "${raw}".`);
  return seconds;
}

function parseCount(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > max) throw new ConfigError(`${name} must be a whole number from 1 to ${max}, not "${raw}".`);
  return count;
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === "") return false;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}".`);
}

function parseOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`ROUNDS_ORIGIN must be a URL such as https://rounds.example.ac.uk, not "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`ROUNDS_ORIGIN must use http or https, not ${url.protocol}`);
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new ConfigError("ROUNDS_ORIGIN must be an origin only (scheme, host and port), without a path.");
  }
  return url.origin;
}

/**
 * The secret signs CSRF tokens and privacy verdicts. From ROUNDS_SECRET when set;
 * otherwise generated once and kept in the data folder, so that restarts keep it.
 */
function loadSecret(env: Env, dataDir: string): string {
  const fromEnv = env.ROUNDS_SECRET;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < 32) throw new ConfigError("ROUNDS_SECRET must be at least 32 characters long.");
    return fromEnv;
  }
  const file = join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): Config {
  const port = parsePort(env.PORT, 3000);
  const host = env.HOST && env.HOST !== "" ? env.HOST : "0.0.0.0";
  const origin = parseOrigin(env.ROUNDS_ORIGIN && env.ROUNDS_ORIGIN !== "" ? env.ROUNDS_ORIGIN : `http://localhost:${port}`);
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== "" ? env.DATABASE_URL : undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must start with postgres:// or postgresql://.");
  }
  const dataDir = resolve(env.ROUNDS_DATA_DIR && env.ROUNDS_DATA_DIR !== "" ? env.ROUNDS_DATA_DIR : "data");
  const role = (env.ROUNDS_ROLE && env.ROUNDS_ROLE !== "" ? env.ROUNDS_ROLE : "all") as ProcessRole;
  if (!["web", "worker", "all"].includes(role)) {
    throw new ConfigError(`ROUNDS_ROLE must be web, worker or all, not "${env.ROUNDS_ROLE}".`);
  }
  const theme = env.ROUNDS_THEME && env.ROUNDS_THEME !== "" ? env.ROUNDS_THEME : "default";
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(theme)) {
    throw new ConfigError(`ROUNDS_THEME must be a folder name under themes/, not "${theme}".`);
  }
  return {
    port,
    host,
    origin,
    databaseUrl,
    dataDir,
    secret: loadSecret(env, dataDir),
    role,
    theme,
    allowPrivateAddresses: parseBoolean("ROUNDS_ALLOW_PRIVATE_ADDRESSES", env.ROUNDS_ALLOW_PRIVATE_ADDRESSES),
    logLevel: env.LOG_LEVEL && env.LOG_LEVEL !== "" ? env.LOG_LEVEL : "info",
    secureCookies: origin.startsWith("https:"),
    queueLeaseMs: parseSeconds("ROUNDS_QUEUE_LEASE_SECONDS", env.ROUNDS_QUEUE_LEASE_SECONDS, 60) * 1000,
    queueConcurrency: parseCount("ROUNDS_QUEUE_CONCURRENCY", env.ROUNDS_QUEUE_CONCURRENCY, 32, 256),
  };
}
