import ARRQuality

// Writes a plain .xlsx for the benchmark: one sheet of shared-string ids, a row of month date
// headers and numbers. Our reader never writes workbooks; this lives with the benchmark only.
// Entries are deflated with a small LZ77 (greedy, one hash probe) and the fixed Huffman code,
// so the reader's inflate does real work (matches and literals), about as zlib's level 1 would.

/// Bits written least significant first, as DEFLATE packs them.
struct BitWriter {
  var bytes: [UInt8] = []
  var buffer: UInt64 = 0
  var count = 0

  @inline(__always)
  mutating func write(_ value: UInt32, _ n: Int) {
    buffer |= UInt64(value) << UInt64(count)
    count += n
    while count >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: buffer))
      buffer >>= 8
      count -= 8
    }
  }

  /// A Huffman code, most significant bit first.
  @inline(__always)
  mutating func writeCode(_ code: UInt32, _ n: Int) {
    var reversed: UInt32 = 0
    var c = code
    for _ in 0..<n {
      reversed = (reversed << 1) | (c & 1)
      c >>= 1
    }
    write(reversed, n)
  }

  mutating func flush() {
    if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
    buffer = 0
    count = 0
  }
}

enum BenchDeflate {
  static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]

  @inline(__always)
  static func writeLiteralLength(_ symbol: Int, _ w: inout BitWriter) {
    switch symbol {
    case 0...143: w.writeCode(UInt32(0x30 + symbol), 8)
    case 144...255: w.writeCode(UInt32(0x190 + symbol - 144), 9)
    case 256...279: w.writeCode(UInt32(symbol - 256), 7)
    default: w.writeCode(UInt32(0xC0 + symbol - 280), 8)
    }
  }

  static func compress(_ input: [UInt8]) -> [UInt8] {
    var w = BitWriter()
    w.bytes.reserveCapacity(input.count / 4)
    w.write(1, 1)  // final
    w.write(1, 2)  // fixed Huffman
    let hashBits = 16
    var head = [Int32](repeating: -1, count: 1 << hashBits)
    let n = input.count
    input.withUnsafeBufferPointer { p in
      var i = 0
      while i < n {
        var bestLength = 0
        var distance = 0
        if i + 3 <= n {
          let key = UInt32(p[i]) << 16 | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2])
          let h = Int((key &* 2_654_435_761) >> UInt32(32 - hashBits))
          let candidate = Int(head[h])
          head[h] = Int32(i)
          if candidate >= 0 && i - candidate <= 32768 {
            var l = 0
            while l < 258 && i + l < n && p[candidate + l] == p[i + l] { l += 1 }
            if l >= 3 {
              bestLength = l
              distance = i - candidate
            }
          }
        }
        if bestLength >= 3 {
          var code = 28
          while lengthBase[code] > bestLength { code -= 1 }
          writeLiteralLength(257 + code, &w)
          w.write(UInt32(bestLength - lengthBase[code]), lengthExtra[code])
          var d = 29
          while distanceBase[d] > distance { d -= 1 }
          w.writeCode(UInt32(d), 5)
          w.write(UInt32(distance - distanceBase[d]), distanceExtra[d])
          i += bestLength
        } else {
          writeLiteralLength(Int(p[i]), &w)
          i += 1
        }
      }
    }
    writeLiteralLength(256, &w)
    w.flush()
    return w.bytes
  }
}

enum BenchZip {
  static let crcTable: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
    return ~c
  }

  /// A zip archive of deflated entries.
  static func archive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    func u16(_ v: Int, _ to: inout [UInt8]) { to += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: Int, _ to: inout [UInt8]) {
      u16(v & 0xFFFF, &to)
      u16(v >> 16 & 0xFFFF, &to)
    }
    for entry in entries {
      let compressed = BenchDeflate.compress(entry.data)
      let crc = Int(crc32(entry.data))
      let name = Array(entry.name.utf8)
      let offset = out.count
      u32(0x0403_4B50, &out)
      u16(20, &out)
      u16(0, &out)
      u16(8, &out)
      u32(0, &out)
      u32(crc, &out)
      u32(compressed.count, &out)
      u32(entry.data.count, &out)
      u16(name.count, &out)
      u16(0, &out)
      out += name
      out += compressed
      u32(0x0201_4B50, &directory)
      u16(20, &directory)
      u16(20, &directory)
      u16(0, &directory)
      u16(8, &directory)
      u32(0, &directory)
      u32(crc, &directory)
      u32(compressed.count, &directory)
      u32(entry.data.count, &directory)
      u16(name.count, &directory)
      u32(0, &directory)  // extra and comment lengths
      u32(0, &directory)  // disk, internal attributes
      u32(0, &directory)  // external attributes
      u32(offset, &directory)
      directory += name
    }
    let directoryOffset = out.count
    out += directory
    u32(0x0605_4B50, &out)
    u32(0, &out)
    u16(entries.count, &out)
    u16(entries.count, &out)
    u32(directory.count, &out)
    u32(directoryOffset, &out)
    u16(0, &out)
    return out
  }
}

