import type { SourceItem } from "../../corpus/types.ts";
import { AU } from "./australia.ts";
import { AFRICA_MIDDLE_EAST } from "./elsewhere-africa-middle-east.ts";
import { AMERICAS_EUROPE_ASIA } from "./elsewhere-americas-europe-asia.ts";
import { IN } from "./india.ts";
import { NG } from "./nigeria.ts";
import { PK } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev22 item, in file order. */
export const DEV22_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...PK, ...NG, ...AU, ...AFRICA_MIDDLE_EAST, ...AMERICAS_EUROPE_ASIA];
