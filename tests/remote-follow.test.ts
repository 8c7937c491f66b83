import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./helpers/app.ts";
import { freePort } from "./helpers/server.ts";
import { type WebFingerStub, startSilentServer, startWebFingerStub } from "./helpers/webfinger-stub.ts";

/**
 * "Follow from your server" on a profile page: the visitor types their own address, Rounds asks
 * their server by WebFinger for its OStatus subscribe template and sends them there with the
 * profile's actor URI. Every address that leads nowhere gets an error page that says why, with
 * the status that fits, and never a crash. The visitor's server is a loopback stub.
 */
const subscribe = "http://ostatus.org/schema/1.0/subscribe";
let t: TestApp;
let stub: WebFingerStub;

beforeAll(async () => {
  t = await testApp({ ROUNDS_ALLOW_PRIVATE_ADDRESSES: "true" });
  await t.user("learner", "student");
  stub = await startWebFingerStub((resource, origin) => {
    const user = /^acct:([^@]+)@/.exec(resource)?.[1];
    const self = { rel: "self", type: "application/activity+json", href: `${origin}/users/${user}` };
    switch (user) {
      case "alice":
        return { status: 200, body: { subject: resource, links: [self, { rel: subscribe, template: `${origin}/authorize_interaction?uri={uri}` }] } };
      case "nosubscribe":
        return { status: 200, body: { subject: resource, links: [self] } };
      case "scripted":
        return { status: 200, body: { subject: resource, links: [{ rel: subscribe, template: "javascript:alert(document.cookie)//{uri}" }] } };
      case "noplaceholder":
        return { status: 200, body: { subject: resource, links: [{ rel: subscribe, template: `${origin}/authorize_interaction` }] } };
      case "oddlinks":
        return { status: 200, body: { subject: resource, links: "none" } };
      case "garbled":
        return { status: 200, body: "this is not JSON" };
      default:
        return { status: 404, body: "" };
    }
  });
});
afterAll(async () => {
  await stub?.close();
  await t?.close();
});

async function remoteFollow(account: string, handle = "learner", fields: Record<string, string> = {}) {
  return await t.browser().submit(`/users/${handle}/remote-follow`, { account, ...fields }, `/users/${handle.toLowerCase()}`);
}

function expectErrorPage(response: Awaited<ReturnType<typeof remoteFollow>>, status: number, message: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toContain("text/html");
  expect(response.body).toContain(message);
  expect(response.body).toContain('<a href="/users/learner">Back to Learner</a>');
}

