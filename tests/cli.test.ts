import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../src/db/embedded-lock.ts";
import { runCli } from "./helpers/cli.ts";

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rounds-cli-"));
  env = { ROUNDS_DATA_DIR: join(dir, "data"), ROUNDS_SECRET: "cli-test-secret-cli-test-secret-0123456" };
  // The CLI runs on the embedded database by default; with TEST_DATABASE_URL it uses a fresh server database
  // only through the app tests, so these always exercise PGlite's data folder and its lock.
  writeFileSync(join(dir, "password"), "a sound password\n");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("rounds user create / token create", () => {
  it("creates a user from a password file, then prints a token on stdout and nothing else", async () => {
    const created = await runCli(["user", "create", "Zainab", "--role", "faculty", "--password-file", join(dir, "password")], { env });
    expect(created.stderr).toContain("Created @zainab (faculty)");
    expect(created.code).toBe(0);
    const token = await runCli(["token", "create", "zainab"], { env });
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^rnd_[A-Za-z0-9_-]{43}\n$/);
  });

  it("exits non-zero with a message for a taken handle, a bad role, an unknown user or a missing password file", async () => {
    const taken = await runCli(["user", "create", "zainab", "--role", "student", "--password-file", join(dir, "password")], { env });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("taken");
    const role = await runCli(["user", "create", "x", "--role", "dean", "--password-file", join(dir, "password")], { env });
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("--role must be one of");
    const unknown = await runCli(["token", "create", "ghost"], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no account @ghost");
    expect(unknown.stdout).toBe("");
    const missing = await runCli(["user", "create", "y", "--role", "student", "--password-file", join(dir, "nope")], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read the password file");
    const noTerminal = await runCli(["user", "create", "y", "--role", "student"], { env });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain("--password-file");
  });

  it("says plainly that the embedded database is busy when another process holds it, and changes nothing", async () => {
    const lock = lockDataDir(join(dir, "data"));
    // Pretend a live process (this test runner) holds it.
    try {
      const busy = await runCli(["token", "create", "zainab"], { env });
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain("is in use by another Rounds process");
      expect(busy.stdout).toBe("");
    } finally {
      lock.release();
    }
  });

  it("runs migrations on demand and rejects unknown commands with exit code 2", async () => {
    const migrated = await runCli(["migrate"], { env });
    expect(migrated.code).toBe(0);
    expect(migrated.stderr).toContain("up to date");
    const unknown = await runCli(["frobnicate"], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });
});

describe("rounds privacy scan", () => {
  it("prints findings for text on stdin", async () => {
    const result = await runCli(["privacy", "scan"], { env, stdin: "Her NHS number is 943 476 5919." });
    expect(result.code).toBe(0);
    const { findings } = JSON.parse(result.stdout);
    expect(findings).toEqual([expect.objectContaining({ type: "ID", start: 18, end: 30, text: "943 476 5919" })]);
  });

  it("answers JSONL line by line, in order, and flags a bad line without losing the others", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "Ring 07700 900123" }),
      "not json",
      JSON.stringify({ id: "b", text: "No identifiers in this one." }),
    ].join("\n");
    const result = await runCli(["privacy", "scan", "--jsonl"], { env, stdin: input });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ id: "a", findings: [{ start: 5, end: 17, type: "PHONE" }] });
    expect(lines[1]).toHaveProperty("error");
    expect(lines[2]).toEqual({ id: "b", findings: [] });
  });
});
