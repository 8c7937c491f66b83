import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

// The institution's review policy: a person reads clean posts too, because a clean scan is not proof.
let t: TestApp;
let admin: Browser;
let student: Browser;
let faculty: Browser;
let colleague: Browser;

beforeAll(async () => {
  t = await testApp();
  await t.user("dean", "admin");
  await t.user("amara", "student");
  await t.user("dr_okafor", "faculty");
  await t.user("dr_reyes", "faculty");
  admin = t.browser();
  student = t.browser();
  faculty = t.browser();
  colleague = t.browser();
  await admin.signIn("dean");
  await student.signIn("amara");
  await faculty.signIn("dr_okafor");
  await colleague.signIn("dr_reyes");
});
afterAll(async () => {
  await t?.close();
});

async function setPolicy(policy: string) {
  return await admin.submit("/admin/settings", { name: "Rounds", description: "", default_visibility: "public", theme: "default", review_policy: policy }, "/admin");
}

async function publish(browser: Browser, title: string, body: string): Promise<string> {
  const saved = await browser.submit("/posts", {
    title, body, visibility: "public", reflection: "free", consent_basis: "no-patient-information", action: "publish",
  }, "/posts/new");
  const id = /\/posts\/([0-9a-z]+)/.exec(saved.headers.location ?? "")?.[1];
  if (!id) throw new Error(`expected a redirect to the post, got ${saved.statusCode} ${saved.headers.location}`);
  return id;
}

async function stateOf(id: string) {
  return await t.database.db.selectFrom("posts").select(["state", "cleared_version_id", "current_version_id"]).where("id", "=", id).executeTakeFirstOrThrow();
}

async function openReviewOf(id: string): Promise<string | undefined> {
  const row = await t.database.db.selectFrom("reviews").select("id").where("post_id", "=", id).where("decision", "is", null).executeTakeFirst();
  return row?.id;
}

async function visibleAnywhere(handle: string, id: string, phrase: string) {
  const anon = t.browser();
  return {
    page: (await anon.get(`/users/${handle}/posts/${id}`)).statusCode,
    api: (await t.app.inject({ method: "GET", url: `/api/v1/posts/${id}` })).statusCode,
    feed: (await anon.get("/feed.atom")).body.includes(phrase),
    home: (await anon.get("/")).body.includes(phrase),
  };
}