describe("follow from your server", () => {
  it("offers the form on the profile page", async () => {
    const page = await t.browser().get("/users/learner");
    expect(page.body).toContain('action="/users/learner/remote-follow"');
    expect(page.body).toMatch(/<input id="remote-account" name="account"/);
  });

  it("sends the visitor to their server's subscribe page, filled in with the profile's actor URI", async () => {
    const expected = `${stub.origin}/authorize_interaction?uri=${encodeURIComponent(`${t.origin}/users/learner`)}`;
    for (const account of [`alice@${stub.host}`, `  @alice@${stub.host} `, `acct:alice@${stub.host}`]) {
      const before = stub.requests.length;
      const response = await remoteFollow(account);
      expect(response.statusCode, account).toBe(303);
      expect(response.headers.location).toBe(expected);
      expect(stub.requests.slice(before)).toEqual([{ path: "/.well-known/webfinger", resource: `acct:alice@${stub.host}`, accept: "application/jrd+json" }]);
    }
    // The profile's handle in another case is the same profile.
    expect((await remoteFollow(`alice@${stub.host}`, "Learner")).headers.location).toBe(expected);
  });

  it("answers 400 with what to type when the address is empty or not an address, and asks no server", async () => {
    const before = stub.requests.length;
    expectErrorPage(await remoteFollow(""), 400, "Type your own fediverse address, such as @you@mastodon.social");
    expectErrorPage(await remoteFollow("   "), 400, "Type your own fediverse address");
    for (const account of ["alice", "alice@", "@alice", "alice@bob@peer.example", `alice@${stub.host}/users/alice`, `alice@${stub.host}?x=1`, `alice@${stub.host}#me`, "https://peer.example/@alice", "alice@peer example"]) {
      expectErrorPage(await remoteFollow(account), 400, "is not a fediverse address");
    }
    expect(stub.requests.length).toBe(before);
  });

  it("answers 502 when the visitor's server cannot be reached or does not know the account", async () => {
    const closed = `127.0.0.1:${await freePort()}`;
    expectErrorPage(await remoteFollow(`alice@${closed}`), 502, `${closed} did not answer for @alice@${closed}. Check your address`);
    expectErrorPage(await remoteFollow(`nobody@${stub.host}`), 502, `did not answer for @nobody@${stub.host}`);
    expectErrorPage(await remoteFollow(`garbled@${stub.host}`), 502, "did not answer");
  });

  it("answers 504 when the visitor's server takes more than five seconds", async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      expectErrorPage(await remoteFollow(`alice@${silent.host}`), 504, `${silent.host} took too long to answer`);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await silent.close();
    }
  }, 20_000);

  it("never connects to a private address where private addresses are not allowed (production)", async () => {
    const production = await testApp();
    const silent = await startSilentServer();
    try {
      await production.user("learner", "student");
      const response = await production.browser().submit("/users/learner/remote-follow", { account: `alice@${silent.host}` }, "/users/learner");
      expect(silent.connections()).toBe(0);
      expect(response.statusCode).toBe(502);
    } finally {
      await silent.close();
      await production.close();
    }
  }, 20_000);

  it("answers 422 when the visitor's server has no usable subscribe page", async () => {
    for (const user of ["nosubscribe", "scripted", "noplaceholder", "oddlinks"]) {
      expectErrorPage(await remoteFollow(`${user}@${stub.host}`), 422, `${stub.host} does not say where its users follow other accounts. Search for @learner@rounds.test on your server instead.`);
    }
  });

  it("answers 403 for a server this instance blocks, and asks it nothing", async () => {
    await t.database.db.insertInto("domain_blocks").values({ host: stub.host, reason: "test" }).execute();
    try {
      const before = stub.requests.length;
      expectErrorPage(await remoteFollow(`alice@${stub.host}`), 403, `${stub.host} is blocked on this server`);
      expect(stub.requests.length).toBe(before);
    } finally {
      await t.database.db.deleteFrom("domain_blocks").where("host", "=", stub.host).execute();
    }
  });

  it("answers 404 for a profile that does not exist, and 403 without the form's CSRF token", async () => {
    const before = stub.requests.length;
    const browser = t.browser();
    const missing = await browser.submit("/users/nobody/remote-follow", { account: `alice@${stub.host}` }, "/users/learner");
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain("There is no one here by that handle.");
    const forged = await remoteFollow(`alice@${stub.host}`, "learner", { _csrf: "forged" });
    expect(forged.statusCode).toBe(403);
    expect(stub.requests.length).toBe(before);
  });
});

describe("following from another server that sends its visitor here (our subscribe template)", () => {
  it("publishes the subscribe template in WebFinger, as Mastodon does", async () => {
    const response = await t.app.inject({ url: `/.well-known/webfinger?resource=${encodeURIComponent(`acct:learner@${new URL(t.origin).host}`)}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().links).toContainEqual({ rel: subscribe, template: `${t.origin}/authorize_interaction?uri={uri}` });
  });

  it("asks a visitor who is not signed in to sign in first, and comes back to the same page", async () => {
    const uri = encodeURIComponent("acct:alice@peer.example");
    const response = await t.browser().get(`/authorize_interaction?uri=${uri}`);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/authorize_interaction?uri=${uri}`)}`);
  });

  it("shows a signed-in user the follow form filled in with the account, and follows nothing until they press Follow", async () => {
    await t.user("mentor", "faculty");
    const browser = t.browser();
    await browser.signIn("mentor");
    for (const [uri, shown] of [
      ["acct:alice@peer.example", "@alice@peer.example"],
      ["@alice@peer.example", "@alice@peer.example"],
      ["alice@peer.example", "@alice@peer.example"],
      ["https://peer.example/users/alice", "https://peer.example/users/alice"],
    ] as const) {
      const page = await browser.get(`/authorize_interaction?uri=${encodeURIComponent(uri)}`);
      expect(page.statusCode, uri).toBe(200);
      expect(page.body).toContain(`value="${shown}"`);
      expect(page.body).toContain(`You came here to follow <strong>${shown}</strong>`);
      expect(page.body).toContain('action="/following"');
    }
    expect(await t.database.db.selectFrom("following").selectAll().execute()).toEqual([]);
  });

  it("answers 400 with what is missing when the link names no account, or something that is not one", async () => {
    const browser = t.browser();
    await browser.signIn("mentor");
    for (const query of ["", "?uri=", "?uri=javascript%3Aalert(1)", "?uri=not%20an%20account", `?uri=${"a".repeat(501)}`]) {
      const page = await browser.get(`/authorize_interaction${query}`);
      expect(page.statusCode, query).toBe(400);
      if (query.length < 100) expect(page.body).toContain("names no account to follow");
    }
  });
});
