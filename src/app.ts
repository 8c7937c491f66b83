import formbody from "@fastify/formbody";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { userForAccessToken } from "./accounts/access-tokens.ts";
import { accountRoutes } from "./accounts/routes.ts";
import { accountSettingsRoutes } from "./accounts/settings-routes.ts";
import { apiPlugin } from "./api/plugin.ts";
import { moderationRoutes } from "./comments/moderation-routes.ts";
import { portfolioRoutes } from "./portfolio/routes.ts";
import { feedRoutes } from "./feeds/routes.ts";
import { reviewRoutes } from "./privacy/review-routes.ts";
import { editorRoutes } from "./web/editor.ts";
import { publicPageRoutes } from "./web/public-pages.ts";
import { federationPageRoutes } from "./web/federation-pages.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { repliesCollectionRoutes } from "./federation/replies-collection.ts";
import { userForSession } from "./accounts/sessions.ts";
import type { Config } from "./config.ts";
import type { Database, User } from "./db/schema.ts";
import { newSecret } from "./db/ids.ts";
import { readSettings, type InstanceSettings } from "./instance/settings.ts";
import { unreadCount } from "./notifications/notify.ts";
import { type PostsService, postsService } from "./posts/service.ts";
import { allowUrlDomain } from "./privacy/detector/index.ts";
import { createGate, type Gate } from "./privacy/gate.ts";
import type { RoundsFederation } from "./federation/context.ts";
import { mountFederation } from "./federation/fastify.ts";
import { createRoundsFederation, firstKnock } from "./federation/federation.ts";
import { KyselyKvStore } from "./federation/kv-store.ts";
import { deliveryKvKeys, deliveryLane, signatureSpecPrefix } from "./federation/lanes.ts";
import { KyselyMessageQueue, type KyselyMessageQueueOptions } from "./federation/message-queue.ts";
import { type PostEvents, federationPostEvents } from "./federation/publisher.ts";
import { DeliveryLoggingQueue } from "./federation/delivery-log.ts";
import { FirstAttemptSender } from "./federation/batch-delivery.ts";
import { csrfTokenFor, csrfTokenIsValid } from "./web/csrf.ts";
import { HttpError, errorCode } from "./web/errors.ts";
import { themeViews, type Views } from "./web/views.ts";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface Rounds {
  config: Config;
  db: Kysely<Database>;
  gate: Gate;
  posts: PostsService;
  /** What happens when a post's shown version changes (federation: Create/Update, Delete). */
  postEvents: PostEvents;
  views: Views;
  federation: RoundsFederation;
  /** The durable queue (deliveries); `startQueue` in server.ts makes this process work it. */
  queue: KyselyMessageQueue;
}

declare module "fastify" {
  interface FastifyInstance {
    rounds: Rounds;
  }
  interface FastifyRequest {
    viewer: User | undefined;
    /** How the viewer was identified: a session cookie (needs CSRF) or a bearer token. */
    authenticatedBy: "session" | "token" | undefined;
    /** What this browser's CSRF token is bound to: the session cookie, or an anonymous cookie. */
    csrfBinding: string | undefined;
  }
  interface FastifyReply {
    view(template: string, context?: Record<string, unknown>): Promise<FastifyReply>;
  }
}

export const sessionCookie = "rounds_session";
const anonymousCookie = "rounds_browser";

