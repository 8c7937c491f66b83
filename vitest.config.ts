import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Locally two files run at a time (this machine has two cores). In CI (CI=true) files run one
    // after another: the federation tests start real servers and workers and time their waits, and
    // sharing two cores with another file's servers only makes them slower, not more thorough.
    fileParallelism: !process.env.CI,
    maxWorkers: process.env.CI ? 1 : 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
