import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createAccessToken } from "../../src/accounts/access-tokens.ts";
import { createUser } from "../../src/accounts/users.ts";
import { buildApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import type { DatabaseHandle } from "../../src/db/connect.ts";
import type { Role, User } from "../../src/db/schema.ts";
import { freshDatabase } from "./database.ts";

export const testPassword = "correct horse battery";

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  origin: string;
  close(): Promise<void>;
  user(handle: string, role?: Role): Promise<User>;
  token(user: User): Promise<string>;
  browser(): Browser;
}

/** A cookie jar over `app.inject`, with the CSRF token read from the last form it saw. */
export interface Browser {
  get(url: string): Promise<LightMyRequestResponse>;
  /** Posts a form; `_csrf` is filled in from a fresh GET of `formPage` (default: the same url). */
  submit(url: string, fields: Record<string, string>, formPage?: string): Promise<LightMyRequestResponse>;
  signIn(handle: string, password?: string): Promise<LightMyRequestResponse>;
  csrf(page?: string): Promise<string>;
}

export async function testApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = loadConfig({
    ROUNDS_SECRET: "test-secret-test-secret-test-secret-0123",
    ROUNDS_ORIGIN: "http://rounds.test",
    ROUNDS_DATA_DIR: "/tmp/rounds-test-unused",
    LOG_LEVEL: "silent",
    ...overrides,
  });
  const app = await buildApp({ config, db: database.db, logger: process.env.TEST_LOG ? { level: "error" } : false });
  await app.ready();
  return {
    app,
    database,
    origin: config.origin,
    async close() {
      await app.close();
      await database.close();
    },
    user: (handle, role = "student") => createUser(database.db, { handle, password: testPassword, role, displayName: handle[0]!.toUpperCase() + handle.slice(1) }),
    token: async (user) => (await createAccessToken(database.db, user.id, "test")).token,
    browser: () => browser(app),
  };
}

function browser(app: FastifyInstance): Browser {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const remember = (response: LightMyRequestResponse) => {
    for (const c of response.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
  };
  const get = async (url: string) => {
    const response = await app.inject({ method: "GET", url, headers: { cookie: cookieHeader() } });
    remember(response);
    return response;
  };
  const csrf = async (page = "/sign-in") => {
    const response = await get(page);
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (match === null) throw new Error(`No CSRF token on ${page} (status ${response.statusCode})`);
    return match[1]!;
  };
  const submit = async (url: string, fields: Record<string, string>, formPage?: string) => {
    const token = await csrf(formPage ?? url);
    const response = await app.inject({
      method: "POST",
      url,
      headers: { cookie: cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
    remember(response);
    return response;
  };
  return {
    get,
    submit,
    csrf,
    signIn: (handle, password = testPassword) => submit("/sign-in", { handle, password }, "/sign-in"),
  };
}
