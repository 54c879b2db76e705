import { request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { BenchSession } from './bench-org.js';

/** Study events the bench times (the kinds of `ecg_study_events` that ingest writes). */
export type TimedKind = 'received' | 'analysed' | 'rejected';

/** One reader's live stream: when each study's push arrived, by kind. */
export interface ReaderStream {
  /** `performance.now()` at arrival, per kind, per study id. */
  arrivals: Record<TimedKind, Map<string, number>>;
  /** Frames received in all. */
  frames: number;
  close(): void;
}

const timedKinds = new Set<string>(['received', 'analysed', 'rejected']);

/** The value of `"name":"…"` in a JSON text, read without parsing the whole frame. */
function stringField(json: string, name: string): string | null {
  const marker = `"${name}":"`;
  const start = json.indexOf(marker);
  if (start < 0) {
    return null;
  }
  const end = json.indexOf('"', start + marker.length);
  return end < 0 ? null : json.slice(start + marker.length, end);
}

/**
 * Opens `GET /api/ecg/events` as `session` over a connection of its own (as a browser tab does)
 * and timestamps every `event: study` frame on arrival. A light client (node:http, no JSON parse
 * of the whole frame) so that 200 of them leave the server most of the machine.
 * @param base the server, e.g. `http://127.0.0.1:3000`.
 * @param session a signed-in reader.
 * @returns once the stream's headers arrived (status 200), else rejects.
 * @example const reader = await openReader(server.url, org.readers[0]);
 */
export function openReader(base: string, session: BenchSession): Promise<ReaderStream> {
  const url = new URL('/api/ecg/events', base);
  const stream: ReaderStream = {
    arrivals: { received: new Map(), analysed: new Map(), rejected: new Map() },
    frames: 0,
    close: () => undefined,
  };
  return new Promise((resolve, reject) => {
    const req: ClientRequest = request(
      url,
      { agent: false, headers: { cookie: session.cookie, accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`GET /api/ecg/events: ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame.indexOf('\ndata: ');
            if (data < 0 || !frame.includes('event: study')) {
              continue;
            }
            stream.frames += 1;
            const json = frame.slice(data + 7);
            const kind = stringField(json, 'kind');
            const studyId = stringField(json, 'studyId');
            if (kind !== null && studyId !== null && timedKinds.has(kind)) {
              const seen = stream.arrivals[kind as TimedKind];
              if (!seen.has(studyId)) {
                seen.set(studyId, now);
              }
            }
          }
        });
        res.on('error', () => undefined);
        resolve(stream);
      },
    );
    req.on('error', reject);
    req.end();
    stream.close = () => req.destroy();
  });
}

/**
 * Opens one stream per reader session, twenty at a time.
 * @param base the server URL.
 * @param sessions reader sessions (one stream each, in order).
 * @returns the open streams, in the order of `sessions`.
 * @example const readers = await openReaders(server.url, org.readers);
 */
export async function openReaders(
  base: string,
  sessions: readonly BenchSession[],
): Promise<ReaderStream[]> {
  const streams: ReaderStream[] = [];
  for (let i = 0; i < sessions.length; i += 20) {
    streams.push(...(await Promise.all(sessions.slice(i, i + 20).map((s) => openReader(base, s)))));
  }
  return streams;
}
