import type { SourceItem } from "../../corpus/types.ts";
import { ASIA } from "./asia.ts";
import { AFRICA_ME } from "./africa-me.ts";
import { ATLANTIC } from "./atlantic.ts";
import { UK_PACIFIC } from "./uk-pacific.ts";

/** Every fresh source item, in corpus order. Add a new file here to include it. */
export const FRESH_SOURCES: readonly SourceItem[] = [...ASIA, ...AFRICA_ME, ...ATLANTIC, ...UK_PACIFIC];
