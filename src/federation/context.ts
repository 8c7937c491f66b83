import type { Context, Federation } from "@fedify/fedify";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import type { Gate } from "../privacy/gate.ts";

/** What every dispatcher and listener gets: the database, the gate and the configuration. */
export interface FederationData {
  db: Kysely<Database>;
  gate: Gate;
  config: Config;
  log?: { warn(details: object, message: string): void; info(details: object, message: string): void };
}

export type RoundsFederation = Federation<FederationData>;
export type RoundsContext = Context<FederationData>;

/** The instance actor signs fetches that belong to no user (Mastodon does the same). */
export const instanceActor = "instance.actor";
