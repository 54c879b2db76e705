import { describe, expect, it } from 'vitest';
import { flushFrames, frameBatchMs, queueFrame, type FrameSink } from './frame-batcher.js';

/** A sink that records each write (one entry per write call). */
function recordingSink(): FrameSink & { writes: string[]; ended: boolean } {
  const sink = {
    writes: [] as string[],
    ended: false,
    write(text: string) {
      sink.writes.push(text);
      return true;
    },
    get writableEnded() {
      return sink.ended;
    },
    destroyed: false,
  };
  return sink;
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('frame batcher', () => {
  it('writes the frames queued for a stream within the batch time, in one write, in order', async () => {
    const a = recordingSink();
    const b = recordingSink();
    queueFrame(a, 'id: 1\n\n');
    queueFrame(b, 'id: 1\n\n');
    queueFrame(a, 'id: 2\n\n');
    queueFrame(a, 'id: 3\n\n');
    expect(a.writes).toEqual([]);
    await wait(frameBatchMs + 30);
    expect(a.writes).toEqual(['id: 1\n\nid: 2\n\nid: 3\n\n']);
    expect(b.writes).toEqual(['id: 1\n\n']);
  });

  it('sends a frame after a quiet spell on the next turn, and under load once per batch time', async () => {
    const a = recordingSink();
    await wait(frameBatchMs + 10); // quiet: no flush for a batch time
    queueFrame(a, 'id: 6\n\n');
    await wait(frameBatchMs / 2); // written on the next turn, long before a batch time
    expect(a.writes).toEqual(['id: 6\n\n']);
    // Right after that write, the next frame waits for the rest of the batch time.
    queueFrame(a, 'id: 7\n\n');
    await wait(15);
    queueFrame(a, 'id: 8\n\n');
    expect(a.writes).toEqual(['id: 6\n\n']);
    await wait(frameBatchMs);
    expect(a.writes).toEqual(['id: 6\n\n', 'id: 7\n\nid: 8\n\n']);
  });

  it('flushes at once before a stream ends, and never writes to an ended stream', async () => {
    const a = recordingSink();
    const b = recordingSink();
    queueFrame(a, 'id: 4\n\n');
    flushFrames(a);
    expect(a.writes).toEqual(['id: 4\n\n']);
    queueFrame(b, 'id: 5\n\n');
    b.ended = true;
    await wait(frameBatchMs + 30);
    expect(a.writes).toEqual(['id: 4\n\n']);
    expect(b.writes).toEqual([]);
  });
});
