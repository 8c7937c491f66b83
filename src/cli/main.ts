import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.ts";
import { EmbeddedDatabaseBusyError } from "../db/embedded-lock.ts";
import { privacyScanCommand } from "./privacy-scan.ts";
import { migrateCommand, tokenCreateCommand, userCreateCommand } from "./accounts.ts";
import { UsageError } from "./usage.ts";

const help = `Usage: rounds <command> [options]

Commands:
  serve                                   run the web server (the default for npm start); with
                                          ROUNDS_ROLE=all (default) it also works the delivery queue
  worker                                  work the delivery queue only (run several, on PostgreSQL)
  migrate                                 bring the database schema up to date
  user create <handle> --role <role>      create an account (student, faculty or admin)
        [--password-file <file>] [--display-name <name>]
        without --password-file, asks for the password on the terminal
  token create <handle> [--name <name>]   print a new personal access token for the API
  privacy scan [--jsonl]                  scan text on stdin for patient identifiers

Environment: DATABASE_URL (absent: embedded PGlite in ROUNDS_DATA_DIR, default ./data),
PORT, HOST, ROUNDS_ORIGIN, ROUNDS_SECRET, ROUNDS_THEME. See README.md.
`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      role: { type: "string" },
      "password-file": { type: "string" },
      "display-name": { type: "string" },
      name: { type: "string" },
      jsonl: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(help);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case "serve": {
      const { startServer } = await import("../server.ts");
      await startServer(loadConfig());
      return -1; // keeps running
    }
    case "worker": {
      const { startWorker } = await import("../server.ts");
      await startWorker(loadConfig({ ...process.env, ROUNDS_ROLE: "worker" }));
      return -1;
    }
    case "migrate":
      return await migrateCommand(loadConfig());
    case "user":
      if (sub !== "create") throw new UsageError("Did you mean: rounds user create <handle> --role <role>?");
      return await userCreateCommand(loadConfig(), rest, values);
    case "token":
      if (sub !== "create") throw new UsageError("Did you mean: rounds token create <handle>?");
      return await tokenCreateCommand(loadConfig(), rest, values);
    case "privacy":
      if (sub !== "scan") throw new UsageError("Did you mean: rounds privacy scan [--jsonl]?");
      return await privacyScanCommand(values.jsonl === true);
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

try {
  const code = await run(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`rounds: ${(error as Error).message}\nRun 'rounds --help' for usage.\n`);
    process.exitCode = 2;
  } else if (error instanceof ConfigError || error instanceof EmbeddedDatabaseBusyError || (error as { userFacing?: boolean }).userFacing) {
    process.stderr.write(`rounds: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`rounds: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
