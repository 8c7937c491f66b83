import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../src/db/schema.ts";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
let author: User;
let browser: Browser;

beforeAll(async () => {
  t = await testApp();
  author = await t.user("priya");
  browser = t.browser();
  await browser.signIn("priya");
});
afterAll(async () => {
  await t?.close();
});

const gibbsBody = `## Description

On a night shift I looked after an elderly man with delirium who kept trying to leave the ward.

## Feelings

I felt anxious and out of my depth.

## Evaluation

Calling the nurse in charge early went well.

## Analysis

Delirium is common after surgery; the 4AT helped (NICE CG103, 2010).

## Conclusion

I should have reviewed his medication chart sooner.

## Action plan

Next time I will use the 4AT at handover.`;

/** Every surface a visitor can read, concatenated. */
async function everythingPublic(handle: string): Promise<string> {
  const visitor = t.browser();
  const pages = await Promise.all(
    ["/", `/users/${handle}`, "/feed.rss", "/feed.atom", `/users/${handle}/feed.rss`, `/users/${handle}/feed.atom`, "/tags/reflection"].map((u) => visitor.get(u)),
  );
  return pages.map((p) => p.body).join("\n");
}

function postIdFrom(location: string | undefined): string {
  const id = /\/posts\/([0-9a-z]+)/.exec(location ?? "")?.[1];
  if (!id) throw new Error(`no post id in ${location}`);
  return id;
}

