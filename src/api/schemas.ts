export const errorSchema = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" } },
} as const;

/**
 * A JSON boolean and nothing else, for request bodies. Fastify's validator coerces values to a
 * declared `type` ("true", 1 and null would pass as booleans); an `enum` without a `type` is
 * checked as sent. (Query strings are text: they keep `type: "boolean"`.)
 */
export const strictBoolean = (description: string, extra: { default?: boolean } = {}) => ({ enum: [true, false], description, ...extra });
