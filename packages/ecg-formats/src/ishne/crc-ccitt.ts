/**
 * CRC-CCITT as the ISHNE Holter format uses it for its header checksum (Badilini et al. 1998):
 * polynomial x^16 + x^12 + x^5 + 1 (0x1021), initial value 0xFFFF, bits processed most significant
 * first, no final XOR — the catalogue's CRC-16/CCITT-FALSE, whose check value for the ASCII bytes
 * `123456789` is 0x29B1.
 */

/** The 256-entry table of the polynomial 0x1021, MSB first. */
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
 * CRC-16/CCITT-FALSE of `bytes`.
 * @param bytes - the data
 * @param initial - the register's start value (0xFFFF for ISHNE)
 * @returns the 16-bit CRC, 0–65535
 * @example
 * crcCcitt(new Uint8Array([0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39])); // 0x29b1
 */
export function crcCcitt(bytes: Uint8Array, initial = 0xffff): number {
  let crc = initial & 0xffff;
  for (const byte of bytes) {
    crc = ((crc << 8) & 0xffff) ^ (TABLE[((crc >> 8) ^ byte) & 0xff] ?? 0);
  }
  return crc;
}
