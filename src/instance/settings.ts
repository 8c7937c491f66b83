import type { Kysely } from "kysely";
import type { Database, Visibility } from "../db/schema.ts";

export interface InstanceSettings {
  name: string;
  description: string;
  /** Open sign-up lets anyone create a student account; off by default. */
  openSignup: boolean;
  defaultVisibility: Visibility;
  /**
   * How posts federate. "Article" (default): Mastodon shows the title, the summary and a link,
   * and the reflection itself stays on this server, where its author can edit and delete it.
   * "Note": Mastodon shows the whole text, and copies of it live on every receiving server.
   */
  federationObjectType: FederationObjectType;
  /** A folder under themes/; "" means the one ROUNDS_THEME names. */
  theme: string;
  /**
   * Whether students may make their accounts discoverable and indexable (everyone starts with both
   * off). When an institution turns this off, a student's earlier opt-in stops counting.
   */
  studentDiscoveryAllowed: boolean;
  /**
   * Whose posts a faculty reviewer must read before they are published, even when the privacy check
   * finds nothing: "findings" (default) only posts the check held; "students" also every post by a
   * student; "everyone" every post. A clean scan is evidence, not proof: the detector misses some
   * identifiers in writing it has not seen (bench/README.md), so institutions can add a person.
   */
  reviewPolicy: ReviewPolicy;
}

export type ReviewPolicy = "findings" | "students" | "everyone";
export const reviewPolicies: readonly ReviewPolicy[] = ["findings", "students", "everyone"];

/** Whether this institution's policy sends a post by this role to a reviewer even when the scan is clean. */
export function reviewRequired(policy: ReviewPolicy, role: string): boolean {
  return policy === "everyone" || (policy === "students" && role === "student");
}

export type FederationObjectType = "Article" | "Note";

export const defaultSettings: InstanceSettings = {
  name: "Rounds",
  description: "Reflective logs from clinical practice, shared safely.",
  openSignup: false,
  defaultVisibility: "public",
  federationObjectType: "Article",
  theme: "",
  studentDiscoveryAllowed: true,
  reviewPolicy: "findings",
};

const keys = Object.keys(defaultSettings) as (keyof InstanceSettings)[];

export async function readSettings(db: Kysely<Database>): Promise<InstanceSettings> {
  const rows = await db.selectFrom("instance_settings").select(["key", "value"]).where("key", "in", keys).execute();
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const row of rows) settings[row.key] = row.value;
  return settings as unknown as InstanceSettings;
}

export async function writeSettings(db: Kysely<Database>, changes: Partial<InstanceSettings>): Promise<void> {
  for (const key of keys) {
    const value = changes[key];
    if (value === undefined) continue;
    await db
      .insertInto("instance_settings")
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(value), updated_at: new Date() } as never))
      .execute();
  }
}
