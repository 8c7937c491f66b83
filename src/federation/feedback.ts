import type { Context } from "@fedify/fedify";
import { Create, Mention, Note, PUBLIC_COLLECTION, isActor } from "@fedify/vocab";
import type { Kysely } from "kysely";
import { newId } from "../db/ids.ts";
import type { Database, User } from "../db/schema.ts";
import { audit } from "../instance/audit.ts";
import { renderMarkdown } from "../posts/markdown.ts";
import type { Finding } from "../privacy/detector/index.ts";
import { scanText } from "../privacy/detector/index.ts";
import type { FederationData } from "./context.ts";
import { FollowError } from "./follows.ts";
import { instant } from "./instant.ts";
import { withTransaction } from "./message-queue.ts";
import { rememberActor } from "./remote-actors.ts";

export class FeedbackHeldError extends Error {
  override name = "FeedbackHeldError";
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    super("Your reply seems to hold a patient identifier, so it was not sent. Rewrite it without names, dates, numbers or places and send it again.");
    this.findings = findings;
  }
}

/**
 * A mentor's reply to a remote post (usually from the reader): it passes the gate like any
 * comment, then federates as Create(Note) with inReplyTo, addressed to the post's author — and,
 * for a followers-only or direct post, to no one else.
 */
export async function sendFeedback(
  db: Kysely<Database>,
  context: (db: Kysely<Database>) => Context<FederationData>,
  user: User,
  inReplyTo: string,
  body: string,
): Promise<{ id: string; url: string; to: string; visibility: string }> {
  const text = body.trim();
  if (text === "") throw new FollowError("Write something first.", 400);
  // What the reply answers: a post in the user's reader, or any post the user can fetch.
  let target = await db.selectFrom("reader_items").select(["actor_id", "visibility"]).where("user_id", "=", user.id).where("object_id", "=", inReplyTo).executeTakeFirst();
  const ctx = context(db);
  if (target === undefined) {
    const loader = await ctx.getDocumentLoader({ identifier: user.handle });
    const object = await ctx.lookupObject(inReplyTo, { documentLoader: loader }).catch(() => null);
    if (object === null || !(object instanceof Note || "attributionId" in object) || object.id === null) {
      throw new FollowError("That post could not be found. Reply from your reader, or give the post's address.", 404);
    }
    const attributed = (object as Note).attributionId;
    if (attributed === null) throw new FollowError("That post has no author to reply to.", 422);
    const actor = await ctx.lookupObject(attributed, { documentLoader: loader });
    if (!isActor(actor)) throw new FollowError("That post's author could not be found.", 404);
    const actorId = await rememberActor(db, actor);
    if (actorId === undefined) throw new FollowError("That post's author has no inbox.", 422);
    const to = (object as Note).toIds.map((u) => u.href);
    target = { actor_id: actorId, visibility: to.includes(PUBLIC_COLLECTION.href) ? "public" : "followers" };
  }
  const author = await db.selectFrom("remote_actors").select(["id", "handle", "name", "inbox"]).where("id", "=", target.actor_id).executeTakeFirstOrThrow();
  const findings = scanText(text, "reply", { nonPatientNames: [user.handle, user.display_name, author.name ?? "", (author.handle ?? "").split("@")[0] ?? ""].filter((n) => n !== "") });
  if (findings.length > 0) throw new FeedbackHeldError(findings);

  const id = newId();
  const me = ctx.getActorUri(user.handle);
  const noteId = new URL(`${me.href}/replies/${id}`);
  const mention = author.handle ? `@${author.handle}` : author.id;
  const html = `<p><span class="h-card"><a href="${escapeAttr(author.id)}" class="u-url mention">${escapeHtml(mention)}</a></span></p>${renderMarkdown(text)}`;
  const isPublic = target.visibility === "public" || target.visibility === "unlisted";
  const note = new Note({
    id: noteId,
    attribution: me,
    replyTarget: new URL(inReplyTo),
    content: html,
    tos: [new URL(author.id)],
    ccs: isPublic ? [PUBLIC_COLLECTION] : [],
    tags: [new Mention({ href: new URL(author.id), name: mention })],
    published: instant(new Date()),
  });
  const create = new Create({ id: new URL(`${noteId.href}/activity`), actor: me, object: note, tos: note.toIds, ccs: note.ccIds, published: note.published });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("sent_replies").values({ id, user_id: user.id, in_reply_to: inReplyTo, to_actor: author.id, body: text, visibility: isPublic ? "public" : "direct" }).execute();
    await audit(trx, { actorId: user.id, action: "feedback.sent", subjectType: "reply", subjectId: id, details: { inReplyTo, to: author.id } });
    await withTransaction(trx, () =>
      context(trx).sendActivity({ identifier: user.handle }, { id: new URL(author.id), inboxId: new URL(author.inbox), endpoints: null }, create, { preferSharedInbox: false }),
    );
  });
  return { id, url: noteId.href, to: author.id, visibility: isPublic ? "public" : "direct" };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeAttr(text: string): string {
  return escapeHtml(text);
}