describe("the institution's review policy", () => {
  it("by default publishes a clean post at once, and the editor says nothing of review", async () => {
    expect((await student.get("/posts/new")).body).not.toContain("id=\"reviewed-hint\"");
    const id = await publish(student, "Handover lessons", "I learned to write the plan before the problem list. Nothing about any one patient here.");
    expect((await stateOf(id)).state).toBe("published");
    expect(await openReviewOf(id)).toBeUndefined();
  });

  it("refuses an unknown policy with 400 and keeps the old one", async () => {
    const refused = await setPolicy("nobody");
    expect(refused.statusCode).toBe(400);
    expect((await admin.get("/admin")).body).toMatch(/<option value="findings" selected>/);
  });

  it("with 'students', holds a student's clean post for a reviewer: nowhere to be seen until approved, then everywhere", async () => {
    const changed = await setPolicy("students");
    expect(changed.statusCode).toBe(303);
    const settingsEvents = await t.database.db.selectFrom("audit_events").select("details").where("action", "=", "instance.settings-changed").execute();
    expect(settingsEvents.map((e) => e.details)).toContainEqual(expect.objectContaining({ reviewPolicy: "students" }));

    expect((await student.get("/posts/new")).body).toContain("a faculty reviewer reads every student's post before it is published");
    expect((await faculty.get("/posts/new")).body).not.toContain("id=\"reviewed-hint\"");
    const phrase = "Sitting with a dying man";
    const id = await publish(student, phrase, "I learned what silence at a bedside can do. The registrar let me stay, and I stayed.");
    const held = await stateOf(id);
    expect(held.state).toBe("held");
    expect(held.cleared_version_id).toBeNull();
    const verdict = await t.database.db.selectFrom("privacy_verdicts").select(["outcome", "basis", "findings"]).where("post_version_id", "=", held.current_version_id!).executeTakeFirstOrThrow();
    expect(verdict).toMatchObject({ outcome: "held", basis: "policy" });
    expect(verdict.findings).toEqual([]);
    expect(await visibleAnywhere("amara", id, phrase)).toEqual({ page: 404, api: 404, feed: false, home: false });

    const editor = await student.get(`/posts/${id}/edit`);
    expect(editor.body).toContain("Waiting for a faculty reviewer");
    expect(editor.body).toContain("Sent for review");
    const notes = await student.get("/notifications");
    expect(notes.body).toContain("is waiting for a faculty reviewer");

    const reviewId = await openReviewOf(id);
    expect(reviewId).toBeDefined();
    const queue = (await faculty.get("/review")).body;
    expect(queue).toContain(`/review/${reviewId}`);
    expect(queue).toContain("Review policy: the check found nothing");
    const reviewPage = await faculty.get(`/review/${reviewId}`);
    expect(reviewPage.body).toContain("The current detector finds nothing in this version.");
    expect(reviewPage.body).toMatch(/<option value="no-patient-information" selected>/);

    const approved = await faculty.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "no-patient-information" }, `/review/${reviewId}`);
    expect(approved.statusCode).toBe(303);
    expect((await stateOf(id)).state).toBe("published");
    expect(await visibleAnywhere("amara", id, phrase)).toEqual({ page: 200, api: 200, feed: true, home: true });
    const actions = (await t.database.db.selectFrom("audit_events").select(["action", "details"]).where("subject_id", "=", id).execute());
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["gate.held", "review.requested", "review.approved"]));
    expect(actions.find((a) => a.action === "gate.held")?.details).toMatchObject({ policy: "students", findings: [] });
  });

  it("tells an API client why a clean post is held", async () => {
    const token = await t.token(await t.database.db.selectFrom("users").selectAll().where("handle", "=", "amara").executeTakeFirstOrThrow());
    const created = await t.app.inject({
      method: "POST", url: "/api/v1/posts", headers: { authorization: `Bearer ${token}` },
      payload: { title: "Ward round pace", body: "Slower rounds, better questions.", visibility: "public", consent: { basis: "no-patient-information" }, publish: true },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.state).toBe("held");
    expect(body.privacy).toMatchObject({ outcome: "held", basis: "policy", findings: [] });
    expect(body.privacy.message).toContain("review queue");
    expect(await openReviewOf(body.id)).toBeDefined();
  });

  it("holds a student's edit of an approved post while readers keep the approved version", async () => {
    const id = await publish(student, "OSCE station", "The station was on consent; I forgot to check understanding.");
    const reviewId = await openReviewOf(id);
    await faculty.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "no-patient-information" }, `/review/${reviewId}`);
    const edited = await student.submit(`/posts/${id}`, {
      title: "OSCE station", body: "The station was on consent; I forgot to check understanding. Next time: teach-back.", visibility: "public", reflection: "free", action: "publish",
    }, `/posts/${id}/edit`);
    expect(edited.statusCode).toBe(303);
    const state = await stateOf(id);
    expect(state.state).toBe("held");
    expect(state.cleared_version_id).not.toBe(state.current_version_id);
    const page = await t.browser().get(`/users/amara/posts/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain("teach-back");
    expect(await openReviewOf(id)).toBeDefined();
  });

  it("lets a reviewer return a policy-held post, and the author ask again on 'no patient information'", async () => {
    const id = await publish(student, "A near miss", "I nearly gave a second dose of enoxaparin; the chart was clear, I was not.");
    const reviewId = await openReviewOf(id);
    const returned = await faculty.submit(`/review/${reviewId}`, { decision: "returned", comment: "Say what you changed in your checking." }, `/review/${reviewId}`);
    expect(returned.statusCode).toBe(303);
    expect((await student.get(`/posts/${id}/edit`)).body).toContain("Say what you changed in your checking.");
    const asked = await student.submit(`/posts/${id}/review`, { consent_basis: "no-patient-information", note: "I think it is fine as it is." }, `/posts/${id}/edit`);
    expect(asked.statusCode).toBe(303);
    expect(await openReviewOf(id)).toBeDefined();
  });

  it("still needs consent or fictionalisation when the scan finds something, from author and reviewer alike", async () => {
    const id = await publish(student, "Bed 4", "Mrs Adeyemi in bed 4 called me at 3am; her number is 07700 900456.");
    expect((await stateOf(id)).state).toBe("held");
    const verdict = await t.database.db.selectFrom("privacy_verdicts").select("basis").where("post_version_id", "=", (await stateOf(id)).current_version_id!).executeTakeFirstOrThrow();
    expect(verdict.basis).toBe("detector");
    expect(await openReviewOf(id)).toBeUndefined();
    const refused = await student.submit(`/posts/${id}/review`, { consent_basis: "no-patient-information" }, `/posts/${id}/edit`);
    expect(refused.statusCode).toBe(422);
    await student.submit(`/posts/${id}/review`, { consent_basis: "fictionalised" }, `/posts/${id}/edit`);
    const reviewId = await openReviewOf(id);
    const approved = await faculty.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "no-patient-information" }, `/review/${reviewId}`);
    expect(approved.statusCode).toBe(422);
    expect(approved.body).toContain("may be patient information");
    expect((await stateOf(id)).state).toBe("held");
  });

  it("with 'students', publishes faculty posts at once; with 'everyone', holds them for another reviewer", async () => {
    const first = await publish(faculty, "Teaching on rounds", "Asking one good question beats three lectures.");
    expect((await stateOf(first)).state).toBe("published");

    expect((await setPolicy("everyone")).statusCode).toBe(303);
    const second = await publish(faculty, "Feedback that lands", "Specific, soon, and about the work, not the person.");
    expect((await stateOf(second)).state).toBe("held");
    const reviewId = await openReviewOf(second);
    expect(reviewId).toBeDefined();
    const own = await faculty.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "no-patient-information" }, `/review/${reviewId}`);
    expect(own.statusCode).toBe(403);
    const approved = await colleague.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "no-patient-information" }, `/review/${reviewId}`);
    expect(approved.statusCode).toBe(303);
    expect((await stateOf(second)).state).toBe("published");

    expect((await setPolicy("findings")).statusCode).toBe(303);
    const third = await publish(student, "Back to normal", "A clean post publishes at once again.");
    expect((await stateOf(third)).state).toBe("published");
  });
});
