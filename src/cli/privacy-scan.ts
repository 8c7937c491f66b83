import { createInterface } from "node:readline";
import { text } from "node:stream/consumers";
import { scanText } from "../privacy/detector/index.ts";

/**
 * `rounds privacy scan`: stdin text → {"findings":[…]}.
 * `--jsonl`: lines {"id","text"} → lines {"id","findings":[{start,end,type}]}, in order.
 * A bad line gets {"id", "error"} on stdout (the output keeps one line per input line) and exit code 1.
 */
export async function privacyScanCommand(jsonl: boolean): Promise<number> {
  if (!jsonl) {
    const input = await text(process.stdin);
    process.stdout.write(`${JSON.stringify({ findings: scanText(input, "text") })}\n`);
    return 0;
  }
  let failed = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      failed++;
      process.stderr.write(`rounds: line ${lineNumber} is not JSON.\n`);
      process.stdout.write(`${JSON.stringify({ id: null, error: `line ${lineNumber} is not JSON` })}\n`);
      continue;
    }
    if (typeof record.text !== "string") {
      failed++;
      process.stderr.write(`rounds: line ${lineNumber} has no "text" string.\n`);
      process.stdout.write(`${JSON.stringify({ id: record.id ?? null, error: 'missing "text"' })}\n`);
      continue;
    }
    const findings = scanText(record.text, "text").map((f) => ({ start: f.start, end: f.end, type: f.type }));
    if (!process.stdout.write(`${JSON.stringify({ id: record.id ?? null, findings })}\n`)) {
      await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  }
  return failed === 0 ? 0 : 1;
}
