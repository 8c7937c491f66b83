import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Peer, eventually, startPeer } from "../helpers/fedipeer.ts";
import { type RunningServer, callApi, startRoundsWithTokens, webSession } from "../helpers/server.ts";

/**
 * A post that waits for review (the check held it, or the institution's review policy did) reaches a Mastodon-like
 * follower only when a reviewer approves it, and then as a verified Create(Article).
 */
describe("a reviewed post reaches followers when, and only when, it is approved", () => {
  let rounds: RunningServer;
  let peer: Peer;
  let student: string;

  beforeAll(async () => {
    const started = await startRoundsWithTokens([
      { handle: "learner", role: "student", password: "learner password 1" },
      { handle: "tutor", role: "faculty", password: "tutor password 1" },
    ], { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" });
    rounds = started.server;
    student = started.tokens.learner!;
    peer = await startPeer(["--name", "alice"]);
    await peer.action("follow", { as: "alice", target: `learner@${new URL(rounds.origin).host}` });
    const request = await eventually(async () => (await callApi(rounds, student, "GET", "/api/v1/follow-requests")).json.followRequests[0] as { id: string } | undefined, "the follow request");
    expect((await callApi(rounds, student, "POST", `/api/v1/follow-requests/${request.id}/accept`)).status).toBe(200);
    await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Accept", "the Accept");
  }, 120_000);

  afterAll(async () => {
    await peer?.stop();
    await rounds?.cleanup();
  });

  async function approve(title: string) {
    const tutor = webSession(rounds);
    await tutor.signIn("tutor", "tutor password 1");
    const queue = await (await tutor.request("/review")).text();
    const reviewId = new RegExp(`href="/review/([0-9a-z]+)">${title}<`).exec(queue)?.[1];
    expect(reviewId, `${title} in the queue`).toBeDefined();
    const decided = await tutor.submit(`/review/${reviewId}`, `/review/${reviewId}`, { decision: "approved", consent_basis: "fictionalised" });
    expect(decided.status).toBe(303);
  }

  it("sends a post the check held, with consent recorded, once a reviewer approves it", async () => {
    const title = "A night on the renal ward";
    const created = await callApi(rounds, student, "POST", "/api/v1/posts", {
      title, body: "Mr Achterberg rang the bell at 3am; he wanted someone to sit with him.", visibility: "public",
      consent: { basis: "fictionalised" }, publish: true,
    });
    expect(created.json.state).toBe("held");
    const learner = webSession(rounds);
    await learner.signIn("learner", "learner password 1");
    const asked = await learner.submit(`/posts/${created.json.id}/edit`, `/posts/${created.json.id}/review`, { consent_basis: "fictionalised" });
    expect(asked.status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await peer.received("inbox")).some((e) => e.activity?.type === "Create")).toBe(false);

    await approve(title);
    const create = await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Create", "a Create after approval");
    expect(create.signature?.verified).toBe(true);
    expect(create.body).toMatchObject({ actor: `${rounds.origin}/users/learner`, object: { type: "Article", id: expect.stringContaining(created.json.id as string) } });
  });
});
