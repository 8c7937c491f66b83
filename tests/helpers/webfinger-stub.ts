import { type Server, createServer } from "node:http";
import { type Socket, createServer as createTcpServer } from "node:net";

export interface StubRequest {
  path: string;
  resource: string | null;
  accept: string | undefined;
}

export interface WebFingerStub {
  /** host:port, as it goes after the @ of an account. */
  host: string;
  origin: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/**
 * A loopback server that answers WebFinger as the test says: `answer` gets the `acct:` resource
 * and returns a status and a body (an object is sent as JRD JSON, a string as it is).
 */
export async function startWebFingerStub(answer: (resource: string, origin: string) => { status: number; body: unknown }): Promise<WebFingerStub> {
  const requests: StubRequest[] = [];
  let origin = "";
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", origin);
    const resource = url.searchParams.get("resource");
    requests.push({ path: url.pathname, resource, accept: request.headers.accept });
    if (url.pathname !== "/.well-known/webfinger" || resource === null) {
      response.writeHead(404).end();
      return;
    }
    const { status, body } = answer(resource, origin);
    response.writeHead(status, { "content-type": typeof body === "string" ? "text/plain" : "application/jrd+json" });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    host: `127.0.0.1:${port}`,
    origin,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A loopback port that accepts connections and never says a word (a server that hangs). */
export async function startSilentServer(): Promise<{ host: string; connections(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createTcpServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
