import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_ASIA_PACIFIC } from "./elsewhere-africa-asia-pacific.ts";
import { AMERICAS_EUROPE_GULF } from "./elsewhere-americas-europe-gulf.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev41 item, in file order. */
export const DEV41_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS_EUROPE_GULF, ...AFRICA_ASIA_PACIFIC];
