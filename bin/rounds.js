#!/usr/bin/env node
// The `rounds` command. Rounds runs its TypeScript with Node's type stripping (Node 24+).
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  process.stderr.write(
    `Rounds needs Node.js 24 or later; this is ${process.version}.\n` +
      "Run it through npm, which uses the project's own Node 24 (installed by npm install):\n" +
      "  npm start            # the server\n" +
      "  npx rounds <command> # the command line\n",
  );
  process.exit(2);
}
await import("../src/cli/main.ts");
