import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type TestApp, testApp } from "./helpers/app.ts";

let t: TestApp;
let student: Browser;
let faculty: Browser;

beforeAll(async () => {
  t = await testApp();
  await t.user("lena", "student");
  await t.user("dr_mensah", "faculty");
  student = t.browser();
  faculty = t.browser();
  await student.signIn("lena");
  await faculty.signIn("dr_mensah");
});
afterAll(async () => {
  await t?.close();
});

async function heldPost(title: string, body: string): Promise<string> {
  const saved = await student.submit("/posts", {
    title, body, visibility: "public", reflection: "free", consent_basis: "no-patient-information", action: "publish",
  }, "/posts/new");
  const id = /\/posts\/([0-9a-z]+)\/edit/.exec(saved.headers.location ?? "")?.[1];
  if (!id) throw new Error(`expected a held post, got ${saved.headers.location}`);
  return id;
}

describe("faculty review of held posts", () => {
  it("lets the author ask for review with consent, and a faculty reviewer approve that exact version with the reference recorded", async () => {
    const id = await heldPost("A case I presented with consent", "With his agreement I describe the patient on 07700 900777 who taught me about COPD.");
    const asked = await student.submit(`/posts/${id}/review`, { consent_basis: "patient-consent", consent_reference: "CF-2026-014, clinical governance office", note: "He asked me to share it." }, `/posts/${id}/edit`);
    expect(asked.statusCode).toBe(303);
    expect((await student.get(`/posts/${id}/edit`)).body).toContain("Sent for review");

    const queue = await faculty.get("/review");
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain("The check found possible identifiers");
    const reviewId = /href="\/review\/([0-9a-z]+)"/.exec(queue.body)?.[1];
    expect(reviewId).toBeDefined();
    const review = await faculty.get(`/review/${reviewId}`);
    expect(review.body).toMatch(/<mark>07700 900777<\/mark>/);
    expect(review.body).toContain("CF-2026-014, clinical governance office");
    expect(review.body).toContain("He asked me to share it.");

    expect((await t.browser().get(`/users/lena/posts/${id}`)).statusCode).toBe(404);
    const approved = await faculty.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "patient-consent", consent_reference: "CF-2026-014, clinical governance office" }, `/review/${reviewId}`);
    expect(approved.statusCode).toBe(303);
    const page = await t.browser().get(`/users/lena/posts/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("taught me about COPD");

    const events = await t.database.db.selectFrom("audit_events").selectAll().where("subject_id", "=", id).where("action", "=", "review.approved").execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ consent: { basis: "patient-consent", reference: "CF-2026-014, clinical governance office" } });
    expect(JSON.stringify(events[0]!.details)).not.toContain("07700");
  });

  it("lets a reviewer return a post with a comment the author then sees, and it stays hidden", async () => {
    const id = await heldPost("Night shift", "Mrs Jones in bed 4 called me at 3am; her number is 07700 900888.");
    await student.submit(`/posts/${id}/review`, { consent_basis: "fictionalised" }, `/posts/${id}/edit`);
    const reviewId = (await t.database.db.selectFrom("reviews").select("id").where("post_id", "=", id).executeTakeFirstOrThrow()).id;
    const returned = await faculty.submit(`/review/${reviewId}`, { decision: "returned", comment: "Take out the phone number and the bed." }, `/review/${reviewId}`);
    expect(returned.statusCode).toBe(303);
    expect((await student.get(`/posts/${id}/edit`)).body).toContain("Take out the phone number and the bed.");
    expect((await t.browser().get(`/users/lena/posts/${id}`)).statusCode).toBe(404);
    const events = await t.database.db.selectFrom("audit_events").select("action").where("subject_id", "=", id).execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["gate.held", "review.requested", "review.returned"]));
  });

  it("refuses to approve a version the author has changed since asking", async () => {
    const id = await heldPost("Changing", "Call 07700 900999 please.");
    await student.submit(`/posts/${id}/review`, { consent_basis: "fictionalised" }, `/posts/${id}/edit`);
    const reviewId = (await t.database.db.selectFrom("reviews").select("id").where("post_id", "=", id).executeTakeFirstOrThrow()).id;
    await student.submit(`/posts/${id}`, { title: "Changing", body: "Call 07700 900999 please, or 07700 900998.", visibility: "public", reflection: "free", action: "save" }, `/posts/${id}/edit`);
    const approved = await faculty.submit(`/review/${reviewId}`, { decision: "approved", consent_basis: "fictionalised" }, `/review/${reviewId}`);
    expect(approved.statusCode).toBe(409);
    expect(approved.body).toContain("changed or deleted the post since asking");
    expect((await t.browser().get(`/users/lena/posts/${id}`)).statusCode).toBe(404);
  });

  it("keeps students out of the review queue", async () => {
    const page = await student.get("/review");
    expect(page.statusCode).toBe(403);
  });

  it("requires a consent basis other than 'no patient information' to ask for review", async () => {
    const id = await heldPost("No basis", "Ring 07700 900111.");
    const refused = await student.submit(`/posts/${id}/review`, { consent_basis: "no-patient-information" }, `/posts/${id}/edit`);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain("patient consent");
  });
});

describe("moderation of held comments", () => {
  it("shows the post's author a held comment with its findings, and releases or removes it", async () => {
    const saved = await student.submit("/posts", {
      title: "Open to comments", body: "A reflection on communication.", visibility: "public", reflection: "free", consent_basis: "no-patient-information", action: "publish",
    }, "/posts/new");
    const url = saved.headers.location!;
    await t.user("femi");
    const peer = t.browser();
    await peer.signIn("femi");
    await peer.submit(`${url}/comments`, { body: "Was it the lady on 07700 900321?" }, url);
    await peer.submit(`${url}/comments`, { body: "You can reach me at 07700 900555 to talk about the exam." }, url);
    const queue = await student.get("/moderation");
    expect(queue.body).toMatch(/<mark[^>]*>07700 900321<\/mark>/);
    const ids = [...queue.body.matchAll(/action="\/moderation\/comments\/([0-9a-z]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    expect((await student.submit(`/moderation/comments/${ids[0]}`, { decision: "remove" }, "/moderation")).statusCode).toBe(303);
    expect((await student.submit(`/moderation/comments/${ids[1]}`, { decision: "release" }, "/moderation")).statusCode).toBe(303);
    const page = await t.browser().get(url);
    expect(page.body).not.toContain("07700 900321");
    expect(page.body).toContain("to talk about the exam");
    const actions = (await t.database.db.selectFrom("audit_events").select("action").where("subject_id", "in", ids).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["comment.removed", "comment.released"]));
  });

  it("does not let another student moderate comments on someone else's post", async () => {
    const row = await t.database.db.selectFrom("comments").select("id").where("state", "=", "removed").executeTakeFirstOrThrow();
    const other = t.browser();
    await t.user("ivan");
    await other.signIn("ivan");
    const response = await other.submit(`/moderation/comments/${row.id}`, { decision: "release" }, "/moderation");
    expect(response.statusCode).toBe(403);
  });
});
