/**
 * Downloads an export through the API's transport rules (same-origin cookie), so that a refusal
 * or a missing font comes back as an {@link ApiError} the page can show, not as a JSON page.
 */
import type { Problem } from '@gesang/domain';
import { ApiError } from '../../api/client.js';

/** The file name a `content-disposition` header gives, else `fallback`. */
function fileNameOf(header: string | null, fallback: string): string {
  const match = header === null ? null : /filename="([^"]+)"/.exec(header);
  return match?.[1] ?? fallback;
}

/**
 * Fetches `url` and saves it under the server's file name.
 * @param url a same-origin `/api/…` path.
 * @param fallback the name when the server gives none.
 * @throws ApiError on a problem response or a network failure.
 * @example await downloadFile('/api/centres/cases.csv?centre=chest_pain', 'cases.csv');
 */
export async function downloadFile(url: string, fallback: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Problem | null;
    throw new ApiError(
      response.status,
      problem?.code ?? 'unknown',
      problem?.message ?? `HTTP ${response.status}`,
      problem?.field,
    );
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition'), fallback);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start saving before the blob goes.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
