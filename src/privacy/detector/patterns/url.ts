import type { Candidate } from "../types.ts";
import { eachMatch, eachMatchNear, nearMatcher, notAfter } from "../context.ts";

/**
 * Clinical reference domains whose links are not flagged (the domain itself and any subdomain).
 * The server can add its own origin with `allowUrlDomain`.
 */
export const DEFAULT_URL_ALLOW_LIST: readonly string[] = Object.freeze([
  "doi.org",
  "pubmed.ncbi.nlm.nih.gov",
  "ncbi.nlm.nih.gov",
  "nice.org.uk",
  "nhs.uk",
  "gov.uk",
  "who.int",
  "cdc.gov",
  "nih.gov",
  "bnf.nice.org.uk",
  "bmj.com",
  "thelancet.com",
  "nejm.org",
  "jamanetwork.com",
  "cochranelibrary.com",
  "gmc-uk.org",
  "nmc.org.uk",
  "rcplondon.ac.uk",
  "uptodate.com",
  "wikipedia.org",
  "medlineplus.gov",
]);

const extraAllowed = new Set<string>();

/**
 * Allow links to another domain (and its subdomains), e.g. this instance's own origin.
 * Accepts a bare host ("rounds.example") or an origin/URL ("https://rounds.example:8443/").
 * Process-wide; call it once at start-up.
 */
export function allowUrlDomain(hostOrOrigin: string): void {
  const host = hostOf(hostOrOrigin);
  if (host !== "") extraAllowed.add(host);
}

/** The domains currently allowed: the defaults plus any added with `allowUrlDomain`. */
export function allowedUrlDomains(): string[] {
  return [...DEFAULT_URL_ALLOW_LIST, ...extraAllowed];
}

/** Lower-cased host of a URL-ish string, without scheme, credentials, port, path or "www.". */
export function hostOf(url: string): string {
  let s = url.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//, "");
  const cut = s.search(/[/?#]/);
  if (cut >= 0) s = s.slice(0, cut);
  const at = s.lastIndexOf("@");
  if (at >= 0) s = s.slice(at + 1);
  s = s.replace(/:\d{1,5}$/, "").replace(/\.$/, "");
  if (s.startsWith("www.")) s = s.slice(4);
  return s;
}

/** True when the link's host is an allowed domain or a subdomain of one. */
export function isAllowedUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === "") return false;
  const matches = (domain: string): boolean => host === domain || host.endsWith(`.${domain}`);
  return DEFAULT_URL_ALLOW_LIST.some(matches) || [...extraAllowed].some(matches);
}

const URL_CHARS = "[^\\s<>\"'`\\[\\]{}|\\\\^]";
/** How a written link starts: a web scheme or "www." (detect.ts blanks links that start so before reading the words). */
export const LINK_START = String.raw`(?:https?:\/\/|www\.)`;
const SCHEMED_RE = new RegExp(`(?<![A-Za-z0-9@])${LINK_START}${URL_CHARS}{1,2000}`, "gi");
const TLDS =
  "com|org|net|edu|gov|mil|int|info|biz|io|co|me|ly|app|dev|ai|tv|fm|gg|to|so|uk|us|in|pk|ng|au|ca|nz|ie|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|za|ke|gh|ae|sa|sg|my|ph|jp|cn|kr|ru|eu|health|social|online|site|xyz|link|page|blog|news|live";
