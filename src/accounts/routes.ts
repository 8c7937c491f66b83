import type { FastifyInstance, FastifyReply } from "fastify";
import { sessionCookie } from "../app.ts";
import { createInvitation, findOpenInvitation, acceptInvitation, listInvitations } from "../accounts/invitations.ts";
import { createAccessToken, listAccessTokens, revokeAccessToken } from "./access-tokens.ts";
import { endSession, sessionLifetimeMs, startSession } from "./sessions.ts";
import { completeSetup, setupTokenIsValid } from "./setup.ts";
import { signIn } from "./sign-in.ts";
import { AccountError, createUser, handlePattern, listUsers, roles } from "./users.ts";
import { changeUser } from "./admin-users.ts";
import { installedThemes } from "../web/views.ts";
import { audit } from "../instance/audit.ts";
import { type ReviewPolicy, readSettings, reviewPolicies, writeSettings } from "../instance/settings.ts";
import type { Role, User } from "../db/schema.ts";
import { requireRole, safeNext, signedInOrRedirect } from "../web/guards.ts";
import { HttpError, notFound } from "../web/errors.ts";
import { federationActorUpdates } from "../federation/actor-updates.ts";
import { optedInStudents } from "./account-settings.ts";
import { visibilities } from "../posts/input.ts";

const accountForm = {
  type: "object",
  required: ["handle", "password", "_csrf"],
  properties: {
    handle: { type: "string", maxLength: 64 },
    password: { type: "string", maxLength: 1024 },
    display_name: { type: "string", maxLength: 100 },
    _csrf: { type: "string" },
  },
} as const;

interface AccountForm {
  handle: string;
  password: string;
  display_name?: string;
}

