import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { type RunningServer, startRounds } from "./helpers/server.ts";

describe("rounds serve on the embedded database", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startRounds([]);
  }, 60_000);
  afterAll(async () => {
    await server?.cleanup();
  });

  it("tells the user on first start how to create the first admin, with a working setup link", async () => {
    const link = /(http:\/\/127\.0\.0\.1:\d+\/setup\/[A-Za-z0-9_-]+)/.exec(server.output())?.[1];
    expect(server.output()).toContain("Rounds has no accounts yet");
    expect(server.output()).toContain("rounds user create <handle> --role admin");
    expect(link).toBeDefined();
    const page = await fetch(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Create the first administrator");
  });

  it("keeps its data in the data folder, and a CLI command run meanwhile says the database is busy", async () => {
    expect(existsSync(join(server.dataDir, "pglite"))).toBe(true);
    const busy = await runCli(["migrate"], { env: { ROUNDS_DATA_DIR: server.dataDir } });
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/in use by another Rounds process \(pid \d+\)/);
  });

  it("exits with code 1 and says why when its port is taken, instead of lingering without a server", async () => {
    const other = mkdtempSync(join(tmpdir(), "rounds-taken-port-"));
    try {
      const second = await runCli(["serve"], { env: { ...server.env, ROUNDS_DATA_DIR: join(other, "data") }, timeoutMs: 30_000 });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain("EADDRINUSE");
      // It let go of its own database on the way out.
      expect(existsSync(join(other, "data", "rounds.lock"))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 40_000);

  it("shuts down cleanly on SIGTERM and releases the database", async () => {
    const dataDir = server.dataDir;
    expect(existsSync(join(dataDir, "rounds.lock"))).toBe(true);
    expect(await server.stop()).toBe(0);
    expect(existsSync(join(dataDir, "rounds.lock"))).toBe(false);
    expect(existsSync(join(dataDir, "pglite"))).toBe(true);
  });
});
