import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { accountApiRoutes } from "./me.ts";
import { postApiRoutes } from "./posts.ts";
import { federationApiRoutes } from "./federation.ts";

/** /api/v1, documented as OpenAPI at /api/docs (UI) and /api/docs/json. */
async function api(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    hideUntagged: true,
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Rounds API",
        version: "1",
        description: "Reflective posts through the privacy gate. Authenticate with a personal access token: `Authorization: Bearer <token>`.",
      },
      servers: [{ url: app.rounds.config.origin }],
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  await app.register(postApiRoutes);
  await app.register(accountApiRoutes);
  await app.register(federationApiRoutes);
}

export const apiPlugin = fp(api, { name: "rounds-api" });