/// A one-sheet workbook holding a CSV's cells: `YYYY-MM` headers as month date cells
/// (`mmm-yy`), numbers as numbers (`#,##0.00`), everything else as shared strings.
enum BenchWorkbook {
  static func xlsx(fromCSV csv: [UInt8]) -> [UInt8] {
    var strings: [String] = []
    var stringIndex: [String: Int] = [:]
    var sheet: [UInt8] = Array(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        .utf8)
    var row = 0
    for line in csv.split(separator: 0x0A, omittingEmptySubsequences: false) where !line.isEmpty {
      row += 1
      sheet += Array("<row r=\"\(row)\">".utf8)
      var column = 0
      for field in line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
        column += 1
        guard !field.isEmpty else { continue }
        let text = String(decoding: field, as: UTF8.self)
        let ref = columnName(column) + String(row)
        if row == 1, field.count == 7, field[field.startIndex + 4] == UInt8(ascii: "-"),
          let y = Int(text.prefix(4)), let m = Int(text.suffix(2))
        {
          let serial = daysFrom1900(year: y, month: m)
          sheet += Array("<c r=\"\(ref)\" s=\"1\"><v>\(serial)</v></c>".utf8)
        } else if Double(text) != nil {
          sheet += Array("<c r=\"\(ref)\" s=\"2\"><v>".utf8) + field + Array("</v></c>".utf8)
        } else {
          let index: Int
          if let known = stringIndex[text] {
            index = known
          } else {
            index = strings.count
            strings.append(text)
            stringIndex[text] = index
          }
          sheet += Array("<c r=\"\(ref)\" t=\"s\"><v>\(index)</v></c>".utf8)
        }
      }
      sheet += Array("</row>".utf8)
    }
    sheet += Array("</sheetData></worksheet>".utf8)
    var shared = Array(
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\">"
        .utf8)
    for s in strings {
      let escaped = s.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
      shared += Array("<si><t>\(escaped)</t></si>".utf8)
    }
    shared += Array("</sst>".utf8)
    let ns = "http://schemas.openxmlformats.org"
    let parts: [(String, String)] = [
      ("[Content_Types].xml", "<Types xmlns=\"\(ns)/package/2006/content-types\"/>"),
      (
        "_rels/.rels",
        "<Relationships xmlns=\"\(ns)/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(ns)/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
      ),
      (
        "xl/workbook.xml",
        "<workbook xmlns=\"\(ns)/spreadsheetml/2006/main\" xmlns:r=\"\(ns)/officeDocument/2006/relationships\"><sheets><sheet name=\"Revenue\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
      ),
      (
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"\(ns)/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(ns)/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(ns)/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"\(ns)/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
      ),
      (
        "xl/styles.xml",
        "<styleSheet xmlns=\"\(ns)/spreadsheetml/2006/main\"><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"17\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>"
      ),
    ]
    return BenchZip.archive(
      parts.map { ($0.0, Array($0.1.utf8)) } + [
        ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet),
      ])
  }

  static func columnName(_ column: Int) -> String {
    var n = column
    var letters: [Character] = []
    while n > 0 {
      letters.insert(Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26))), at: 0)
      n = (n - 1) / 26
    }
    return String(letters)
  }

  /// The 1900-system serial of the first day of a month (after February 1900).
  static func daysFrom1900(year: Int, month: Int) -> Int {
    let date = CivilDate(year: year, month: month, day: 1)!
    let epoch = CivilDate(year: 1899, month: 12, day: 30)!
    return date.days(since: epoch)
  }
}
