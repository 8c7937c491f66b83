import type { FastifyReply, FastifyRequest } from "fastify";
import type { Role, User } from "../db/schema.ts";
import { forbidden } from "./errors.ts";

/** For page routes: the signed-in user, or a redirect to the sign-in page (returns undefined). */
export function signedInOrRedirect(request: FastifyRequest, reply: FastifyReply): User | undefined {
  if (request.viewer !== undefined) return request.viewer;
  const next = request.url.startsWith("/") && !request.url.startsWith("//") ? request.url : "/dashboard";
  void reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
  return undefined;
}

export function requireRole(user: User, ...roles: Role[]): void {
  if (!roles.includes(user.role)) throw forbidden(`This page is for ${roles.join(" or ")} accounts.`);
}

/** Only same-site relative paths are followed after sign-in. */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])/.test(next) ? next : "/dashboard";
}
