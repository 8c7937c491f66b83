import type { FastifyInstance } from "fastify";
import { federationActorUpdates } from "../federation/actor-updates.ts";
import { readSettings } from "../instance/settings.ts";
import { signedInOrRedirect } from "../web/guards.ts";
import type { User } from "../db/schema.ts";
import { accountSettingsOf, changeAccountSettings, mayOptIntoDiscovery } from "./account-settings.ts";
import { AccountError } from "./users.ts";

/** The account's own settings page: for now, whether the account may be found (discovery). */
export async function accountSettingsRoutes(app: FastifyInstance): Promise<void> {
  const { db, federation, gate, config } = app.rounds;
  const actorChanged = federationActorUpdates(federation, gate, config);

  async function page(user: User, extra: Record<string, unknown> = {}) {
    return {
      title: "Account settings",
      settings: accountSettingsOf(user),
      discoveryAllowed: mayOptIntoDiscovery(user, await readSettings(db)),
      ...extra,
    };
  }

  app.get<{ Querystring: { saved?: string } }>("/settings", {
    schema: { querystring: { type: "object", properties: { saved: { type: "string", maxLength: 20 } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return reply.view("settings.njk", await page(user, { saved: request.query.saved === "1" }));
  });

  app.post<{ Body: { discoverable?: string; indexable?: string } }>("/settings/discovery", {
    schema: {
      body: {
        type: "object",
        required: ["_csrf"],
        properties: { discoverable: { type: "string", maxLength: 10 }, indexable: { type: "string", maxLength: 10 }, _csrf: { type: "string" } },
      },
    },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const changes = { discoverable: request.body.discoverable === "on", indexable: request.body.indexable === "on" };
    try {
      await changeAccountSettings(db, user.id, changes, actorChanged);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      reply.status(error.status);
      return reply.view("settings.njk", await page(user, { error: error.message }));
    }
    return reply.redirect("/settings?saved=1", 303);
  });
}
