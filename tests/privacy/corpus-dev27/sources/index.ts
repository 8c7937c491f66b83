import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./elsewhere-africa.ts";
import { ASIA_AMERICAS } from "./elsewhere-asia-americas.ts";
import { IN } from "./india.ts";
import { KE } from "./kenya.ts";
import { NZ } from "./nz.ts";
import { PH } from "./philippines.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every dev27 item, in file order. */
export const DEV27_SOURCES: readonly SourceItem[] = [...UK, ...US, ...IN, ...KE, ...PH, ...NZ, ...AFRICA, ...ASIA_AMERICAS];
