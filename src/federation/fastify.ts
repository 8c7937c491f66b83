import { Readable, Transform } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FederationData, RoundsFederation } from "./context.ts";

/** Paths fedify may answer; everything else goes straight to Fastify's routes. */
const federatedPath = /^\/(\.well-known\/(webfinger|nodeinfo|host-meta)|nodeinfo\/|inbox(\/|$|\?)|users\/[^/?]+(\/(inbox|outbox|followers|featured|posts\/[^/?]+))?\/?(\?|$))/;

const inboxBodyLimit = 1024 * 1024;

function bodyStream(request: FastifyRequest): ReadableStream<Uint8Array> {
  let received = 0;
  const limited = request.raw.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > inboxBodyLimit) callback(new Error("The request body is too large."));
        else callback(null, chunk);
      },
    }),
  );
  return Readable.toWeb(limited) as ReadableStream<Uint8Array>;
}

/**
 * fedify inside Fastify: an onRequest hook hands ActivityPub requests to `federation.fetch`
 * (fedify reads the exact body bytes to check the digest), falls through to the HTML routes when
 * fedify has no route or the client wants HTML (same URL, `Vary: Accept`), and otherwise sends
 * fedify's Response.
 */
export function mountFederation(app: FastifyInstance, federation: RoundsFederation, data: () => FederationData): void {
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!federatedPath.test(request.url)) return;
    const method = request.method === "HEAD" ? "GET" : request.method;
    if (method !== "GET" && method !== "POST") return;
    const url = `${request.protocol}://${request.headers.host ?? "localhost"}${request.url}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const webRequest = new Request(url, {
      method,
      headers,
      ...(method === "POST" ? { body: bodyStream(request), duplex: "half" } : {}),
    } as RequestInit);
    let fallThrough = false;
    const response = await federation.fetch(webRequest, {
      contextData: { ...data(), log: request.log },
      onNotFound: async () => {
        fallThrough = true;
        return new Response(null, { status: 404 });
      },
      onNotAcceptable: async () => {
        fallThrough = true;
        return new Response(null, { status: 406 });
      },
    });
    if (fallThrough) {
      reply.header("vary", "Accept");
      return;
    }
    reply.status(response.status);
    response.headers.forEach((value, name) => {
      reply.header(name, value);
    });
    reply.header("vary", "Accept");
    const body = request.method === "HEAD" ? null : Buffer.from(await response.arrayBuffer());
    return reply.send(body);
  });
}
