import { strFromU8, unzipSync } from "fflate";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../src/db/ids.ts";
import type { User } from "../src/db/schema.ts";
import type { Portfolio } from "../src/portfolio/gather.ts";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
let priya: User;
let student: Browser;
let peer: Browser;
let faculty: Browser;
/** Priya's posts. */
const ids = { gibbs: "", held: "", draft: "", deleted: "" };
let omarPostId = "";

function postIdFrom(location: string | undefined): string {
  const id = /\/posts\/([0-9a-z]+)/.exec(location ?? "")?.[1];
  if (!id) throw new Error(`no post id in ${location}`);
  return id;
}

async function write(browser: Browser, fields: Record<string, string>): Promise<string> {
  const saved = await browser.submit("/posts", { reflection: "free", visibility: "public", consent_basis: "no-patient-information", action: "publish", ...fields }, "/posts/new");
  if (saved.statusCode !== 303) throw new Error(`could not write a post: ${saved.statusCode}`);
  return postIdFrom(saved.headers.location);
}

function unzip(response: LightMyRequestResponse): Map<string, string> {
  const files = unzipSync(new Uint8Array(response.rawPayload));
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function folderOf(files: Map<string, string>, postId: string): string {
  const folder = [...files.keys()].find((name) => name.startsWith("posts/") && name.endsWith(`-${postId}/post.md`));
  if (folder === undefined) throw new Error(`no folder for ${postId} in ${[...files.keys()].join(", ")}`);
  return folder.slice(0, -"/post.md".length);
}

beforeAll(async () => {
  t = await testApp();
  priya = await t.user("priya");
  await t.user("omar");
  await t.user("dr_mensah", "faculty");
  student = t.browser();
  peer = t.browser();
  faculty = t.browser();
  await student.signIn("priya");
  await peer.signIn("omar");
  await faculty.signIn("dr_mensah");

  // A published Gibbs reflection, edited once (two versions).
  ids.gibbs = await write(student, {
    title: "Night shift: delirium and the 4AT", summary: "What a night shift taught me.", reflection: "gibbs", tags: "delirium, reflection",
    body: "## Description\n\nAn elderly man with delirium kept trying to leave the ward.\n\n## Feelings\n\nI felt out of my depth.",
  });
  const edited = await student.submit(`/posts/${ids.gibbs}`, {
    title: "Night shift: delirium and the 4AT", summary: "What a night shift taught me.", reflection: "gibbs", tags: "delirium, reflection",
    visibility: "public", consent_basis: "no-patient-information", action: "publish",
    body: "## Description\n\nAn elderly man with delirium kept trying to leave the ward.\n\n## Feelings\n\nI felt out of my depth, then calmer.",
  }, `/posts/${ids.gibbs}/edit`);
  expect(edited.statusCode).toBe(303);

  // Held by the privacy check, sent for review with a consent record, returned with a comment.
  const held = await student.submit("/posts", {
    title: "A hard conversation", body: "I rang the patient on 07700 900777 to explain the results.", visibility: "public",
    reflection: "what-so-what-now-what", consent_basis: "no-patient-information", action: "publish",
  }, "/posts/new");
  ids.held = postIdFrom(held.headers.location);
  const asked = await student.submit(`/posts/${ids.held}/review`, { consent_basis: "patient-consent", consent_reference: "CF-2026-014, clinical skills office", note: "He agreed." }, `/posts/${ids.held}/edit`);
  expect(asked.statusCode).toBe(303);
  const reviewId = (await t.database.db.selectFrom("reviews").select("id").where("post_id", "=", ids.held).executeTakeFirstOrThrow()).id;
  const returned = await faculty.submit(`/review/${reviewId}`, { decision: "returned", comment: "Take out the phone number." }, `/review/${reviewId}`);
  expect(returned.statusCode).toBe(303);

  ids.draft = await write(student, { title: "Draft about OSCE nerves", body: "Still thinking about this one.", visibility: "private", action: "save" });
  ids.deleted = await write(student, { title: "Regretted reflection", body: "Something I chose to delete entirely." });
  expect((await student.submit(`/posts/${ids.deleted}/delete`, {}, `/posts/${ids.deleted}/delete`)).statusCode).toBe(303);

  // Someone else's post, and their comments on Priya's post (one visible, one held).
  omarPostId = await write(peer, { title: "Omar's own reflection on ward rounds", body: "Omar wrote this, not Priya." });
  const url = `/users/priya/posts/${ids.gibbs}`;
  expect((await peer.submit(`${url}/comments`, { body: "Great point about the **4AT**." }, url)).statusCode).toBe(303);
  expect((await peer.submit(`${url}/comments`, { body: "Was that the man on 07700 900456?" }, url)).statusCode).toBe(422);

  // A reply from the fediverse (sanitised HTML as the inbox stores it), a like and a boost.
  const actor = "https://mastodon.example/users/ana";
  const db = t.database.db;
  await db.insertInto("remote_actors").values({ id: actor, handle: "ana@mastodon.example", name: "Ana Registrar", url: "https://mastodon.example/@ana", inbox: `${actor}/inbox`, host: "mastodon.example" }).execute();
  await db.insertInto("comments").values({
    id: newId(), post_id: ids.gibbs, author_id: null, state: "visible", remote_actor_id: actor, remote_object_id: `${actor}/statuses/1`,
    body: '<p><span class="h-card"><a class="u-url mention" href="http://rounds.test/users/priya">@<span>priya</span></a></span> Lovely use of the 4AT &amp; a <strong>clear</strong> plan.</p>',
  }).execute();
  await db.insertInto("interactions").values([
    { activity_id: `${actor}/likes/1`, kind: "like", post_id: ids.gibbs, actor_id: actor },
    { activity_id: `${actor}/boosts/1`, kind: "announce", post_id: ids.gibbs, actor_id: actor },
  ]).execute();
});
afterAll(async () => {
  await t?.close();
});

describe("the portfolio ZIP", () => {
  let files: Map<string, string>;
  let portfolio: Portfolio;
  let response: LightMyRequestResponse;

  beforeAll(async () => {
    response = await student.get("/portfolio/export.zip");
    files = unzip(response);
    portfolio = JSON.parse(files.get("portfolio.json")!) as Portfolio;
  });

  it("is served as a ZIP attachment named after the author and the day", () => {
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="rounds-portfolio-priya-${today}.zip"`);
    expect(response.headers["cache-control"]).toContain("no-store");
  });

  it("contains README.txt, portfolio.json with a schemaVersion, and a folder per post with post.md, every version, comments.md and post.json", () => {
    expect(files.get("README.txt")).toContain("portfolio.json");
    expect(portfolio.schemaVersion).toBe(1);
    expect(portfolio.author.handle).toBe("priya");
    expect(portfolio.posts.map((p) => p.id).sort()).toEqual([ids.gibbs, ids.held, ids.draft].sort());
    for (const post of portfolio.posts) {
      const folder = folderOf(files, post.id);
      expect(folder).toMatch(/^posts\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+-[0-9a-z]+$/);
      for (const name of ["post.md", "comments.md", "post.json"]) expect(files.has(`${folder}/${name}`)).toBe(true);
      for (const v of post.versions) expect(files.has(`${folder}/versions/v${v.number}.md`)).toBe(true);
    }
    const gibbs = folderOf(files, ids.gibbs);
    expect(gibbs).toContain("night-shift-delirium-and-the-4at");
    expect(files.get(`${gibbs}/versions/v1.md`)).toContain("I felt out of my depth.");
    expect(files.get(`${gibbs}/versions/v2.md`)).toContain("I felt out of my depth, then calmer.");
    const postMd = files.get(`${gibbs}/post.md`)!;
    expect(postMd).toMatch(/^---\ntitle: "Night shift: delirium and the 4AT"\n/);
    expect(postMd).toContain('state: "published"');
    expect(postMd).toContain('reflection_model: "gibbs"');
    expect(postMd).toContain("I felt out of my depth, then calmer.");
    expect(JSON.parse(files.get(`${gibbs}/post.json`)!)).toMatchObject({ id: ids.gibbs, currentVersion: 2 });
  });

  it("records every version with its content hash and the privacy check's outcome and detector version, never the flagged text of findings", () => {
    const gibbs = portfolio.posts.find((p) => p.id === ids.gibbs)!;
    expect(gibbs.versions.map((v) => v.number)).toEqual([1, 2]);
    for (const v of gibbs.versions) {
      expect(v.contentHash).toMatch(/\S{16,}/);
      expect(v.privacyChecks.at(-1)).toMatchObject({ outcome: "cleared", detectorVersion: expect.stringMatching(/^rounds-detector\//) });
    }
    const held = portfolio.posts.find((p) => p.id === ids.held)!;
    expect(held.state).toBe("held");
    const check = held.versions[0]!.privacyChecks.at(-1)!;
    expect(check.outcome).toBe("held");
    expect(check.findingsCount).toBeGreaterThan(0);
    expect(Object.keys(check).sort()).toEqual(["basis", "checkedAt", "detectorVersion", "findingsCount", "outcome"]);
  });

  it("holds the consent records and the review with the reviewer's decision, name and comment", () => {
    const held = portfolio.posts.find((p) => p.id === ids.held)!;
    expect(held.consentRecords.map((c) => c.basis)).toEqual(["no-patient-information", "patient-consent"]);
    expect(held.consentRecords[1]).toMatchObject({ reference: "CF-2026-014, clinical skills office", version: 1 });
    expect(held.reviews).toEqual([expect.objectContaining({
      decision: "returned", reviewerComment: "Take out the phone number.", reviewer: { handle: "dr_mensah", name: "Dr_mensah" }, authorNote: "He agreed.",
    })]);
    const feedback = files.get(`${folderOf(files, ids.held)}/comments.md`)!;
    expect(feedback).toContain("returned on");
    expect(feedback).toContain("Take out the phone number.");
    expect(files.get(`${folderOf(files, ids.held)}/post.md`)).toContain('consent_basis: "patient-consent"');
  });

  it("holds the comments: another user's, the held one (marked held), and a fediverse reply as plain text; with the like and boost counts", () => {
    const gibbs = portfolio.posts.find((p) => p.id === ids.gibbs)!;
    expect(gibbs.comments).toHaveLength(3);
    expect(gibbs.comments[0]).toMatchObject({ origin: "local", state: "visible", text: "Great point about the **4AT**.", author: { name: "Omar", handle: "omar" } });
    expect(gibbs.comments[1]).toMatchObject({ origin: "local", state: "held", text: "Was that the man on 07700 900456?" });
    expect(gibbs.comments[2]).toMatchObject({
      origin: "remote", state: "visible", text: "Lovely use of the 4AT & a clear plan.", author: { name: "Ana Registrar", handle: "ana@mastodon.example" },
    });
    expect(gibbs.interactions).toEqual({ likes: 1, boosts: 1 });
    const md = files.get(`${folderOf(files, ids.gibbs)}/comments.md`)!;
    expect(md).toContain("Omar (@omar), on this site");
    expect(md).toContain("> Great point about the **4AT**.");
    expect(md).toContain("held by the privacy check, not public");
    expect(md).toContain("Ana Registrar (ana@mastodon.example), from the fediverse");
    expect(md).toContain("> Lovely use of the 4AT & a clear plan.");
    expect(md).not.toContain("<strong>");
    expect(md).toContain("Likes: 1 · Boosts: 1");
  });

  it("never contains another user's posts", () => {
    const everything = [...files.values()].join("\n");
    expect(everything).not.toContain(omarPostId);
    expect(everything).not.toContain("Omar's own reflection");
    expect(everything).not.toContain("Omar wrote this");
  });

  it("contains nothing of a deleted post", () => {
    const everything = [...files.keys(), ...files.values()].join("\n");
    expect(everything).not.toContain(ids.deleted);
    expect(everything).not.toContain("Regretted reflection");
    expect(everything).not.toContain("chose to delete");
  });

  it("gives another author only their own portfolio", async () => {
    const theirs = unzip(await peer.get("/portfolio/export.zip"));
    const data = JSON.parse(theirs.get("portfolio.json")!) as Portfolio;
    expect(data.posts.map((p) => p.id)).toEqual([omarPostId]);
    expect([...theirs.values()].join("\n")).not.toContain("delirium");
  });
});

describe("signed out", () => {
  it("redirects a signed-out browser to sign in, from the page and the ZIP", async () => {
    for (const url of ["/portfolio", "/portfolio/export.zip"]) {
      const response = await t.browser().get(url);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
  });

  it("answers 401 to the API without a token, and with a bad one", async () => {
    const none = await t.app.inject({ method: "GET", url: "/api/v1/portfolio/export.zip" });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: "unauthorized" });
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/portfolio/export.zip", headers: { authorization: "Bearer nope" } });
    expect(bad.statusCode).toBe(401);
  });
});

describe("the API", () => {
  it("exports the same portfolio with an access token", async () => {
    const token = await t.token(priya);
    const response = await t.app.inject({ method: "GET", url: "/api/v1/portfolio/export.zip", headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="rounds-portfolio-priya-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = unzip(response);
    const data = JSON.parse(files.get("portfolio.json")!) as Portfolio;
    expect(data.posts).toHaveLength(3);
    expect(files.has("README.txt")).toBe(true);
  });

  it("documents the export in the OpenAPI document, tagged portfolio, with bearer security", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as { paths: Record<string, { get?: { tags?: string[]; security?: unknown } }> };
    const operation = doc.paths["/api/v1/portfolio/export.zip"]?.get;
    expect(operation?.tags).toEqual(["portfolio"]);
    expect(operation?.security).toEqual([{ bearerAuth: [] }]);
  });
});

describe("the printable page", () => {
  let page: LightMyRequestResponse;
  beforeAll(async () => {
    page = await student.get("/portfolio");
  });

  it("lists every post with its state, reflection model, consent basis and rendered body", () => {
    expect(page.statusCode).toBe(200);
    for (const title of ["Night shift: delirium and the 4AT", "A hard conversation", "Draft about OSCE nerves"]) expect(page.body).toContain(title);
    expect(page.body).not.toContain("Regretted reflection");
    expect(page.body).not.toContain("Omar&#39;s own reflection");
    expect(page.body).toContain("Gibbs&#39; reflective cycle");
    expect(page.body).toContain("Patient consent (CF-2026-014, clinical skills office)");
    // The body's headings sit under the post's h2.
    expect(page.body).toContain("<h3>Feelings</h3>");
    expect(page.body).toContain("I felt out of my depth, then calmer.");
  });

  it("shows the summary counts by state and by reflection model, and the date range", () => {
    const summary = page.body.slice(page.body.indexOf('id="summary-heading"'), page.body.indexOf('class="portfolio-post"'));
    expect(summary).toContain("3 posts (4 saved versions)");
    expect(summary).toMatch(/<th scope="row">Published<\/th><td>1<\/td>/);
    expect(summary).toMatch(/<th scope="row">Held by the privacy check<\/th><td>1<\/td>/);
    expect(summary).toMatch(/<th scope="row">Draft<\/th><td>1<\/td>/);
    expect(summary).toMatch(/<th scope="row">Free-form<\/th><td>1<\/td>/);
    expect(summary).toMatch(/<th scope="row">What\? So what\? Now what\?<\/th><td>1<\/td>/);
    expect(summary).toMatch(/written between <time datetime="\d{4}-/);
  });

  it("shows reviews and visible comments, but only counts held comments", () => {
    expect(page.body).toContain("Take out the phone number.");
    expect(page.body).toContain("by Dr_mensah");
    expect(page.body).toContain("Great point about the <strong>4AT</strong>.");
    expect(page.body).toContain("Lovely use of the 4AT &amp; a clear plan.");
    expect(page.body).not.toContain("07700 900456");
    expect(page.body).toContain("1 held comment not shown here");
  });

  it("links to the ZIP, has landmarks and in-order headings, and no inline script or style", () => {
    expect(page.body).toContain('href="/portfolio/export.zip"');
    expect(page.body).toMatch(/<main id="main"/);
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(page.body).not.toMatch(/\sstyle=|<style/);
    const levels = [...page.body.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it("is linked from the dashboard", async () => {
    expect((await student.get("/dashboard")).body).toContain('<a href="/portfolio">Export my portfolio</a>');
  });
});
