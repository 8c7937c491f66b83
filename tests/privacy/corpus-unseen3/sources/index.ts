import type { SourceItem } from "../../corpus/types.ts";
import { AUSTRALIA } from "./australia.ts";
import { ELSEWHERE_AFRICA_AMERICAS } from "./elsewhere-africa-americas.ts";
import { ELSEWHERE_ASIA } from "./elsewhere-asia.ts";
import { INDIA } from "./india.ts";
import { NIGERIA } from "./nigeria.ts";
import { PAKISTAN } from "./pakistan.ts";
import { UK } from "./uk.ts";
import { US } from "./us.ts";

/** Every item of the unseen3 corpus, in file order. */
export const UNSEEN3_SOURCES: readonly SourceItem[] = [...UK, ...US, ...INDIA, ...PAKISTAN, ...NIGERIA, ...AUSTRALIA, ...ELSEWHERE_ASIA, ...ELSEWHERE_AFRICA_AMERICAS];
