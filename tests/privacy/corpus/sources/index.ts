import type { SourceItem } from "../types.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";
import { PK } from "./pk.ts";
import { IN } from "./in.ts";
import { NG } from "./ng.ts";
import { ZA } from "./za.ts";
import { KE } from "./ke.ts";
import { AU_NZ } from "./au-nz.ts";
import { CA_IE } from "./ca-ie.ts";
import { OTHER_REGIONS } from "./other.ts";

/** Every source item, in corpus order. Add a new file here to include it. */
export const SOURCES: readonly SourceItem[] = [...UK, ...US, ...PK, ...IN, ...NG, ...ZA, ...KE, ...AU_NZ, ...CA_IE, ...OTHER_REGIONS];
