/// CRC-32 (ISO 3309, the zip checksum), computed eight bytes at a time (slicing-by-8).
enum CRC32 {
  /// `table[256 * k + b]`: the CRC of byte `b` followed by `k` zero bytes.
  private static let table: [UInt32] = {
    var first = [UInt32](repeating: 0, count: 256)
    for n in 0..<256 {
      var c = UInt32(n)
      for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      first[n] = c
    }
    var all = [first]
    for k in 1..<8 {
      all.append(
        (0..<256).map { n in
          let previous = all[k - 1][n]
          return first[Int(previous & 0xFF)] ^ (previous >> 8)
        })
    }
    return all.flatMap { $0 }
  }()

  /// The CRC-32 of `bytes`.
  /// - Complexity: O(n).
  static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    guard let base = bytes.baseAddress else { return 0 }
    return table.withUnsafeBufferPointer { t in
      var i = 0
      let n = bytes.count
      while i + 8 <= n {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let low = UInt32(truncatingIfNeeded: word) ^ crc
        let high = UInt32(truncatingIfNeeded: word >> 32)
        crc =
          t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
          ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
          ^ t[1 * 256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
        i += 8
      }
      while i < n {
        crc = t[Int((crc ^ UInt32(base[i])) & 0xFF)] ^ (crc >> 8)
        i += 1
      }
      return ~crc
    }
  }
}
