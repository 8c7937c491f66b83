import type { FastifyInstance } from "fastify";
import { blockDomain, listDomainBlocks, listReports, normaliseHost, resolveReport, unblockDomain } from "../federation/admin.ts";
import { changeAccountSettings } from "../accounts/account-settings.ts";
import { federationActorUpdates } from "../federation/actor-updates.ts";
import { FollowError, decideFollow, listFollowRequests, setMentor } from "../federation/follows.ts";
import { followRemote, listFollowing, readerOf, unfollowRemote } from "../federation/following.ts";
import { localUser } from "../federation/queries.ts";
import { RemoteFollowError, authorizeInteractionPath, followTargetOf, remoteFollowUrl } from "../federation/remote-follow.ts";
import { contextFactory } from "../federation/service.ts";
import { FeedbackHeldError, sendFeedback } from "../federation/feedback.ts";
import { writeSettings } from "../instance/settings.ts";
import { HttpError } from "./errors.ts";
import { requireRole, signedInOrRedirect } from "./guards.ts";

function asHttp(error: unknown): never {
  if (error instanceof FollowError) throw new HttpError(error.status, "follow", error.message);
  throw error;
}

/** Followers (requests and approvals), following, the reader, and the admin's federation controls. */
export async function federationPageRoutes(app: FastifyInstance): Promise<void> {
  const { db, federation, gate, config } = app.rounds;
  const context = contextFactory(federation, gate, config);
  const actorChanged = federationActorUpdates(federation, gate, config);
  const host = new URL(config.origin).host;

  app.get("/followers", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return reply.view("followers.njk", {
      title: "Followers",
      requests: await listFollowRequests(db, user.id, "pending"),
      followers: await listFollowRequests(db, user.id, "accepted"),
      autoApprove: user.auto_approve_followers,
      address: `@${user.handle}@${host}`,
    });
  });

  app.post<{ Params: { id: string }; Body: { decision: "accept" | "reject" } }>("/followers/:id", {
    schema: { body: { type: "object", required: ["decision", "_csrf"], properties: { decision: { type: "string", enum: ["accept", "reject"] }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await decideFollow(db, context, user, request.params.id, request.body.decision).catch(asHttp);
    return reply.redirect("/followers", 303);
  });

  app.post<{ Params: { id: string }; Body: { mentor: "on" | "off" } }>("/followers/:id/mentor", {
    schema: { body: { type: "object", required: ["mentor", "_csrf"], properties: { mentor: { type: "string", enum: ["on", "off"] }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await setMentor(db, user, request.params.id, request.body.mentor === "on").catch(asHttp);
    return reply.redirect("/followers", 303);
  });

  app.post<{ Body: { auto_approve?: string } }>("/followers/settings", {
    schema: { body: { type: "object", required: ["_csrf"], properties: { auto_approve: { type: "string" }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await changeAccountSettings(db, user.id, { autoApproveFollowers: request.body.auto_approve === "on" }, actorChanged);
    return reply.redirect("/followers", 303);
  });

  app.get("/following", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return reply.view("following.njk", { title: "Following", following: await listFollowing(db, user.id) });
  });

  // Our subscribe template (WebFinger): another server sends its visitor here to follow `uri`.
  // Signed in, they see the follow form filled in, and follow with one press (never a GET that acts).
  app.get<{ Querystring: { uri?: string } }>(authorizeInteractionPath, {
    schema: { querystring: { type: "object", properties: { uri: { type: "string", maxLength: 500 } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const handle = followTargetOf(request.query.uri ?? "");
    if (handle === undefined) {
      reply.status(400);
      return reply.view("following.njk", { title: "Following", following: await listFollowing(db, user.id), error: "The link that brought you here names no account to follow (it needs ?uri= with a handle or a profile address)." });
    }
    return reply.view("following.njk", { title: "Following", following: await listFollowing(db, user.id), handle, confirm: true });
  });

  app.post<{ Body: { handle: string } }>("/following", {
    schema: { body: { type: "object", required: ["handle", "_csrf"], properties: { handle: { type: "string", minLength: 3, maxLength: 500 }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    try {
      await followRemote(db, context, user, request.body.handle);
    } catch (error) {
      if (!(error instanceof FollowError)) throw error;
      reply.status(error.status);
      return reply.view("following.njk", { title: "Following", following: await listFollowing(db, user.id), error: error.message, handle: request.body.handle });
    }
    return reply.redirect("/following", 303);
  });

  app.post<{ Params: { id: string } }>("/following/:id/delete", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    await unfollowRemote(db, context, user, request.params.id).catch(asHttp);
    return reply.redirect("/following", 303);
  });

  app.get<{ Querystring: { before?: string; sent?: string } }>("/reader", {
    schema: { querystring: { type: "object", properties: { before: { type: "string", format: "date-time" }, sent: { type: "string", maxLength: 40 } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const items = await readerOf(db, user.id, request.query.before ? new Date(request.query.before) : undefined, 20);
    const requested = request.query.before ? [] : await readerOf(db, user.id, undefined, 20, { feedbackRequested: true });
    const last = items[items.length - 1];
    return reply.view("reader.njk", {
      title: "Reader", items, requested, sent: request.query.sent,
      older: items.length === 20 && last ? `/reader?before=${encodeURIComponent(last.received_at.toISOString())}` : undefined,
    });
  });

  // "Follow from your server": ask the visitor's own server for its subscribe page (WebFinger's
  // OStatus subscribe template), and send them there with this account's actor URI.
  app.post<{ Params: { handle: string }; Body: { account: string } }>("/users/:handle/remote-follow", {
    schema: { body: { type: "object", required: ["account", "_csrf"], properties: { account: { type: "string", maxLength: 300 }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const target = await localUser(db, request.params.handle.toLowerCase());
    if (target === undefined) throw new HttpError(404, "not_found", "There is no one here by that handle.");
    try {
      return reply.redirect(await remoteFollowUrl(context(db), request.body.account, target.handle), 303);
    } catch (error) {
      if (!(error instanceof RemoteFollowError)) throw error;
      // Rendered here: the error handler would hide a 502's message as our own failure.
      reply.status(error.status);
      return reply.view("error.njk", { status: error.status, title: "Could not follow from your server", message: error.message, back: { href: `/users/${target.handle}`, label: `Back to ${target.display_name}` } });
    }
  });

  app.post<{ Params: { id: string }; Body: { body: string } }>("/reader/:id/reply", {
    schema: { body: { type: "object", required: ["body", "_csrf"], properties: { body: { type: "string", minLength: 1, maxLength: 5000 }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const item = await db.selectFrom("reader_items").select(["object_id"]).where("id", "=", request.params.id).where("user_id", "=", user.id).executeTakeFirst();
    if (item === undefined) throw new HttpError(404, "not_found", "That post is not in your reader.");
    try {
      await sendFeedback(db, context, user, item.object_id, request.body.body);
    } catch (error) {
      if (error instanceof FeedbackHeldError) {
        reply.status(422);
        const items = await readerOf(db, user.id, undefined, 20);
        return reply.view("reader.njk", { title: "Reader", items, heldReply: { itemId: request.params.id, body: request.body.body, findings: error.findings, message: error.message } });
      }
      asHttp(error);
    }
    return reply.redirect(`/reader?sent=${encodeURIComponent(request.params.id)}#item-${request.params.id}`, 303);
  });

  app.get("/admin/federation", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    return reply.view("admin-federation.njk", { title: "Federation", blocks: await listDomainBlocks(db), reports: await listReports(db) });
  });

  app.post<{ Body: { host: string; reason?: string } }>("/admin/domain-blocks", {
    schema: { body: { type: "object", required: ["host", "_csrf"], properties: { host: { type: "string", maxLength: 300 }, reason: { type: "string", maxLength: 500 }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    const blocked = normaliseHost(request.body.host);
    if (blocked === undefined) throw new HttpError(422, "invalid_host", "Give a server's host name, such as mastodon.example or https://mastodon.example.");
    await blockDomain(db, user, blocked, (request.body.reason ?? "").trim());
    return reply.redirect("/admin/federation", 303);
  });

  app.post<{ Params: { host: string } }>("/admin/domain-blocks/:host/delete", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    await unblockDomain(db, user, request.params.host);
    return reply.redirect("/admin/federation", 303);
  });

  app.post<{ Params: { id: string } }>("/admin/reports/:id/resolve", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    await resolveReport(db, user, request.params.id);
    return reply.redirect("/admin/federation", 303);
  });

  app.post<{ Body: { federation_object_type: "Article" | "Note" } }>("/admin/federation/settings", {
    schema: { body: { type: "object", required: ["federation_object_type", "_csrf"], properties: { federation_object_type: { type: "string", enum: ["Article", "Note"] }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    await writeSettings(db, { federationObjectType: request.body.federation_object_type });
    return reply.redirect("/admin/federation", 303);
  });
}
