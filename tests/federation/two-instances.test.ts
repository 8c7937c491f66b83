import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Peer, eventually, startPeer } from "../helpers/fedipeer.ts";
import { type RunningServer, callApi, startRoundsWithTokens } from "../helpers/server.ts";

/**
 * Two Rounds instances on two ports with separate databases: a faculty member on B follows a
 * student on A, the student approves, and a followers-only post reaches B — while an unsigned or
 * unapproved fetch of that post gets nothing, and a held post is delivered to no one.
 */
describe("a mentor on one Rounds instance follows a learner on another", () => {
  let a: RunningServer;
  let b: RunningServer;
  let peer: Peer;
  let learner: string;
  let mentor: string;
  let postUrl: string;
  const env = { ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" };

  beforeAll(async () => {
    const first = await startRoundsWithTokens([{ handle: "learner", role: "student", password: "learner password 1" }], env);
    const second = await startRoundsWithTokens([{ handle: "mentor", role: "faculty", password: "mentor password 1" }], env);
    a = first.server;
    b = second.server;
    learner = first.tokens.learner!;
    mentor = second.tokens.mentor!;
    peer = await startPeer(["--name", "stranger"]);
  }, 180_000);

  afterAll(async () => {
    await peer?.stop();
    await a?.cleanup();
    await b?.cleanup();
  });

  /** A browser session on a running server: its cookies, and a form's CSRF token from a fresh GET. */
  async function formSession(origin: string, page: string): Promise<{ cookie: string; csrf: string }> {
    const response = await fetch(`${origin}${page}`);
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1];
    if (csrf === undefined) throw new Error(`no form on ${page}`);
    return { cookie, csrf };
  }

  async function submitForm(origin: string, path: string, session: { cookie: string; csrf: string }, fields: Record<string, string>): Promise<Response> {
    return await fetch(`${origin}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
    });
  }

  it("sends a visitor to the learner's profile on A, who types their address on B, to B's follow page filled in (follow from your server)", async () => {
    const visitor = await formSession(a.origin, "/users/learner");
    const sent = await submitForm(a.origin, "/users/learner/remote-follow", visitor, { account: `@mentor@${new URL(b.origin).host}` });
    expect(sent.status).toBe(303);
    const location = sent.headers.get("location")!;
    expect(location).toBe(`${b.origin}/authorize_interaction?uri=${encodeURIComponent(`${a.origin}/users/learner`)}`);
    // On B, signed in as the mentor: the follow form, filled in with the learner's address.
    const signIn = await formSession(b.origin, "/sign-in");
    const signedIn = await submitForm(b.origin, "/sign-in", signIn, { handle: "mentor", password: "mentor password 1" });
    expect(signedIn.status).toBe(303);
    const cookie = [signIn.cookie, ...signedIn.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
    const page = await fetch(location, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`value="${a.origin}/users/learner"`);
    expect(html).toContain('action="/following"');
  });

  it("follows by handle, and the follow is accepted once the learner approves", async () => {
    const followed = await callApi(b, mentor, "POST", "/api/v1/follows", { handle: `learner@${new URL(a.origin).host}` });
    expect(followed.status).toBe(201);
    expect(followed.json.state).toBe("pending");
    const request = await eventually(async () => (await callApi(a, learner, "GET", "/api/v1/follow-requests")).json.followRequests[0], "the follow request on A");
    expect(request.actor).toBe(`${b.origin}/users/mentor`);
    expect((await callApi(a, learner, "POST", `/api/v1/follow-requests/${request.id}/accept`)).status).toBe(200);
    await eventually(async () => {
      const follows = (await callApi(b, mentor, "GET", "/api/v1/follows")).json.follows;
      return follows[0]?.state === "accepted" ? follows : undefined;
    }, "the accepted follow on B");
  });

  it("delivers a followers-only post to the approved mentor's reader on B", async () => {
    const created = await callApi(a, learner, "POST", "/api/v1/posts", {
      title: "For my mentor: a difficult handover", body: "I struggled to hand over a deteriorating patient at 8pm.",
      visibility: "followers", consent: { basis: "no-patient-information" }, publish: true,
    });
    expect(created.json.state).toBe("published");
    postUrl = created.json.url;
    const item = await eventually(async () => (await callApi(b, mentor, "GET", "/api/v1/reader")).json.items.find((i: { url: string }) => i.url === postUrl), "the post in B's reader");
    expect(item).toMatchObject({ name: "For my mentor: a difficult handover", visibility: "followers", author: { handle: `learner@${new URL(a.origin).host}` } });
  });

  it("sends the mentor's feedback to the learner only; it appears under the post as mentor feedback, with a notification", async () => {
    const refused = await callApi(b, mentor, "POST", "/api/v1/replies", { inReplyTo: postUrl, body: "Did you call Mrs Okafor on 07700 900555 afterwards?" });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toBe("held");
    expect(refused.json.findings.length).toBeGreaterThan(0);
    const sent = await callApi(b, mentor, "POST", "/api/v1/replies", { inReplyTo: postUrl, body: "Good reflection. Next time, use SBAR and ask for a senior review early." });
    expect(sent.status).toBe(201);
    expect(sent.json.visibility).toBe("direct");
    const postId = postUrl.split("/").pop()!;
    const comment = await eventually(async () => (await callApi(a, learner, "GET", `/api/v1/posts/${postId}/comments`)).json.comments[0], "the feedback under the post on A");
    expect(comment).toMatchObject({ origin: "remote", state: "visible", isFeedback: true, author: { actor: `${b.origin}/users/mentor` } });
    expect(JSON.stringify((await callApi(a, learner, "GET", `/api/v1/posts/${postId}/comments`)).json)).not.toContain("07700 900555");
    const notifications = (await callApi(a, learner, "GET", "/api/v1/notifications")).json;
    expect(notifications.notifications.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(["follow_request", "feedback"]));
    expect(notifications.unread).toBeGreaterThan(0);
    expect((await callApi(a, learner, "POST", "/api/v1/notifications/read", {})).json.marked).toBeGreaterThan(0);
    expect((await callApi(a, learner, "GET", "/api/v1/notifications?unread=true")).json.notifications).toEqual([]);
  });

  it("puts a post that asks for feedback first in the mentor's reader", async () => {
    const asked = await callApi(a, learner, "POST", "/api/v1/posts", {
      title: "Please look at my OSCE reflection", body: "I ran out of time at the history station.", visibility: "followers",
      consent: { basis: "no-patient-information" }, feedbackRequested: true, publish: true,
    });
    expect(asked.json.state).toBe("published");
    const item = await eventually(async () => (await callApi(b, mentor, "GET", "/api/v1/reader?feedbackRequested=true")).json.items[0], "the feedback-requested post in B's reader");
    expect(item).toMatchObject({ url: asked.json.url, feedbackRequested: true });
  });

  it("serves the followers-only post to no unsigned or unapproved fetch", async () => {
    const unsigned = await fetch(postUrl, { headers: { accept: "application/activity+json" } });
    expect([401, 403, 404]).toContain(unsigned.status);
    const stranger = await peer.action<{ http_status: number; json: unknown }>("fetch", { url: postUrl, signed: true, as: "stranger" });
    expect([401, 403, 404]).toContain(stranger.http_status);
    expect(JSON.stringify(stranger.json ?? "")).not.toContain("difficult handover");
    const page = await (await fetch(postUrl, { headers: { accept: "text/html" } })).text();
    expect(page).not.toContain("I struggled to hand over");
  });

  it("delivers nothing of a held post, and its URL shows nothing to anyone but its author", async () => {
    const before = (await callApi(b, mentor, "GET", "/api/v1/reader")).json.items.length;
    const held = await callApi(a, learner, "POST", "/api/v1/posts", {
      title: "Held for identifiers", body: "Her NHS number is 943 476 5919.", visibility: "followers",
      consent: { basis: "no-patient-information" }, publish: true,
    });
    expect(held.json.state).toBe("held");
    // A later, clean post arrives: by then a delivery of the held one would have arrived too.
    const clean = await callApi(a, learner, "POST", "/api/v1/posts", {
      title: "A clean one after it", body: "Reflecting on teamwork.", visibility: "followers", consent: { basis: "no-patient-information" }, publish: true,
    });
    await eventually(async () => (await callApi(b, mentor, "GET", "/api/v1/reader")).json.items.find((i: { url: string }) => i.url === clean.json.url), "the clean post in B's reader");
    const items = (await callApi(b, mentor, "GET", "/api/v1/reader")).json.items;
    expect(items).toHaveLength(before + 1);
    expect(JSON.stringify(items)).not.toContain("943 476 5919");
    expect((await callApi(a, learner, "GET", `/api/v1/posts/${held.json.id}/deliveries`)).json.deliveries).toEqual([]);
    for (const accept of ["application/activity+json", "text/html"]) {
      const response = await fetch(held.json.url, { headers: { accept } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("943 476 5919");
    }
  });
});
