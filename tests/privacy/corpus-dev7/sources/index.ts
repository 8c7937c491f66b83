import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./africa.ts";
import { AMERICAS } from "./americas.ts";
import { ASIA_PACIFIC } from "./asia-pacific.ts";
import { SOUTH_ASIA } from "./south-asia.ts";
import { UK_IE } from "./uk-ie.ts";

/** Every dev7 source item, grouped by region file. */
export const DEV7_SOURCES: SourceItem[] = [...UK_IE, ...AMERICAS, ...SOUTH_ASIA, ...AFRICA, ...ASIA_PACIFIC];
