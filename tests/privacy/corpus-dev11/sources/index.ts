import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { ASIA_PACIFIC } from "./elsewhere-asia-pacific.ts";
import { EUROPE_CARIBBEAN } from "./elsewhere-europe-caribbean.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev11 item, in file order. */
export const DEV11_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...ASIA_PACIFIC, ...EUROPE_CARIBBEAN];
