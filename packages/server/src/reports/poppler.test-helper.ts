import { execFileSync } from 'node:child_process';

/**
 * Runs a poppler-utils tool (pdfinfo, pdftotext); fails loudly when poppler-utils is missing
 * (Debian: apt-get install poppler-utils).
 */
export function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils)`);
    }
    throw error;
  }
}
