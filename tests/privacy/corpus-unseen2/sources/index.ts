/** Every source file of the unseen2 corpus, in build order. */
import type { SourceItem } from "../../corpus/types.ts";
import { AFRICA } from "./africa.ts";
import { ASIA } from "./asia.ts";
import { BRITAIN_IRELAND } from "./britain-ireland.ts";
import { AMERICAS } from "./americas.ts";
import { OCEANIA } from "./oceania.ts";

export const UNSEEN2_SOURCES: readonly SourceItem[] = [...AFRICA, ...ASIA, ...BRITAIN_IRELAND, ...AMERICAS, ...OCEANIA];