export interface AppOptions {
  config: Config;
  db: Kysely<Database>;
  logger?: boolean | object;
  /** Called when the app closes (closes the database). */
  onClose?: () => Promise<void>;
  queueOptions?: KyselyMessageQueueOptions;
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/");
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: 512 * 1024,
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true },
    // A field a schema does not know is refused (400), not silently dropped: a misspelt
    // "visibilty" must not quietly publish with the default visibility.
    ajv: { customOptions: { removeAdditional: false } },
  });
  // Links to this instance's own pages are not identifiers.
  allowUrlDomain(config.origin);
  const gate = createGate(config.secret);
  const viewsFor = themeViews(config.theme);
  const views = viewsFor(config.theme);
  // fedify remembers, per server, the signature standard that worked; an absent memo means firstKnock.
  const kv = new KyselyKvStore(db, { implicitValues: [{ prefix: [...signatureSpecPrefix], value: firstKnock }] });
  const queue = new KyselyMessageQueue(db, {
    leaseMs: config.queueLeaseMs,
    concurrency: config.queueConcurrency,
    laneOf: deliveryLane,
    // fedify reads each delivery's circuit-breaker state twice and its signature-spec memo once:
    // one query for the whole batch instead.
    onClaimed: (messages) => kv.prefetch(deliveryKvKeys(messages)),
    ...options.queueOptions,
  });
  // A fan-out's first attempts, batched (batch-delivery.ts): signed once per request with node:crypto,
  // POSTed over kept-alive connections; what they do not deliver goes on through fedify's path.
  const firstAttemptSender = new FirstAttemptSender({
    allowPrivateAddresses: config.allowPrivateAddresses,
    concurrency: 2 * config.queueConcurrency,
    userAgent: `Rounds/0.1.0 (+${config.origin})`,
  });
  const federation = createRoundsFederation({
    kv,
    queue: new DeliveryLoggingQueue(queue, db, {
      firstAttempts: { sender: firstAttemptSender, kv, spec: firstKnock },
      allowPrivateAddresses: config.allowPrivateAddresses,
    }),
    origin: config.origin,
    allowPrivateAddresses: config.allowPrivateAddresses,
  });
  const postEvents = federationPostEvents(federation, gate, config);
  const posts = postsService(db, gate, postEvents);
  app.decorate("rounds", { config, db, gate, posts, postEvents, views, federation, queue });
  // ActivityPub first: fedify answers its own requests before any other hook runs.
  mountFederation(app, federation, () => ({ db, gate, config }));
  app.decorateRequest("viewer", undefined);
  app.decorateRequest("authenticatedBy", undefined);
  app.decorateRequest("csrfBinding", undefined);

  app.addHook("onClose", () => firstAttemptSender.close());
  if (options.onClose) app.addHook("onClose", options.onClose);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.origin.startsWith("https:") ? [] : null,
      },
    },
    strictTransportSecurity: config.origin.startsWith("https:"),
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 512 * 1024 });
  // Static files of the theme in use (the admin may switch it), falling back to the default theme's.
  await app.register(fastifyStatic, { root: views.staticFolders, serve: false });
  app.get<{ Params: { "*": string } }>("/static/*", async (request, reply) => {
    const file = request.params["*"];
    if (!/^[\w.\-/]+$/.test(file) || file.includes("..")) return reply.callNotFound();
    const { theme } = await readSettings(db);
    for (const root of viewsFor(theme || config.theme).staticFolders) {
      if (existsSync(join(root, file))) return reply.sendFile(file, root, { maxAge: 3_600_000 });
    }
    return reply.callNotFound();
  });

  // Who is asking: a bearer token (API) or a session cookie (browser).
  app.addHook("onRequest", async (request, reply) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (match === null) throw new HttpError(401, "unauthorized", "The Authorization header must be 'Bearer <token>'.");
      const user = await userForAccessToken(db, match[1]!);
      if (user === undefined) throw new HttpError(401, "unauthorized", "This access token is not valid (revoked, mistyped or expired).");
      request.viewer = user;
      request.authenticatedBy = "token";
      return;
    }
    const session = request.cookies[sessionCookie];
    if (session !== undefined && session !== "") {
      const user = await userForSession(db, session);
      if (user !== undefined) {
        request.viewer = user;
        request.authenticatedBy = "session";
        request.csrfBinding = `session:${session}`;
        return;
      }
      reply.clearCookie(sessionCookie, { path: "/" });
    }
    let browser = request.cookies[anonymousCookie];
    if (browser === undefined || browser.length < 20) {
      browser = newSecret();
      reply.setCookie(anonymousCookie, browser, { path: "/", httpOnly: true, sameSite: "lax", secure: config.secureCookies });
    }
    request.csrfBinding = `browser:${browser}`;
  });

  // Every state-changing browser request carries a CSRF token bound to this browser.
  app.addHook("preHandler", async (request) => {
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
    if (request.authenticatedBy === "token") return;
    const token = isApiRequest(request)
      ? request.headers["x-csrf-token"]
      : (request.body as Record<string, unknown> | undefined)?._csrf;
    if (isApiRequest(request) && request.authenticatedBy === undefined) return; // the route will answer 401
    if (!csrfTokenIsValid(config.secret, request.csrfBinding, token)) {
      throw new HttpError(403, "csrf", "This form has expired or did not come from this site. Go back, reload the page and try again.");
    }
  });

  app.decorateReply("view", async function (this: FastifyReply, template: string, context: Record<string, unknown> = {}) {
    const request = this.request;
    const settings: InstanceSettings = await readSettings(db);
    const themed = viewsFor(settings.theme || config.theme);
    const unread = request.viewer ? await unreadCount(db, request.viewer.id) : 0;
    const html = themed.render(template, {
      instance: settings,
      unread,
      origin: config.origin,
      viewer: request.viewer,
      csrf: request.csrfBinding ? csrfTokenFor(config.secret, request.csrfBinding) : "",
      path: request.url,
      ...context,
    });
    return this.type("text/html; charset=utf-8").send(html);
  });

  app.setErrorHandler(async (error: FastifyError & { status?: number }, request, reply) => {
    let status = error.statusCode ?? error.status ?? 500;
    let message = error.message;
    let code = error instanceof HttpError ? error.code : errorCode(status);
    if (error.validation) {
      status = 400;
      code = "validation_failed";
      const where = error.validationContext === "querystring" ? "query string" : (error.validationContext ?? "request");
      message = `Invalid ${where}: ${error.message.replace(/^(body|querystring|params|headers)\/?\s*/, "")}`;
      // Name the field an unknown-property error is about (ajv keeps it in its params, not its message).
      const unknown = error.validation
        .map((issue) => (issue.params as { additionalProperty?: unknown } | undefined)?.additionalProperty)
        .filter((name): name is string => typeof name === "string");
      if (unknown.length > 0) message += ` (${unknown.map((name) => `"${name}"`).join(", ")} is not a field here)`;
    } else if (status >= 500 || typeof status !== "number") {
      request.log.error({ err: error }, "request failed");
      status = 500;
      code = "internal_error";
      message = "Something went wrong on our side. It has been logged; please try again.";
    }
    if (status === 429 && !reply.hasHeader("retry-after")) reply.header("retry-after", "900");
    reply.status(status);
    if (isApiRequest(request) || request.headers.accept?.includes("application/json")) {
      return reply.send({ error: code, message });
    }
    return reply.view("error.njk", { status, message, title: status === 404 ? "Not found" : "Something is not right" });
  });

  app.setNotFoundHandler(async (request, reply) => {
    reply.status(404);
    if (isApiRequest(request)) return reply.send({ error: "not_found", message: `No route ${request.method} ${request.url.split("?")[0]}.` });
    return reply.view("error.njk", { status: 404, title: "Not found", message: "There is nothing at this address." });
  });

  await app.register(accountRoutes);
  await app.register(accountSettingsRoutes);
  await app.register(publicPageRoutes);
  await app.register(editorRoutes);
  await app.register(feedRoutes);
  await app.register(reviewRoutes);
  await app.register(moderationRoutes);
  await app.register(federationPageRoutes);
  await app.register(notificationRoutes);
  await app.register(repliesCollectionRoutes);
  await app.register(apiPlugin);
  await app.register(portfolioRoutes);

  // Fastify answers HEAD for every GET route by itself.
  app.get("/healthz", async () => ({ ok: true }));

  return app;
}
