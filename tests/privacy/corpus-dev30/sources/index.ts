import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { NORTH_GULF } from "./elsewhere-north-gulf.ts";
import { SOUTH } from "./elsewhere-south.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev30 item, in file order. */
export const DEV30_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...NORTH_GULF, ...SOUTH];
