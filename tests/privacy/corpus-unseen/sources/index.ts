import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./africa.ts";
import { AMERICAS } from "./americas.ts";
import { EUROPE_OCEANIA } from "./europe-oceania.ts";
import { SE_ASIA_GULF } from "./se-asia-gulf.ts";
import { SOUTH_ASIA } from "./south-asia.ts";

/** Every item of the unseen corpus, in file order. */
export const UNSEEN_SOURCES: SourceItem[] = [...AFRICA, ...SOUTH_ASIA, ...SE_ASIA_GULF, ...AMERICAS, ...EUROPE_OCEANIA];
