import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Peer, eventually, startPeer } from "../helpers/fedipeer.ts";
import { type RunningServer, callApi, startRoundsWithTokens } from "../helpers/server.ts";

/**
 * A student opts into discovery on a real Rounds server; fedipeer (a Mastodon-like server written
 * without fedify) follows her, and receives the change as a signed Update(Person) that it applies.
 */
describe("a change of discovery settings reaches a Mastodon-like follower", () => {
  let rounds: RunningServer;
  let peer: Peer;
  let token: string;

  beforeAll(async () => {
    const started = await startRoundsWithTokens([{ handle: "learner", role: "student", password: "learner password 1" }], { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" });
    rounds = started.server;
    token = started.tokens.learner!;
    peer = await startPeer(["--name", "alice"]);
  }, 120_000);

  afterAll(async () => {
    await peer?.stop();
    await rounds?.cleanup();
  });

  it("is seen by the peer as neither discoverable nor indexable at first", async () => {
    const lookup = await peer.action<{ actor: { discoverable: boolean; indexable: boolean } }>("lookup", { acct: `${rounds.origin}/users/learner` });
    expect(lookup.actor).toMatchObject({ discoverable: false, indexable: false });
  });

  it("sends the approved follower a verified Update(Person) that says discoverable and indexable", async () => {
    await peer.action("follow", { as: "alice", target: `learner@${new URL(rounds.origin).host}` });
    const request = await eventually(async () => (await callApi(rounds, token, "GET", "/api/v1/follow-requests")).json.followRequests[0] as { id: string } | undefined, "the follow request");
    expect((await callApi(rounds, token, "POST", `/api/v1/follow-requests/${request.id}/accept`)).status).toBe(200);
    await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Accept", "the Accept");

    const changed = await callApi(rounds, token, "PATCH", "/api/v1/settings", { discoverable: true, indexable: true });
    expect(changed.status).toBe(200);
    const update = await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Update" && e.activity.object_type === "Person", "an Update(Person)");
    expect(update.http_status).toBe(202);
    expect(update.signature?.verified).toBe(true);
    expect(update.body).toMatchObject({
      actor: `${rounds.origin}/users/learner`,
      to: "https://www.w3.org/ns/activitystreams#Public",
      cc: `${rounds.origin}/users/learner/followers`,
      object: { id: `${rounds.origin}/users/learner`, type: "Person", inbox: `${rounds.origin}/users/learner/inbox`, discoverable: true, indexable: true },
    });
    // Not asserted: fedipeer's outcome. It drops an embedded actor without its own @context
    // ("Unsupported JSON-LD context"), a check Mastodon makes only on documents it fetches:
    // Update#update_account hands the embedded object to ProcessAccountService as it is, and
    // Mastodon's own profile updates embed the actor exactly so.
    const lookup = await peer.action<{ actor: { discoverable: boolean; indexable: boolean } }>("lookup", { acct: `${rounds.origin}/users/learner` });
    expect(lookup.actor).toMatchObject({ discoverable: true, indexable: true });
  });
});
