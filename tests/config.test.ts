import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

const base = { ROUNDS_SECRET: "a-test-secret-that-is-long-enough-0123456789", ROUNDS_DATA_DIR: "/tmp/rounds-config-test" };

describe("configuration from the environment", () => {
  it("has working defaults", () => {
    const config = loadConfig(base);
    expect(config.port).toBe(3000);
    expect(config.role).toBe("all");
    expect(config.queueConcurrency).toBe(32);
    expect(config.queueLeaseMs).toBe(60_000);
    expect(config.allowPrivateAddresses).toBe(false);
    expect(config.databaseUrl).toBeUndefined();
  });

  it("reads the queue's concurrency and lease", () => {
    const config = loadConfig({ ...base, ROUNDS_QUEUE_CONCURRENCY: "4", ROUNDS_QUEUE_LEASE_SECONDS: "30" });
    expect(config.queueConcurrency).toBe(4);
    expect(config.queueLeaseMs).toBe(30_000);
  });

  it.each([
    ["ROUNDS_QUEUE_CONCURRENCY", "0", /ROUNDS_QUEUE_CONCURRENCY must be a whole number from 1 to 256, not "0"/],
    ["ROUNDS_QUEUE_CONCURRENCY", "2.5", /ROUNDS_QUEUE_CONCURRENCY/],
    ["ROUNDS_QUEUE_CONCURRENCY", "many", /ROUNDS_QUEUE_CONCURRENCY/],
    ["ROUNDS_QUEUE_CONCURRENCY", "257", /ROUNDS_QUEUE_CONCURRENCY/],
    ["ROUNDS_QUEUE_LEASE_SECONDS", "0", /ROUNDS_QUEUE_LEASE_SECONDS must be a number of seconds/],
    ["PORT", "70000", /PORT must be a whole number/],
    ["ROUNDS_ROLE", "both", /ROUNDS_ROLE must be web, worker or all/],
    ["ROUNDS_ALLOW_PRIVATE_ADDRESSES", "maybe", /ROUNDS_ALLOW_PRIVATE_ADDRESSES must be true or false/],
    ["ROUNDS_THEME", "../etc", /ROUNDS_THEME must be a folder name/],
  ])("refuses %s=%s with a message that names the variable", (name, value, message) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(message);
  });
});