describe("writing and publishing", () => {
  it("offers the Gibbs model's six sections as headings in the editor", async () => {
    const page = await browser.get("/posts/new?reflection=gibbs");
    expect(page.statusCode).toBe(200);
    for (const heading of ["Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"]) {
      expect(page.body).toContain(`## ${heading}`);
    }
  });

  it("publishes a Gibbs-structured post that then appears on the author page, the home page, the tag page and the feeds", async () => {
    const saved = await browser.submit("/posts", {
      title: "Night shift: delirium and the 4AT",
      summary: "What a night shift taught me about delirium.",
      body: gibbsBody,
      tags: "delirium, reflection",
      language: "en",
      visibility: "public",
      reflection: "gibbs",
      consent_basis: "no-patient-information",
      consent_reference: "",
      action: "publish",
    }, "/posts/new");
    expect(saved.statusCode).toBe(303);
    const id = postIdFrom(saved.headers.location);
    expect(saved.headers.location).toBe(`/users/priya/posts/${id}`);
    const page = await t.browser().get(saved.headers.location!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<h2>Feelings</h2>");
    expect(page.body).toContain('property="og:title" content="Night shift: delirium and the 4AT"');
    const everywhere = await everythingPublic("priya");
    expect(everywhere.match(/Night shift: delirium and the 4AT/g)?.length).toBeGreaterThanOrEqual(7);
    const rss = await t.browser().get("/users/priya/feed.rss");
    expect(rss.headers["content-type"]).toContain("application/rss+xml");
    expect(rss.body).toContain(`<link>http://rounds.test/users/priya/posts/${id}</link>`);
    const atom = await t.browser().get("/feed.atom");
    expect(atom.headers["content-type"]).toContain("application/atom+xml");
    expect(atom.body).toContain("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
  });

  it("refuses to publish without a consent attestation, and says what to record", async () => {
    const saved = await browser.submit("/posts", {
      title: "No consent yet", body: "A reflection on teamwork.", visibility: "public", reflection: "free", action: "publish",
    }, "/posts/new");
    expect(saved.statusCode).toBe(422);
    expect(saved.body).toContain("record a consent attestation");
  });

  it("keeps a private post out of every page and feed: only the dashboard shows it", async () => {
    const saved = await browser.submit("/posts", {
      title: "My private worry about OSCEs", body: "I keep freezing at the examination station.", visibility: "private",
      reflection: "free", consent_basis: "no-patient-information", action: "publish", tags: "reflection",
    }, "/posts/new");
    expect(saved.statusCode).toBe(303);
    const id = postIdFrom(saved.headers.location);
    expect(await everythingPublic("priya")).not.toContain("private worry");
    const direct = await t.browser().get(`/users/priya/posts/${id}`);
    expect(direct.statusCode).toBe(404);
    const api = await t.app.inject({ method: "GET", url: `/api/v1/posts/${id}` });
    expect(api.statusCode).toBe(404);
    expect((await browser.get("/dashboard")).body).toContain("My private worry about OSCEs");
  });

  it("lists an unlisted post nowhere, but opens it by its address", async () => {
    const saved = await browser.submit("/posts", {
      title: "Unlisted thoughts on handover", body: "Handover is where things get lost.", visibility: "unlisted",
      reflection: "free", consent_basis: "fictionalised", action: "publish", tags: "reflection",
    }, "/posts/new");
    const id = postIdFrom(saved.headers.location);
    expect(await everythingPublic("priya")).not.toContain("Unlisted thoughts");
    expect((await t.browser().get(`/users/priya/posts/${id}`)).body).toContain("Unlisted thoughts on handover");
  });
});

describe("the gate holds patient identifiers", () => {
  it("holds a post quoting an NHS number and a phone number, shows the author where and why, and shows it nowhere else", async () => {
    const saved = await browser.submit("/posts", {
      title: "Breaking bad news in clinic",
      body: "I met the patient (NHS number 943 476 5919) and later rang his daughter on 07700 900123 to explain.",
      visibility: "public", reflection: "free", consent_basis: "no-patient-information", action: "publish", tags: "reflection",
    }, "/posts/new");
    expect(saved.statusCode).toBe(303);
    const id = postIdFrom(saved.headers.location);
    expect(saved.headers.location).toBe(`/posts/${id}/edit`);
    const editor = await browser.get(`/posts/${id}/edit`);
    expect(editor.body).toContain("Held by the privacy check");
    expect(editor.body).toMatch(/<mark>943 476 5919<\/mark>/);
    expect(editor.body).toMatch(/<mark>07700 900123<\/mark>/);
    expect(editor.body).toMatch(/line 1, column \d+/);
    expect(editor.body).toContain("How to fix:");

    const everywhere = await everythingPublic("priya");
    expect(everywhere).not.toContain("Breaking bad news");
    expect(everywhere).not.toContain("943 476 5919");
    const direct = await t.browser().get(`/users/priya/posts/${id}`);
    expect(direct.statusCode).toBe(404);
    expect(direct.body).not.toContain("943 476 5919");
    const api = await t.app.inject({ method: "GET", url: `/api/v1/posts/${id}` });
    expect(api.statusCode).toBe(404);

    // Fixed: the same post publishes.
    const fixed = await browser.submit(`/posts/${id}`, {
      title: "Breaking bad news in clinic",
      body: "I met the patient and later rang his daughter to explain.",
      visibility: "public", reflection: "free", consent_basis: "no-patient-information", action: "publish", tags: "reflection",
    }, `/posts/${id}/edit`);
    expect(fixed.statusCode).toBe(303);
    expect(fixed.headers.location).toBe(`/users/priya/posts/${id}`);
    expect(await everythingPublic("priya")).toContain("Breaking bad news in clinic");
  });

  it("keeps the last cleared version public when an edit adds an identifier", async () => {
    const saved = await browser.submit("/posts", {
      title: "Sepsis six on the acute take", body: "We gave antibiotics within the hour.", visibility: "public",
      reflection: "free", consent_basis: "no-patient-information", action: "publish", tags: "reflection",
    }, "/posts/new");
    const id = postIdFrom(saved.headers.location);
    const edited = await browser.submit(`/posts/${id}`, {
      title: "Sepsis six on the acute take", body: "We gave antibiotics within the hour. Her email was jane.doe@example.com.",
      visibility: "public", reflection: "free", consent_basis: "no-patient-information", action: "save", tags: "reflection",
    }, `/posts/${id}/edit`);
    expect(edited.statusCode).toBe(303);
    const page = await t.browser().get(`/users/priya/posts/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("We gave antibiotics within the hour.");
    expect(page.body).not.toContain("jane.doe");
    expect(await everythingPublic("priya")).not.toContain("jane.doe");
    const editor = await browser.get(`/posts/${id}/edit`);
    expect(editor.body).toContain("Held by the privacy check");
    expect(editor.body).toMatch(/Version 2.*\(held\)/s);
    expect(editor.body).toMatch(/Version 1.*\(cleared\)/s);
  });

  it("holds a comment that names a patient's phone number and shows the rest", async () => {
    const saved = await browser.submit("/posts", {
      title: "Teaching ward round", body: "Bedside teaching on heart failure.", visibility: "public",
      reflection: "free", consent_basis: "no-patient-information", action: "publish",
    }, "/posts/new");
    const id = postIdFrom(saved.headers.location);
    await t.user("kofi");
    const peer = t.browser();
    await peer.signIn("kofi");
    const url = `/users/priya/posts/${id}`;
    const good = await peer.submit(`${url}/comments`, { body: "Great point about diuretics." }, url);
    expect(good.statusCode).toBe(303);
    const bad = await peer.submit(`${url}/comments`, { body: "Was that the man on 07700 900456?" }, url);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("Your comment was held");
    const page = await t.browser().get(url);
    expect(page.body).toContain("Great point about diuretics.");
    expect(page.body).not.toContain("07700 900456");
  });
});

describe("addresses and deletion", () => {
  it("keeps a post's address when its title changes, and answers 410 once it is deleted", async () => {
    const saved = await browser.submit("/posts", {
      title: "First title", body: "Reflecting on an OSCE station.", visibility: "public",
      reflection: "free", consent_basis: "no-patient-information", action: "publish",
    }, "/posts/new");
    const url = saved.headers.location!;
    const id = postIdFrom(url);
    await browser.submit(`/posts/${id}`, {
      title: "A better title", body: "Reflecting on an OSCE station.", visibility: "public",
      reflection: "free", consent_basis: "no-patient-information", action: "publish",
    }, `/posts/${id}/edit`);
    expect((await t.browser().get(url)).body).toContain("A better title");
    const deleted = await browser.submit(`/posts/${id}/delete`, {}, `/posts/${id}/delete`);
    expect(deleted.statusCode).toBe(303);
    const gone = await t.browser().get(url);
    expect(gone.statusCode).toBe(410);
    const versions = await t.database.db.selectFrom("post_versions").select("id").where("post_id", "=", id).execute();
    expect(versions).toEqual([]);
  });

  it("shows a themed 404 page for an unknown address", async () => {
    const response = await t.browser().get("/no/such/page");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("There is nothing at this address.");
  });

  it("does not let another user edit someone else's post", async () => {
    const saved = await browser.submit("/posts", {
      title: "Mine alone", body: "A reflection.", visibility: "public", reflection: "free", action: "save",
    }, "/posts/new");
    const id = postIdFrom(saved.headers.location);
    await t.user("mallory");
    const other = t.browser();
    await other.signIn("mallory");
    expect((await other.get(`/posts/${id}/edit`)).statusCode).toBe(404);
    void author;
  });
});
