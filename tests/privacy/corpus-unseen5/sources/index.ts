import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_CARIBBEAN } from "./elsewhere-africa-caribbean.ts";
import { ASIA_PACIFIC } from "./elsewhere-asia-pacific.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every unseen5 item, in file order. */
export const UNSEEN5_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...ASIA_PACIFIC, ...AFRICA_CARIBBEAN];
