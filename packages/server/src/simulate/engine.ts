import { triageRank } from '../ecg/sla.js';
import type { SimStudy } from './arrivals.js';
import { MinHeap } from './min-heap.js';

/** When one study was claimed and signed, and by whom. */
export interface StudyOutcome {
  /** Claimed (minutes since the start). */
  claimMin: number;
  /** Signed (minutes since the start). */
  signMin: number;
  /** Index of the reader, 0 … readers − 1. */
  reader: number;
}

/** A finished run: every study's outcome, indexed like the studies. */
export interface SimRun {
  readers: number;
  outcomes: StudyOutcome[];
}

type SimEvent =
  | { kind: 'listed'; timeMin: number; seq: number; study: SimStudy }
  | { kind: 'noticed'; timeMin: number; seq: number }
  | { kind: 'signed'; timeMin: number; seq: number; reader: number };

/** The worklist's order (GET /api/ecg/worklist): triage level, then receipt, then id. */
const worklistOrder = (a: SimStudy, b: SimStudy): number =>
  triageRank[a.level] - triageRank[b.level] || a.arrivalMin - b.arrivalMin || a.id - b.id;

/**
 * Runs the reading service in virtual time (a discrete-event simulation: nothing waits on the
 * clock, a week of ECGs takes milliseconds). `readers` readers are on duty throughout. A study
 * joins the worklist at receipt + analysis. A reader who signs a study claims the first one on the
 * worklist at once, in the worklist's order (critical, urgent, routine; longest waiting first);
 * non-preemptive: a critical ECG does not interrupt a reading. When a study joins the worklist
 * while a reader is idle, the idle reader who has waited longest claims the first study on the
 * worklist after the study's notice time (unless someone took it meanwhile). The run goes on until
 * every study is signed.
 * @param studies the arrivals, as made by generateStudies (ids 0 … n − 1 in arrival order).
 * @param readers readers on duty (≥ 1).
 * @returns each study's claim and signature.
 * @example simulateReading(studies, 3).outcomes[0]?.signMin // e.g. 5.8
 */
export function simulateReading(studies: readonly SimStudy[], readers: number): SimRun {
  if (!Number.isInteger(readers) || readers < 1) {
    throw new RangeError(`readers must be a whole number ≥ 1, got ${readers}`);
  }
  const outcomes: StudyOutcome[] = new Array<StudyOutcome>(studies.length);
  const events = new MinHeap<SimEvent>((a, b) => a.timeMin - b.timeMin || a.seq - b.seq);
  const worklist = new MinHeap<SimStudy>(worklistOrder);
  // Readers become idle in time order, so a FIFO is "longest idle first".
  const idle: number[] = Array.from({ length: readers }, (_, i) => i);
  let idleHead = 0;
  let seq = 0;
  for (const study of studies) {
    events.push({
      kind: 'listed',
      timeMin: study.arrivalMin + study.analysisMin,
      seq: seq++,
      study,
    });
  }
  const claim = (reader: number, study: SimStudy, nowMin: number): void => {
    const signMin = nowMin + study.readingMin;
    outcomes[study.id] = { claimMin: nowMin, signMin, reader };
    events.push({ kind: 'signed', timeMin: signMin, seq: seq++, reader });
  };
  for (let event = events.pop(); event !== undefined; event = events.pop()) {
    const nowMin = event.timeMin;
    switch (event.kind) {
      case 'listed':
        worklist.push(event.study);
        if (idleHead < idle.length) {
          events.push({ kind: 'noticed', timeMin: nowMin + event.study.noticeMin, seq: seq++ });
        }
        break;
      case 'noticed': {
        const next = worklist.peek();
        if (next !== undefined && idleHead < idle.length) {
          worklist.pop();
          claim(idle[idleHead++] as number, next, nowMin);
        }
        break;
      }
      case 'signed': {
        const next = worklist.pop();
        if (next === undefined) {
          idle.push(event.reader);
        } else {
          claim(event.reader, next, nowMin);
        }
        break;
      }
    }
    if (idleHead > 1024 && idleHead * 2 > idle.length) {
      idle.splice(0, idleHead); // keep the FIFO from growing without bound
      idleHead = 0;
    }
  }
  return { readers, outcomes };
}
