import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nunjucks from "nunjucks";

export const themesFolder = fileURLToPath(new URL("../../themes", import.meta.url));

/** The themes installed: folders under themes/ with a templates folder. */
export function installedThemes(): string[] {
  return readdirSync(themesFolder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${themesFolder}/${d.name}/templates`))
    .map((d) => d.name)
    .sort();
}

/** Views per theme, made once each: the admin may switch themes while the server runs. */
export function themeViews(initial: string, options: { watch?: boolean } = {}): (theme: string) => Views {
  const cache = new Map<string, Views>([[initial, createViews(initial, options)]]);
  return (theme) => {
    let views = cache.get(theme);
    if (views === undefined) {
      try {
        views = createViews(theme, options);
      } catch {
        views = cache.get(initial)!;
      }
      cache.set(theme, views);
    }
    return views;
  };
}

export interface Views {
  render(template: string, context: Record<string, unknown>): string;
  /** Folders static files are served from: the theme's, then the default theme's. */
  staticFolders: string[];
}

/**
 * Nunjucks with auto-escaping on: a theme is a folder of templates and CSS that a theme
 * author edits without TypeScript. A theme may override any template of the default theme.
 */
export function createViews(theme: string, options: { watch?: boolean } = {}): Views {
  const folders = [`${themesFolder}/${theme}`, `${themesFolder}/default`].filter((f, i, all) => existsSync(f) && all.indexOf(f) === i);
  if (!existsSync(`${themesFolder}/${theme}`)) {
    throw new Error(`The theme "${theme}" does not exist: there is no folder themes/${theme}.`);
  }
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(folders.map((f) => `${f}/templates`), { noCache: options.watch ?? false }),
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
  );
  env.addFilter("date", (value: unknown) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) return "";
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  });
  env.addFilter("isodate", (value: unknown) => {
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? "" : date.toISOString();
  });
  return {
    render: (template, context) => env.render(template, context),
    staticFolders: folders.map((f) => `${f}/static`).filter((f) => existsSync(f)),
  };
}
