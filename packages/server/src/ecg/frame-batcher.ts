/**
 * Server-Sent Event frames leave in batches: a stream's frames go out in one write, on one shared
 * timer, at most once per {@link frameBatchMs}. With 200 readers connected and 100 uploads a
 * second, each upload's `received` and `analysed` events are written to every stream; one write
 * (one `writev` system call) per frame per stream was 40,000 calls a second, a quarter of the
 * server's main-thread time in the ingest benchmark (with batches of 40 ms, 4 %). A frame queued
 * after a quiet spell (no flush for {@link frameBatchMs}) leaves on the next turn of the event
 * loop, with whatever else was queued in the same turn (an outbox batch reaches every stream at
 * once), so a lone event, the usual case at a county hospital, is not held back at all; under load
 * a frame waits at most {@link frameBatchMs}, well inside the one second a new study may take to
 * appear.
 */
import { performance } from 'node:perf_hooks';

/** The longest a frame waits for others to leave with it, ms. */
export const frameBatchMs = 100;

/** Where a stream's frames go (an HTTP response). */
export interface FrameSink {
  write(text: string): unknown;
  readonly writableEnded: boolean;
  readonly destroyed: boolean;
}

const pending = new Map<FrameSink, string[]>();
let timer: NodeJS.Timeout | null = null;
/** `performance.now()` of the last flush. */
let lastFlushMs = Number.NEGATIVE_INFINITY;

function flush(): void {
  timer = null;
  lastFlushMs = performance.now();
  for (const [sink, texts] of pending) {
    if (!sink.writableEnded && !sink.destroyed) {
      sink.write(texts.length === 1 ? (texts[0] ?? '') : texts.join(''));
    }
  }
  pending.clear();
}

/**
 * Queues a frame for a stream; it is written, with every other frame queued for the same
 * stream, on the next turn after a quiet spell, else within {@link frameBatchMs} of the last
 * write. Order is kept per stream.
 * @param sink - the stream's response
 * @param text - a complete SSE frame (ending in a blank line)
 * @example queueFrame(reply.raw, `id: 7\nevent: study\ndata: {}\n\n`);
 */
export function queueFrame(sink: FrameSink, text: string): void {
  const texts = pending.get(sink);
  if (texts === undefined) {
    pending.set(sink, [text]);
  } else {
    texts.push(text);
  }
  timer ??= setTimeout(flush, Math.max(0, lastFlushMs + frameBatchMs - performance.now()));
}

/**
 * Writes a stream's queued frames now (before the stream is ended, so none is lost).
 * @param sink - the stream's response
 * @example flushFrames(reply.raw); reply.raw.end();
 */
export function flushFrames(sink: FrameSink): void {
  const texts = pending.get(sink);
  if (texts !== undefined) {
    pending.delete(sink);
    if (!sink.writableEnded && !sink.destroyed) {
      sink.write(texts.join(''));
    }
  }
}