export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, federation, gate } = app.rounds;
  const actorChanged = federationActorUpdates(federation, gate, config);

  async function adminPage() {
    const settings = await readSettings(db);
    return {
      title: "Administration",
      users: await listUsers(db),
      invitations: await listInvitations(db),
      settings,
      roles,
      visibilities,
      reviewPolicyChoices: [
        { value: "findings", label: "Only posts the privacy check holds" },
        { value: "students", label: "Every post by a student, and posts the check holds" },
        { value: "everyone", label: "Every post, by anyone" },
      ] satisfies { value: ReviewPolicy; label: string }[],
      themes: installedThemes(),
      currentTheme: settings.theme || config.theme,
    };
  }

  async function startBrowserSession(reply: FastifyReply, user: User, next: string) {
    const secret = await startSession(db, user.id);
    reply.setCookie(sessionCookie, secret, {
      path: "/", httpOnly: true, sameSite: "lax", secure: config.secureCookies, maxAge: Math.floor(sessionLifetimeMs / 1000),
    });
    return reply.redirect(next, 303);
  }

  app.get<{ Querystring: { next?: string } }>("/sign-in", {
    schema: { querystring: { type: "object", properties: { next: { type: "string", maxLength: 500 } } } },
  }, async (request, reply) => {
    if (request.viewer) return reply.redirect(safeNext(request.query.next), 303);
    const settings = await readSettings(db);
    return reply.view("sign-in.njk", { title: "Sign in", next: safeNext(request.query.next), openSignup: settings.openSignup });
  });

  app.post<{ Body: { handle: string; password: string; next?: string } }>("/sign-in", {
    schema: {
      body: {
        type: "object",
        required: ["handle", "password", "_csrf"],
        properties: { handle: { type: "string", maxLength: 64 }, password: { type: "string", maxLength: 1024 }, next: { type: "string", maxLength: 500 }, _csrf: { type: "string" } },
      },
    },
  }, async (request, reply) => {
    const { handle, password } = request.body;
    const next = safeNext(request.body.next);
    const result = await signIn(db, handle, password, request.ip);
    if (!result.ok) {
      const rateLimited = result.reason === "rate-limited";
      if (rateLimited) reply.header("retry-after", String(result.retryAfterSeconds));
      reply.status(rateLimited ? 429 : 401);
      return reply.view("sign-in.njk", {
        title: "Sign in",
        next,
        handle,
        error: rateLimited
          ? "Too many failed attempts. Wait 15 minutes, then try again."
          : "That handle and password do not match an account.",
      });
    }
    request.log.info({ userId: result.user.id }, "signed in");
    return await startBrowserSession(reply, result.user, next);
  });

  app.post("/sign-out", async (request, reply) => {
    const secret = request.cookies[sessionCookie];
    if (secret) await endSession(db, secret);
    reply.clearCookie(sessionCookie, { path: "/" });
    return reply.redirect("/", 303);
  });

  // First-run setup: a one-time link printed in the server's console creates the first admin.
  app.get<{ Params: { token: string } }>("/setup/:token", async (request, reply) => {
    if (!(await setupTokenIsValid(db, request.params.token))) throw notFound("This setup link is not valid: the instance is already set up, or the server has restarted (look for the new link in its console).");
    return reply.view("account-form.njk", { title: "Create the first administrator", action: `/setup/${request.params.token}`, role: "admin", handlePattern });
  });

  app.post<{ Params: { token: string }; Body: AccountForm }>("/setup/:token", { schema: { body: accountForm } }, async (request, reply) => {
    try {
      const user = await completeSetup(db, request.params.token, { handle: request.body.handle, password: request.body.password, displayName: request.body.display_name });
      await audit(db, { actorId: user.id, action: "instance.setup", subjectType: "user", subjectId: user.id });
      return await startBrowserSession(reply, user, "/dashboard");
    } catch (error) {
      if (!(error instanceof AccountError) || error.status === 410) throw error;
      reply.status(error.status);
      return reply.view("account-form.njk", { title: "Create the first administrator", action: `/setup/${request.params.token}`, role: "admin", handlePattern, error: error.message, form: request.body });
    }
  });

  // Invitations: an admin creates a link; whoever opens it chooses a handle and password.
  app.get<{ Params: { token: string } }>("/invitations/:token", async (request, reply) => {
    const invitation = await findOpenInvitation(db, request.params.token);
    if (invitation === undefined) throw notFound("This invitation link has expired or was already used. Ask your administrator for a new one.");
    return reply.view("account-form.njk", { title: "Join", action: `/invitations/${request.params.token}`, role: invitation.role, handlePattern });
  });

  app.post<{ Params: { token: string }; Body: AccountForm }>("/invitations/:token", { schema: { body: accountForm } }, async (request, reply) => {
    try {
      const user = await acceptInvitation(db, request.params.token, { handle: request.body.handle, password: request.body.password, displayName: request.body.display_name });
      await audit(db, { actorId: user.id, action: "invitation.accepted", subjectType: "user", subjectId: user.id, details: { role: user.role } });
      return await startBrowserSession(reply, user, "/dashboard");
    } catch (error) {
      if (!(error instanceof AccountError) || error.status === 410) throw error;
      reply.status(error.status);
      return reply.view("account-form.njk", { title: "Join", action: `/invitations/${request.params.token}`, handlePattern, error: error.message, form: request.body });
    }
  });

  // Open sign-up, when the instance allows it: student accounts only.
  app.get("/sign-up", async (_request, reply) => {
    if (!(await readSettings(db)).openSignup) throw notFound("This instance does not take open sign-ups. Ask an administrator for an invitation.");
    return reply.view("account-form.njk", { title: "Create an account", action: "/sign-up", role: "student", handlePattern });
  });

  app.post<{ Body: AccountForm }>("/sign-up", { schema: { body: accountForm } }, async (request, reply) => {
    if (!(await readSettings(db)).openSignup) throw notFound("This instance does not take open sign-ups.");
    try {
      const user = await createUser(db, { handle: request.body.handle, password: request.body.password, displayName: request.body.display_name, role: "student" });
      await audit(db, { actorId: user.id, action: "user.signed-up", subjectType: "user", subjectId: user.id });
      return await startBrowserSession(reply, user, "/dashboard");
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      reply.status(error.status);
      return reply.view("account-form.njk", { title: "Create an account", action: "/sign-up", handlePattern, error: error.message, form: request.body });
    }
  });

  // Personal access tokens, from the web too.
  app.get("/settings/tokens", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return reply.view("tokens.njk", { title: "Access tokens", tokens: await listAccessTokens(db, user.id) });
  });

  app.post<{ Body: { name: string } }>("/settings/tokens", {
    schema: { body: { type: "object", required: ["name", "_csrf"], properties: { name: { type: "string", minLength: 1, maxLength: 100 }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const issued = await createAccessToken(db, user.id, request.body.name.trim() || "token");
    await audit(db, { actorId: user.id, action: "token.created", subjectType: "access_token", subjectId: issued.id });
    return reply.view("tokens.njk", { title: "Access tokens", tokens: await listAccessTokens(db, user.id), newToken: issued.token });
  });

  app.post<{ Params: { id: string } }>("/settings/tokens/:id/revoke", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    if (!(await revokeAccessToken(db, user.id, request.params.id))) throw notFound("No such token.");
    await audit(db, { actorId: user.id, action: "token.revoked", subjectType: "access_token", subjectId: request.params.id });
    return reply.redirect("/settings/tokens", 303);
  });

  // Administration: invitations, users, instance settings.
  app.get("/admin", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    return reply.view("admin.njk", await adminPage());
  });

  app.get("/admin/users", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    return reply.view("admin-users.njk", { title: "Accounts", users: await listUsers(db), roles });
  });

  app.post<{ Params: { id: string }; Body: { role?: Role; action?: "disable" | "enable" } }>("/admin/users/:id", {
    schema: {
      body: {
        type: "object", required: ["_csrf"],
        properties: { role: { type: "string", enum: roles }, action: { type: "string", enum: ["disable", "enable"] }, _csrf: { type: "string" } },
      },
    },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    try {
      await changeUser(db, user, request.params.id, {
        role: request.body.role,
        disabled: request.body.action === undefined ? undefined : request.body.action === "disable",
      }, actorChanged);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      reply.status(error.status);
      return reply.view("admin-users.njk", { title: "Accounts", users: await listUsers(db), roles, error: error.message });
    }
    return reply.redirect("/admin/users", 303);
  });

  app.post<{ Body: { role: Role } }>("/admin/invitations", {
    schema: { body: { type: "object", required: ["role", "_csrf"], properties: { role: { type: "string", enum: roles }, _csrf: { type: "string" } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    const invitation = await createInvitation(db, user.id, request.body.role);
    await audit(db, { actorId: user.id, action: "invitation.created", subjectType: "invitation", subjectId: invitation.id, details: { role: request.body.role } });
    return reply.view("admin.njk", { ...(await adminPage()), invitationLink: `${config.origin}/invitations/${invitation.token}` });
  });

  app.post<{ Body: { name: string; description: string; open_signup?: string; student_discovery?: string; default_visibility: string; review_policy?: ReviewPolicy; theme?: string } }>("/admin/settings", {
    schema: {
      body: {
        type: "object",
        required: ["name", "default_visibility", "_csrf"],
        properties: {
          name: { type: "string", minLength: 1, maxLength: 100 },
          description: { type: "string", maxLength: 500 },
          open_signup: { type: "string" },
          student_discovery: { type: "string" },
          default_visibility: { type: "string", enum: visibilities },
          review_policy: { type: "string", enum: reviewPolicies },
          theme: { type: "string", maxLength: 100 },
          _csrf: { type: "string" },
        },
      },
    },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    requireRole(user, "admin");
    const { theme } = request.body;
    if (theme !== undefined && !installedThemes().includes(theme)) {
      throw new HttpError(400, "unknown_theme", `There is no theme "${theme}" on this server: choose one of ${installedThemes().join(", ")}.`);
    }
    const changes = {
      name: request.body.name.trim(),
      description: (request.body.description ?? "").trim(),
      openSignup: request.body.open_signup === "on",
      studentDiscoveryAllowed: request.body.student_discovery === "on",
      defaultVisibility: request.body.default_visibility as (typeof visibilities)[number],
      ...(request.body.review_policy !== undefined ? { reviewPolicy: request.body.review_policy } : {}),
      ...(theme !== undefined ? { theme } : {}),
    };
    await db.transaction().execute(async (trx) => {
      const before = await readSettings(trx);
      await writeSettings(trx, changes);
      await audit(trx, { actorId: user.id, action: "instance.settings-changed", subjectType: "instance", subjectId: "settings", details: changes });
      // Students who opted into discovery are listed, or stop being listed: tell their followers.
      if (changes.studentDiscoveryAllowed !== before.studentDiscoveryAllowed) {
        for (const handle of await optedInStudents(trx)) await actorChanged(trx, handle);
      }
    });
    return reply.redirect("/admin", 303);
  });
}
