import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_ASIA } from "./elsewhere-africa-asia.ts";
import { EUROPE_AMERICAS } from "./elsewhere-europe-americas.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev43 item, in file order. */
export const DEV43_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...EUROPE_AMERICAS, ...AFRICA_ASIA];
