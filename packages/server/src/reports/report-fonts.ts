/**
 * The report's fonts: read once per process (the CJK collections are ~20 MB each) and registered
 * into each PDF, where pdfkit embeds only the glyphs used. Tibetan goes through fontkit's
 * shaping with Tibetan Machine Uni, whose GSUB/GPOS tables build the stacks (checked against
 * Chromium's HarfBuzz rendering of the same strings).
 */
import { readFile } from 'node:fs/promises';
import { GesangError } from '@gesang/domain';
import type { Config, FontSource } from '../config/config.js';

/** The three faces a report uses. */
export type FontRole = 'cjk' | 'cjkBold' | 'tibetan';

/** Names of the fonts in errors and logs: what it is, its variable and the Debian package. */
const fontNames: Record<FontRole, { what: string; variable: string; debian: string }> = {
  cjk: { what: 'Chinese font', variable: 'GESANG_REPORT_FONT_CJK', debian: 'fonts-noto-cjk' },
  cjkBold: {
    what: 'Chinese bold font',
    variable: 'GESANG_REPORT_FONT_CJK_BOLD',
    debian: 'fonts-noto-cjk',
  },
  tibetan: {
    what: 'Tibetan font',
    variable: 'GESANG_REPORT_FONT_TIBETAN',
    debian: 'fonts-tibetan-machine',
  },
};

/** One loaded font: its bytes and, for a collection, the face to use. */
export interface LoadedFont {
  bytes: Buffer;
  face: string | undefined;
}

/** The loaded fonts by role. */
export type ReportFonts = Record<FontRole, LoadedFont>;

const cache = new Map<string, Promise<Buffer>>();

/**
 * The error for a font that cannot be used, naming it, its file and how to fix it (503: the
 * server is not ready to print reports until the font is installed).
 */
export function fontError(role: FontRole, source: FontSource, cause?: unknown): GesangError {
  const name = fontNames[role];
  const face = source.face === undefined ? '' : ` (face ${source.face})`;
  return new GesangError(
    503,
    'not_ready',
    `Report font missing or unusable: ${name.what} ${source.path}${face}. Install the Debian package ${name.debian} or set ${name.variable}.`,
    { cause },
  );
}

async function readFont(role: FontRole, source: FontSource): Promise<Buffer> {
  let pending = cache.get(source.path);
  if (pending === undefined) {
    pending = readFile(source.path);
    cache.set(source.path, pending);
    // A failed read is not remembered: installing the font fixes the next report.
    pending.catch(() => cache.delete(source.path));
  }
  try {
    return await pending;
  } catch (error) {
    throw fontError(role, source, error);
  }
}

/**
 * Loads the report fonts named by the configuration (cached after the first call).
 * @throws GesangError 503 naming the first font that cannot be read.
 * @example const fonts = await loadReportFonts(app.config.reportFonts);
 */
export async function loadReportFonts(sources: Config['reportFonts']): Promise<ReportFonts> {
  const roles: FontRole[] = ['cjk', 'cjkBold', 'tibetan'];
  const loaded = await Promise.all(
    roles.map(async (role) => ({
      role,
      font: { bytes: await readFont(role, sources[role]), face: sources[role].face },
    })),
  );
  return Object.fromEntries(loaded.map(({ role, font }) => [role, font])) as ReportFonts;
}
