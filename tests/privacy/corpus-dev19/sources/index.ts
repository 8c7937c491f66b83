import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA } from "./elsewhere-africa.ts";
import { AMERICAS_EUROPE_ASIA } from "./elsewhere-americas-europe-asia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev19 item, in file order. */
export const DEV19_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA, ...AMERICAS_EUROPE_ASIA];
