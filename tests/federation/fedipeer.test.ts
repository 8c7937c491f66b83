import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { type Peer, eventually, startPeer } from "../helpers/fedipeer.ts";
import { type RunningServer, startRounds, webSession } from "../helpers/server.ts";

/**
 * Rounds against fedipeer, a Mastodon-like server written without fedify: follow with approval,
 * the signed Accept, Create/Update/Delete of an Article, and replies, likes and boosts coming back.
 * Once with the peer in authorized-fetch (secure) mode, once refusing RFC 9421 signatures.
 */
describe.each([
  { mode: "authorized fetch", peerArgs: ["--authorized-fetch"] },
  { mode: "RFC 9421 rejected", peerArgs: ["--rfc9421", "reject"] },
])("federation with a Mastodon-like peer ($mode)", ({ peerArgs }) => {
  let rounds: RunningServer;
  let peer: Peer;
  let token: string;
  let postId: string;
  let postUrl: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${rounds.origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    const tmp = mkdtempSync(join(tmpdir(), "rounds-fed-"));
    writeFileSync(join(tmp, "pw"), "a long password here\n");
    rounds = await startRounds(
      [{ handle: "author", role: "student", password: "a long password here" }, { handle: "boss", role: "admin", password: "an admin password" }],
      { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" },
    );
    // A token for the API: the CLI needs the embedded database, so stop, create, and start again.
    await rounds.stop();
    const created = await runCli(["token", "create", "author"], { env: { ROUNDS_DATA_DIR: rounds.dataDir } });
    token = created.stdout.trim();
    await rounds.restart();
    peer = await startPeer(["--name", "alice", ...peerArgs]);
  }, 120_000);

  afterAll(async () => {
    await peer?.stop();
    await rounds?.cleanup();
  });

  it("is found by WebFinger and serves a Mastodon-valid actor", async () => {
    const lookup = await peer.action<{ actor?: { id: string }; errors?: string[]; warnings?: string[] }>("lookup", { acct: `author@${new URL(rounds.origin).host}` });
    expect(lookup.errors ?? []).toEqual([]);
    expect(JSON.stringify(lookup)).toContain(`${rounds.origin}/users/author`);
  });

  it("takes a follow request, and the peer gets a verified Accept once the author approves", async () => {
    await peer.action("follow", { as: "alice", target: `author@${new URL(rounds.origin).host}` });
    const request = await eventually(async () => {
      const { json } = await api("GET", "/api/v1/follow-requests");
      return json.followRequests[0] as { id: string; actor: string } | undefined;
    }, "the follow request");
    expect(request.actor).toBe(`${peer.origin}/users/alice`);
    const accepted = await api("POST", `/api/v1/follow-requests/${request.id}/accept`);
    expect(accepted.status).toBe(200);
    const accept = await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Accept", "an Accept");
    expect(accept.signature?.verified).toBe(true);
    expect(accept.outcome).toBe("processed");
    const { json } = await api("GET", "/api/v1/followers");
    expect(json.followers).toHaveLength(1);
  });

  it("delivers a published post as a verified Create(Article) that Mastodon would show", async () => {
    const created = await api("POST", "/api/v1/posts", {
      title: "Breaking bad news on a night shift",
      summary: "What I learned about silence.",
      body: "## What?\n\nI sat with a family while the registrar explained.\n\n## So what?\n\nSilence is allowed.",
      visibility: "public", reflection: "what-so-what-now-what", tags: ["communication"],
      consent: { basis: "no-patient-information" }, publish: true,
    });
    expect(created.status).toBe(201);
    postId = created.json.id;
    postUrl = created.json.url;
    const create = await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Create" && e.activity.object_type === "Article", "a Create(Article)");
    expect(create.signature?.verified).toBe(true);
    expect(create.outcome).toBe("processed");
    expect(create.mastodon?.text).toContain("Breaking bad news on a night shift");
    expect(create.mastodon?.text).toContain("What I learned about silence.");
    const deliveries = await eventually(async () => {
      const { json } = await api("GET", `/api/v1/posts/${postId}/deliveries`);
      return json.deliveries.some((d: { state: string }) => d.state === "delivered") ? json.deliveries : undefined;
    }, "a delivered entry in the delivery log");
    expect(deliveries[0].server).toBe(peer.host);
  });

  it("turns the peer's reply into a comment, and its like and boost into counts on the post page", async () => {
    await peer.action("reply", { as: "alice", object: postUrl, text: "Thank you for writing this — silence is so hard." });
    await peer.action("like", { as: "alice", object: postUrl });
    await peer.action("announce", { as: "alice", object: postUrl });
    const page = await eventually(async () => {
      const html = await (await fetch(postUrl, { headers: { accept: "text/html" } })).text();
      return html.includes("silence is so hard") && html.includes("1 like") && html.includes("1 boost") ? html : undefined;
    }, "the comment and the counts on the post page");
    expect(page).toContain("alice");
    const { json } = await api("GET", `/api/v1/posts/${postId}/comments`);
    expect(json.comments[0]).toMatchObject({ origin: "remote", state: "visible" });
    expect(json.comments[0].html).toContain("silence is so hard");
    // The post's replies collection lists the reply, as the peer would fetch it.
    const replies = (await (await fetch(`${postUrl}/replies`, { headers: { accept: "application/activity+json" } })).json()) as { type: string; orderedItems: string[] };
    expect(replies.type).toBe("OrderedCollection");
    expect(replies.orderedItems).toEqual([json.comments[0].objectId]);
  });

  it("holds a reply that carries a patient identifier instead of showing it", async () => {
    await peer.action("reply", { as: "alice", object: postUrl, text: "Was that Mrs Okonkwo on 07700 900461?" });
    const held = await eventually(async () => {
      const { json } = await api("GET", `/api/v1/posts/${postId}/comments`);
      return json.comments.find((c: { state: string }) => c.state === "held");
    }, "a held comment");
    expect(held.origin).toBe("remote");
    expect(held.html).toBeNull();
    expect(JSON.stringify(held)).not.toContain("07700");
    const html = await (await fetch(postUrl, { headers: { accept: "text/html" } })).text();
    expect(html).not.toContain("07700 900461");
  });

  it("sends Update when the author edits, and Delete when the author deletes", async () => {
    const edited = await api("PATCH", `/api/v1/posts/${postId}`, { summary: "What I learned about silence, and about waiting." });
    expect(edited.json.state).toBe("published");
    const update = await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Update", "an Update");
    expect(update.signature?.verified).toBe(true);
    expect(update.outcome).toBe("processed");
    expect(update.update).toBe("explicit");
    const deleted = await api("DELETE", `/api/v1/posts/${postId}`);
    expect(deleted.status).toBe(204);
    const del = await peer.waitFor((e) => e.kind === "inbox" && e.activity?.type === "Delete", "a Delete");
    expect(del.signature?.verified).toBe(true);
    const gone = await fetch(postUrl, { headers: { accept: "application/activity+json" } });
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { type: string }).type).toBe("Tombstone");
  });

  it("follows a Mastodon account by handle, and its followers-only posts reach the reader", async () => {
    const followed = await api("POST", "/api/v1/follows", { handle: `alice@${peer.host}` });
    expect(followed.status).toBe(201);
    await eventually(async () => {
      const { json } = await api("GET", "/api/v1/follows");
      return json.follows[0]?.state === "accepted" ? true : undefined;
    }, "Mastodon's Accept of our follow");
    await peer.action("post", { as: "alice", text: "Ward round tomorrow at eight: bring your stethoscopes.", visibility: "private" });
    const item = await eventually(async () => (await api("GET", "/api/v1/reader")).json.items[0], "the peer's post in the reader");
    expect(item).toMatchObject({ visibility: "followers", author: { actor: `${peer.origin}/users/alice` } });
    expect(item.html).toContain("bring your stethoscopes");
  });

  it("turns the peer's Flag into a report the admins see", async () => {
    await peer.action("flag", { target: `author@${new URL(rounds.origin).host}`, objects: [`${rounds.origin}/users/author`], comment: "Please look at this account" });
    const admin = webSession(rounds);
    await admin.signIn("boss", "an admin password");
    const page = await eventually(async () => {
      const html = await (await admin.request("/admin/federation")).text();
      return html.includes("Please look at this account") ? html : undefined;
    }, "the report on the admin page");
    expect(page).toContain("about @author");
  });

  it("refuses a blocked server's activities and delivers nothing more to it", async () => {
    const admin = webSession(rounds);
    expect((await admin.signIn("boss", "an admin password")).status).toBe(303);
    const blocked = await admin.submit("/admin/federation", "/admin/domain-blocks", { host: peer.host, reason: "test" });
    expect(blocked.status).toBe(303);
    expect((await api("GET", "/api/v1/followers")).json.followers).toEqual([]);
    const created = await api("POST", "/api/v1/posts", {
      title: "After the block", body: "Nothing of this reaches the blocked server.", visibility: "public",
      consent: { basis: "no-patient-information" }, publish: true,
    });
    await peer.action("reply", { as: "alice", object: created.json.url, text: "A reply from a blocked server." });
    await peer.action("like", { as: "alice", object: created.json.url });
    // Give both directions time to happen, had they been allowed to.
    await new Promise((r) => setTimeout(r, 3000));
    const { json } = await api("GET", `/api/v1/posts/${created.json.id}/comments`);
    expect(json.comments).toEqual([]);
    expect(json.likes).toBe(0);
    const log = await peer.received("inbox");
    expect(log.some((e) => e.activity?.object_id === created.json.url || JSON.stringify(e).includes("After the block"))).toBe(false);
  });
});
