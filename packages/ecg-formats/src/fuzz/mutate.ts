/**
 * Deterministic mutations of real sample files for fuzzing the readers: bit flips, "interesting"
 * byte and word values (0, 0xff, 0x7fffffff, ...), truncation, insertion, deletion and chunk
 * duplication, after the mutation mix of AFL's havoc stage (Zalewski, american fuzzy lop, 2014).
 */

/** A seeded pseudo-random generator (mulberry32): same seed, same sequence, on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTING_8 = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x20, 0x3c, 0x3e, 0x26];
const INTERESTING_32 = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xffff, 0x10000, 0x7fff];

/**
 * One mutant of `input` (the input is not changed): 1–4 stacked random mutations.
 * @param input - a real sample file
 * @param random - a generator from {@link seededRandom}
 */
export function mutate(input: Uint8Array, random: () => number): Uint8Array {
  let bytes: Uint8Array = input.slice();
  const pick = (n: number): number => Math.floor(random() * n);
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds; r++) {
    const at = pick(Math.max(1, bytes.length));
    switch (pick(8)) {
      case 0: // flip one bit
        if (bytes.length > 0) {
          bytes[at] = (bytes[at] ?? 0) ^ (1 << pick(8));
        }
        break;
      case 1: // an interesting byte
        if (bytes.length > 0) {
          bytes[at] = INTERESTING_8[pick(INTERESTING_8.length)] ?? 0;
        }
        break;
      case 2: {
        // an interesting 32-bit word, either endianness
        const value = INTERESTING_32[pick(INTERESTING_32.length)] ?? 0;
        const little = random() < 0.5;
        for (let k = 0; k < 4 && at + k < bytes.length; k++) {
          bytes[at + k] = (value >>> (8 * (little ? k : 3 - k))) & 0xff;
        }
        break;
      }
      case 3: // truncate
        bytes = bytes.slice(0, at);
        break;
      case 4: {
        // insert random bytes
        const extra = new Uint8Array(1 + pick(64)).map(() => pick(256));
        bytes = concat(bytes.subarray(0, at), extra, bytes.subarray(at));
        break;
      }
      case 5: {
        // delete a run
        const end = Math.min(bytes.length, at + 1 + pick(256));
        bytes = concat(bytes.subarray(0, at), bytes.subarray(end));
        break;
      }
      case 6: {
        // duplicate a chunk elsewhere (repeats structures: nested XML, repeated sections)
        const end = Math.min(bytes.length, at + 1 + pick(512));
        const to = pick(bytes.length + 1);
        bytes = concat(bytes.subarray(0, to), bytes.subarray(at, end), bytes.subarray(to));
        break;
      }
      default: // random byte
        if (bytes.length > 0) {
          bytes[at] = pick(256);
        }
    }
  }
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
