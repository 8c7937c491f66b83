import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./africa.ts";
import { ASIA } from "./asia.ts";
import { SOUTH } from "./south.ts";
import { WEST } from "./west.ts";

/** Every dev2 source item, in corpus order. Add a new file here to include it. */
export const DEV2_SOURCES: readonly SourceItem[] = [...AFRICA, ...ASIA, ...WEST, ...SOUTH];
