/**
 * Encoders for the WFDB signal formats the writer produces, after signal(5) of the WFDB Software
 * Package (G. B. Moody, PhysioNet): format 16 (16-bit little-endian two's complement) and format
 * 212 (pairs of 12-bit samples in 3 bytes: byte 0 = low 8 bits of A, byte 1 = high nibble of B in
 * its upper half and high nibble of A in its lower half, byte 2 = low 8 bits of B; a lone last
 * sample takes 2 bytes). Signals are interleaved frame by frame.
 */

/**
 * Packs the signals of one file, frame after frame.
 * @param signals - adu of each signal, all the same length (values must fit the format's width)
 * @param format - 16 or 212
 * @returns the signal file's bytes
 * @example
 * encodeWfdbSamples([Int32Array.of(-5, 2047), Int32Array.of(1023, 0)], 212).length; // 6
 */
export function encodeWfdbSamples(signals: readonly Int32Array[], format: 16 | 212): Uint8Array {
  const frames = signals[0]?.length ?? 0;
  const count = frames * signals.length;
  const at = (i: number): number =>
    signals[i % signals.length]?.[Math.floor(i / signals.length)] ?? 0;
  if (format === 16) {
    const bytes = new Uint8Array(2 * count);
    for (let i = 0; i < count; i++) {
      const value = at(i);
      bytes[2 * i] = value & 0xff;
      bytes[2 * i + 1] = (value >> 8) & 0xff;
    }
    return bytes;
  }
  const bytes = new Uint8Array(Math.floor(count / 2) * 3 + (count % 2 === 1 ? 2 : 0));
  for (let i = 0; i < count; i += 2) {
    const k = (i / 2) * 3;
    const a = at(i) & 0xfff;
    bytes[k] = a & 0xff;
    if (i + 1 < count) {
      const b = at(i + 1) & 0xfff;
      bytes[k + 1] = ((b >> 8) << 4) | (a >> 8);
      bytes[k + 2] = b & 0xff;
    } else {
      bytes[k + 1] = a >> 8;
    }
  }
  return bytes;
}

/**
 * The WFDB checksum of one signal: the sum of its samples modulo 2^16, as a signed 16-bit value
 * (header(5)); invalid-sample values are included, as they are stored.
 * @param adu - the signal's samples
 * @returns −32768 to 32767
 * @example
 * wfdbChecksum(Int32Array.of(32767, 1)); // -32768
 */
export function wfdbChecksum(adu: Int32Array): number {
  let sum = 0;
  for (const value of adu) {
    sum = (sum + value) & 0xffff;
  }
  return sum >= 0x8000 ? sum - 0x10000 : sum;
}
