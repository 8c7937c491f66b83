// Prints one vitest JSON report as a plain line: "<label>: N passed, N failed, N skipped".
import { readFileSync } from "node:fs";
const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
process.stdout.write(`${process.argv[3] ?? "tests"}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`);
