import { describe, expect, it } from "vitest";
import { scanText } from "../../src/privacy/detector/index.ts";

const found = (text: string) => scanText(text).map((f) => `${f.type}:${f.text}`);

// v12: fediverse mentions. A reply from Mastodon opens with the accounts it answers; those address the writer's
// peers, not a patient. A handle placed in the story ("her son posts as @…") still is one.
describe("mentions and fediverse addresses", () => {
  it("never reads a fediverse address as an email", () => {
    expect(found("Thanks @priya@med.social! The same happened to me on nights.")).toEqual(["OTHER:@priya@med.social"]);
    expect(found("Write to the ward manager at ward.manager@example-trust.nhs.uk about rotas.")).toEqual(["EMAIL:ward.manager@example-trust.nhs.uk"]);
  });

  it("leaves alone the mentions that open a comment or a line, bare or with a server", () => {
    for (const text of [
      "@amara@rounds.example great reflection, thanks for sharing it with the group.",
      "@dr_okafor@mastodon.social @lena@rounds.example.ac.uk I agree that escalation is the hard part.",
      "@lena, @bob_k and @sam thanks for this, it helped me on my own nights.",
      "Reply to the thread:\n@jess_rn@med-mastodon.example so proud of how you handled the family meeting.",
      "cc @tolu_md what do you think about the handover template?",
    ]) expect(found(text), text).toEqual([]);
  });

  it("still flags a handle that belongs to the story, wherever it is", () => {
    expect(found("Her son posts as @tom_h_1987 about her care.")).toEqual(["OTHER:@tom_h_1987"]);
    expect(found("@lena thanks. Her daughter's page @mia.recovery.journey@mastodon.example posted photos of the ward.")).toEqual([
      "OTHER:@mia.recovery.journey@mastodon.example",
    ]);
  });

  it("stays linear on long runs of mentions", () => {
    const text = "@a@b.cd ".repeat(20000) + "end";
    const started = performance.now();
    scanText(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
