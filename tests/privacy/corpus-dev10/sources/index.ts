import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AMERICAS } from "./elsewhere-americas.ts";
import { ASIA } from "./elsewhere-asia.ts";
import { GULF_MAGHREB } from "./elsewhere-gulf-maghreb.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev10 item, in file order. */
export const DEV10_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AMERICAS, ...GULF_MAGHREB, ...ASIA];
