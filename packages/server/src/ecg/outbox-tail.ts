import type { StudyEvent } from '@gesang/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { signalChannels, type Signals } from '../jobs/signals.js';

/** A position in the outbox: every event at or before it (by transaction id, then id) is final. */
interface Cursor {
  txId: bigint;
  id: number;
}

/** One subscriber (a live stream): which events it takes and where to send them. */
export interface OutboxSubscriber {
  /** The organisations whose studies' events this subscriber may see (read at every delivery). */
  visibleOrgIds(): ReadonlySet<string>;
  /** Sends one event (in outbox order, never twice). */
  send(event: StudyEvent): void;
}

interface Subscription extends OutboxSubscriber {
  /** Batches that arrived while the subscriber was replaying history. */
  pending: StudyEvent[][] | null;
}

interface EventRow {
  id: number | string;
  tx_id: string;
  study_id: string;
  org_id: string;
  kind: StudyEvent['kind'];
  actor_user_id: string | null;
  at: string | Date;
  payload: Record<string, unknown>;
}

const batchSize = 500;
const replayLimit = 5000;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const toEvent = (row: EventRow): StudyEvent & { txId: bigint } => ({
  id: Number(row.id),
  txId: BigInt(row.tx_id),
  studyId: row.study_id,
  orgId: row.org_id,
  kind: row.kind,
  actorUserId: row.actor_user_id,
  at: new Date(row.at).toISOString(),
  payload: row.payload,
});

/**
 * Follows the study outbox for this process and fans new events out to the live streams. Rows are
 * read in (transaction id, id) order and only once every transaction that could still add an
 * earlier row has ended (`tx_id < pg_snapshot_xmin(pg_current_snapshot())`), so an event committed
 * after a later-numbered one is never skipped. It reads when signalled (a local commit, or a
 * PostgreSQL NOTIFY from another process) and polls as a fallback, so a push reaches every
 * process's streams whichever process wrote it.
 */
export class OutboxTail {
  private cursor: Cursor = { txId: 0n, id: 0 };
  private readonly subscriptions = new Set<Subscription>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private offSignal: (() => void) | null = null;

  /**
   * @param db the database.
   * @param signals wake-ups (`gesang_study_events`).
   * @param pollMs fallback poll interval, ms.
   * @param log warnings (a failed read is retried at the next poll).
   */
  constructor(
    private readonly db: Db,
    private readonly signals: Signals,
    private readonly pollMs: number,
    private readonly log: (message: string, error?: unknown) => void,
  ) {}

  /** Starts after the events already final now (history is served by replay, not pushed). */
  async start(): Promise<void> {
    const [last] = rowsOf<{ tx_id: string; id: number | string }>(
      await this.db.execute(sql`
        select tx_id::text as tx_id, id from ecg_study_events
        where tx_id < pg_snapshot_xmin(pg_current_snapshot())
        order by tx_id desc, id desc limit 1`),
    );
    if (last !== undefined) {
      this.cursor = { txId: BigInt(last.tx_id), id: Number(last.id) };
    }
    this.offSignal = this.signals.on(signalChannels.studyEvents, () => this.poll());
    this.schedule();
  }

  /** Stops reading; subscribers stay registered but receive nothing more. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.offSignal?.();
    clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Registers a live stream. With `afterEventId` (the SSE `Last-Event-ID`), first replays the
   * events after it that the subscriber accepts (at most 5000), then continues live, without a gap
   * or a repeat between the two.
   * @returns a function that unsubscribes.
   */
  async subscribe(subscriber: OutboxSubscriber, afterEventId: number | null): Promise<() => void> {
    const subscription: Subscription = { ...subscriber, pending: [] };
    const upTo = { ...this.cursor };
    this.subscriptions.add(subscription);
    const unsubscribe = (): void => {
      this.subscriptions.delete(subscription);
    };
    try {
      if (afterEventId !== null) {
        await this.replay(subscription, afterEventId, upTo);
      }
    } finally {
      const pending = subscription.pending ?? [];
      subscription.pending = null;
      for (const batch of pending) {
        this.deliver(subscription, batch);
      }
    }
    return unsubscribe;
  }

  /** Reads now (coalescing concurrent requests into one read plus, if needed, one more). */
  private poll(): void {
    if (this.stopped) {
      return;
    }
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.readNew()
      .catch((error: unknown) => this.log('reading the study outbox failed', error))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.poll();
        }
      });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.poll();
      this.schedule();
    }, this.pollMs);
    this.timer.unref();
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const rows = rowsOf<EventRow>(
        await this.db.execute(sql`
          select id, tx_id::text as tx_id, study_id, org_id, kind, actor_user_id, at, payload
          from ecg_study_events
          where (tx_id, id) > (${this.cursor.txId.toString()}::xid8, ${this.cursor.id}::bigint)
            and tx_id < pg_snapshot_xmin(pg_current_snapshot())
          order by tx_id, id limit ${batchSize}`),
      );
      if (rows.length === 0 || this.stopped) {
        return;
      }
      const events = rows.map(toEvent);
      const last = events[events.length - 1];
      if (last !== undefined) {
        this.cursor = { txId: last.txId, id: last.id };
      }
      const batch = events.map(({ txId: _txId, ...event }) => event);
      for (const subscription of this.subscriptions) {
        if (subscription.pending === null) {
          this.deliver(subscription, batch);
        } else {
          subscription.pending.push(batch);
        }
      }
      if (rows.length < batchSize) {
        return;
      }
    }
  }

  private deliver(subscription: Subscription, batch: StudyEvent[]): void {
    for (const event of batch) {
      if (this.subscriptions.has(subscription) && subscription.visibleOrgIds().has(event.orgId)) {
        subscription.send(event);
      }
    }
  }

  private async replay(
    subscription: Subscription,
    afterEventId: number,
    upTo: Cursor,
  ): Promise<void> {
    const [from] = rowsOf<{ tx_id: string }>(
      await this.db.execute(
        sql`select tx_id::text as tx_id from ecg_study_events where id = ${afterEventId}`,
      ),
    );
    if (from === undefined) {
      return; // unknown id: continue live only
    }
    const orgIds = [...subscription.visibleOrgIds()];
    if (orgIds.length === 0) {
      return;
    }
    const rows = rowsOf<EventRow>(
      await this.db.execute(sql`
        select id, tx_id::text as tx_id, study_id, org_id, kind, actor_user_id, at, payload
        from ecg_study_events
        where org_id in (${sql.join(
          orgIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          and (tx_id, id) > (${from.tx_id}::xid8, ${afterEventId}::bigint)
          and (tx_id, id) <= (${upTo.txId.toString()}::xid8, ${upTo.id}::bigint)
        order by tx_id, id limit ${replayLimit}`),
    );
    this.deliver(
      subscription,
      rows.map(toEvent).map(({ txId: _txId, ...event }) => event),
    );
  }
}