const BARE_RE = new RegExp(
  `(?<![A-Za-z0-9@.\\-/])(?:[A-Za-z0-9\\-]{1,63}\\.){1,6}(?:${TLDS})\\/${URL_CHARS}{0,2000}`,
  "gi",
);
// Speed: tried only within six labels of 64 characters before a ".<tld>/".
const BARE_NEAR = nearMatcher(BARE_RE, new RegExp(`\\.(?:${TLDS})\\/`, "gi"), 400, notAfter("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@.-/"));
const TRAILING = /[.,;:!?'")\]]+$/;

function trimUrl(raw: string): string {
  let s = raw.replace(TRAILING, "");
  // Keep a closing parenthesis that balances one inside the link (Wikipedia style).
  if (raw.length > s.length && raw[s.length] === ")") {
    const opens = (s.match(/\(/g) ?? []).length;
    const closes = (s.match(/\)/g) ?? []).length;
    if (opens > closes) s += ")";
  }
  return s;
}

const RECORD_LINK =
  /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:intranet|internal|ehr|emr|epr|pacs|ris|lims|portal|records?|clinical|results|docs?)[\w-]*\.|[?&#;](?:patient|pt|patientid|pid|mrn|nhs|nhsno|hospno|uhid|ur|chi|nhi|record|recordid|encounter|episode|visit|case|caseid|accession|dob)[\w-]*=/i;

// v20: where a link leads to a person (a profile, a fundraiser, a shared photo or file, a personal blog or channel, a chat
// invitation) rather than to an organisation's page. The domain itself and any subdomain.
const PERSONAL_HOSTS = new Set(
  ("facebook.com fb.com fb.me m.facebook.com web.facebook.com instagram.com instagr.am tiktok.com twitter.com x.com " +
    "threads.net snapchat.com youtube.com youtu.be twitch.tv linkedin.com reddit.com tumblr.com pinterest.com " +
    "gofundme.com justgiving.com givealittle.co.nz backabuddy.co.za kitabisa.com vakinha.com.br caringbridge.org " +
    "gogetfunding.com ketto.org milaap.org impactguru.com crowdfunder.co.uk leetchi.com donorbox.org fundly.com " +
    "blogspot.com wordpress.com substack.com medium.com wixsite.com weebly.com " +
    "photos.app.goo.gl photos.google.com drive.google.com docs.google.com dropbox.com onedrive.live.com 1drv.ms " +
    "icloud.com imgur.com flickr.com wa.me chat.whatsapp.com t.me telegram.me discord.gg linktr.ee").split(" "),
);
/**
 * True when a link leads to a person rather than to an organisation's page: a record system (RECORD_LINK), a numeric
 * host, a profile, fundraiser, shared file, personal blog or channel (PERSONAL_HOSTS), or a handle in its path ("/@name").
 */
export function personalUrl(url: string): boolean {
  if (RECORD_LINK.test(url) || /^(?:https?:\/\/)?\d{1,3}(?:\.\d{1,3}){3}\b/i.test(url)) return true;
  const host = hostOf(url);
  const labels = host.split(".");
  for (let k = 0; k < labels.length - 1; k++) if (PERSONAL_HOSTS.has(labels.slice(k).join("."))) return true;
  // a host made for one person or family ("saoirsesbigheart.blogspot.com" is above; "drive.example.com", "photos.…")
  if (/^(?:drive|photos?|share|files?|cloud|my)\./.test(host)) return true;
  // a handle in the path ("/@name"), or a page made for one person: an appeal, a memorial, an obituary
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  return /\/@[\w.-]/.test(path) || /(?:appeal|fundrais|donat|crowdfund|campaign|\/cause\/|memorial|tribute|obituar|funeral|in-memory|rip-)/i.test(path);
}

export function detectUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  const take = (m: RegExpExecArray): void => {
    const url = trimUrl(m[0]);
    // A link into a record system is flagged even on an allowed domain: an intranet host, or a query naming a patient or record.
    const recordLink = RECORD_LINK.test(url);
    if (url.length < 5 || (isAllowedUrl(url) && !recordLink)) return;
    // "www." alone, "http://" alone; a numeric host is a link too ("http://10.12.44.9/patlist?…", v7).
    if (!/[A-Za-z0-9]\.[A-Za-z]/.test(url) && !/^https?:\/\/\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\/\S/i.test(url)) return;
    out.push({
      start: m.index,
      end: m.index + url.length,
      type: "URL",
      reason:
        "A link can lead to a person: a social-media profile, a record system, a photo or a news story about the case.",
      suggestion: "Remove the link, or link to a published reference (guideline, journal article) instead.",
      // v7: above identifiers, so a link that carries a record number ("…/patlist?nhi=ZZZ0032") is one finding, not a number.
      priority: 94,
    });
  };
  eachMatch(SCHEMED_RE, text, take);
  eachMatchNear(BARE_NEAR, text, take);
  return out;
}
