/**
 * CRC-CCITT as SCP-ECG (EN 1064:2005 §5.3.1, after ITU-T V.41) and the ISHNE Holter header
 * (Badilini et al. 1998) use it: polynomial
 * x^16 + x^12 + x^5 + 1 (0x1021), bits taken most significant first, initial value 0xFFFF, no
 * final XOR (the variant also known as CRC-16/CCITT-FALSE). The same routine with initial value
 * 0x0000 gives CRC-16/XMODEM, which some carts (Heal Force) write instead.
 */

/** CRC of every byte value, for the byte-at-a-time form of the shift register. */
const TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    table[byte] = crc;
  }
  return table;
})();

/**
 * The CRC-CCITT of `bytes[start, end)`.
 * @param bytes - the data
 * @param start - first byte (inclusive, ≥ 0)
 * @param end - end (exclusive, ≤ bytes.length)
 * @param initial - shift-register preset: 0xFFFF for SCP-ECG, 0x0000 for CRC-16/XMODEM
 * @returns the 16-bit CRC
 * @example
 * crcCcitt(Uint8Array.from('123456789', (c) => c.charCodeAt(0))); // 0x29b1
 */
export function crcCcitt(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  initial = 0xffff,
): number {
  let crc = initial & 0xffff;
  for (let i = start; i < end; i++) {
    crc = ((crc << 8) & 0xffff) ^ (TABLE[((crc >>> 8) ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  }
  return crc;
}
