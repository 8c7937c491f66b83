import { exportJwk, generateCryptoKeyPair, importJwk } from "@fedify/fedify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

const algorithms = ["RSASSA-PKCS1-v1_5", "Ed25519"] as const;

export interface ActorKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/**
 * The RSA key (HTTP Signatures, which Mastodon needs) and the Ed25519 key (Object Integrity
 * Proofs) of a local actor: generated once, on first use, and stored.
 */
export async function actorKeyPairs(db: Kysely<Database>, owner: string): Promise<ActorKeyPair[]> {
  const rows = await db.selectFrom("actor_keys").selectAll().where("owner", "=", owner).execute();
  const pairs: ActorKeyPair[] = [];
  for (const algorithm of algorithms) {
    const row = rows.find((r) => r.algorithm === algorithm);
    if (row !== undefined) {
      pairs.push({ privateKey: await importJwk(row.private_jwk, "private"), publicKey: await importJwk(row.public_jwk, "public") });
      continue;
    }
    const pair = await generateCryptoKeyPair(algorithm);
    const inserted = await db
      .insertInto("actor_keys")
      .values({
        owner,
        algorithm,
        private_jwk: JSON.stringify(await exportJwk(pair.privateKey)),
        public_jwk: JSON.stringify(await exportJwk(pair.publicKey)),
      })
      .onConflict((oc) => oc.columns(["owner", "algorithm"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted !== undefined) {
      pairs.push(pair);
    } else {
      // Another process made it first: use theirs, so there is only ever one key.
      const existing = await db.selectFrom("actor_keys").selectAll().where("owner", "=", owner).where("algorithm", "=", algorithm).executeTakeFirstOrThrow();
      pairs.push({ privateKey: await importJwk(existing.private_jwk, "private"), publicKey: await importJwk(existing.public_jwk, "public") });
    }
  }
  return pairs;
}
