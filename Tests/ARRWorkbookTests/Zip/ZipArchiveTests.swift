import ARRCore
import Testing

@testable import ARRWorkbook

@Suite struct ZipArchiveTests {
  @Test func listsAndExtractsEntries() throws {
    let archive = try ZipArchive(bytes: try Fixtures.bytes("hand-written.xlsx"))
    #expect(archive.names.contains("xl/worksheets/odd sheet.xml"))
    // Names match regardless of case, as Open XML part names do.
    let rels = try #require(try archive.extract("_RELS/.rels", limits: .standard))
    #expect(String(decoding: rels, as: UTF8.self).contains("officeDocument"))
    #expect(try archive.extract("missing.xml", limits: .standard) == nil)
  }

  @Test func aFlippedByteFailsTheChecksumOrTheInflate() throws {
    var bytes = try Fixtures.bytes("macro.xlsm")
    let archive = try ZipArchive(bytes: bytes)
    // The VBA project is stored deflated; flip a byte in the middle of the file's data area.
    let offset = try #require(Self.dataOffset(of: "xl/vbaProject.bin", in: bytes)) + 20
    bytes[offset] ^= 0x55
    let damaged = try ZipArchive(bytes: bytes)
    #expect(throws: ZipFailure.self) { try damaged.extract("xl/vbaProject.bin", limits: .standard) }
    #expect(try archive.extract("xl/vbaProject.bin", limits: .standard)?.count == 1024)
  }

  @Test func aBadStoredCRCIsCaught() throws {
    var bytes = try Fixtures.bytes("hand-written.xlsx")
    // `_rels/.rels` is stored: change one byte of its content.
    let offset = try #require(Self.dataOffset(of: "_rels/.rels", in: bytes)) + 10
    bytes[offset] ^= 0x01
    let archive = try ZipArchive(bytes: bytes)
    #expect(
      throws: ZipFailure.corruptEntry(
        name: "_rels/.rels", reason: "its checksum (CRC-32) does not match")
    ) {
      try archive.extract("_rels/.rels", limits: .standard)
    }
  }

  /// A bomb that declares its size is refused on it, before inflating a byte (trial 30,
  /// T30-17: 411 MB to refuse a 2 MB file); one that lies about it stops at the limit counted
  /// on the bytes produced.
  @Test func aZipBombIsRefusedOnItsDeclaredSize() throws {
    let bytes = try Fixtures.bytes("bomb.xlsx")
    let name = "xl/worksheets/sheet1.xml"
    let entry = try #require(Self.directoryEntry(of: name, in: bytes))
    let declared = Self.u32(bytes, entry + 24)
    let compressed = Self.u32(bytes, entry + 20)
    #expect(declared > 200 * compressed)
    let archive = try ZipArchive(bytes: bytes)
    #expect(
      throws: ZipFailure.declaredPastLimit(
        name: name, compressed: compressed, declared: declared,
        limit: ZipLimits.standard.ratioFreeSize, isRatioBound: true)
    ) {
      try archive.extract(name, limits: .standard)
    }
  }

  /// Two directory entries pointing at one local header (hostile 56, H56-16: a 142 KB
  /// workbook of 1,000 such sheets took 12 GB and crashed) are refused before anything is
  /// inflated; the workbook as written reads.
  @Test func entriesSharingTheirDataAreRefused() throws {
    var bytes = try Fixtures.bytes("hand-written.xlsx")
    #expect(throws: Never.self) { try ZipArchive(bytes: bytes) }
    let first = try #require(Self.directoryEntry(of: "_rels/.rels", in: bytes))
    let second = try #require(Self.directoryEntry(of: "xl/workbook.xml", in: bytes))
    bytes.replaceSubrange((second + 42)..<(second + 46), with: bytes[(first + 42)..<(first + 46)])
    let error = #expect(throws: ZipFailure.self) { try ZipArchive(bytes: bytes) }
    guard case .damaged(let what)? = error else {
      Issue.record("expected .damaged, got \(String(describing: error))")
      return
    }
    #expect(what.contains("overlap"))
    #expect(what.contains("_rels/.rels") && what.contains("xl/workbook.xml"))
  }

  /// Parts that together declare more than ``ZipLimits/maxTotalSize`` are refused before any is
  /// inflated (hostile 56, H56-3); under the limit the workbook reads.
  @Test func partsDeclaringTooMuchTogetherAreRefused() throws {
    let bytes = try Fixtures.bytes("hand-written.xlsx")
    let total = try ZipArchive(bytes: bytes).declaredTotal
    #expect(total > 1_000)
    func limits(_ total: Int) -> ZipLimits {
      ZipLimits(maxEntrySize: 1 << 30, maxRatio: 200, ratioFreeSize: 16 << 20, maxTotalSize: total)
    }
    #expect(throws: Never.self) {
      try Workbook(bytes: bytes, fileName: "w.xlsx", limits: limits(total))
    }
    let error = #expect(throws: ARRQualityError.self) {
      try Workbook(bytes: bytes, fileName: "w.xlsx", limits: limits(total - 1))
    }
    #expect(
      error?.message.contains("declare \(CountText.grouped(total)) bytes inflated together") == true
    )
  }

  /// An entry over 2 GiB is marked ZIP64 by Python's, Java's and .NET's writers: its sizes
  /// `0xFFFFFFFF` in the directory, the real ones in a ZIP64 extra field. Read from it, a small
  /// entry so marked extracts whole, and a bomb is refused on its real declared size; before,
  /// "cut short" (trial 30, T30-17).
  @Test func zip64SizesAreReadFromTheExtraField() throws {
    let rels = "_rels/.rels"
    let plain = try Fixtures.bytes("hand-written.xlsx")
    let marked = try #require(Self.markingZIP64(rels, in: plain))
    let expected = try ZipArchive(bytes: plain).extract(rels, limits: .standard)
    #expect(try ZipArchive(bytes: marked).extract(rels, limits: .standard) == expected)

    let name = "xl/worksheets/sheet1.xml"
    let bomb = try Fixtures.bytes("bomb.xlsx")
    let entry = try #require(Self.directoryEntry(of: name, in: bomb))
    let markedBomb = try #require(Self.markingZIP64(name, in: bomb))
    #expect(
      throws: ZipFailure.declaredPastLimit(
        name: name, compressed: Self.u32(bomb, entry + 20), declared: Self.u32(bomb, entry + 24),
        limit: ZipLimits.standard.ratioFreeSize, isRatioBound: true)
    ) {
      try ZipArchive(bytes: markedBomb).extract(name, limits: .standard)
    }
  }

  @Test func aZipBombLyingAboutItsSizeStopsAtTheRatioLimit() throws {
    var bytes = try Fixtures.bytes("bomb.xlsx")
    // Declare 1,000 bytes: the declaration passes, the inflate meets the limit.
    let entry = try #require(Self.directoryEntry(of: "xl/worksheets/sheet1.xml", in: bytes))
    bytes.replaceSubrange((entry + 24)..<(entry + 28), with: [0xE8, 0x03, 0, 0])
    let archive = try ZipArchive(bytes: bytes)
    #expect {
      try archive.extract("xl/worksheets/sheet1.xml", limits: .standard)
    } throws: { error in
      guard case ZipFailure.compressionRatio(_, _, let past) = error else { return false }
      return past == ZipLimits.standard.ratioFreeSize
    }
    // Under a smaller absolute limit it is refused for its size instead.
    let tight = ZipLimits(maxEntrySize: 1 << 20, maxRatio: 10_000, ratioFreeSize: 1 << 20)
    #expect(throws: ZipFailure.tooLarge(name: "xl/worksheets/sheet1.xml", limit: 1 << 20)) {
      try archive.extract("xl/worksheets/sheet1.xml", limits: tight)
    }
  }

  @Test func entriesThatClimbOutOfTheArchiveAreRefused() throws {
    #expect(throws: ZipFailure.unsafePath("../../evil.sh")) {
      try ZipArchive(bytes: try Fixtures.bytes("traversal.xlsx"))
    }
  }

  @Test func compoundDocumentsAreRecognised() throws {
    #expect(throws: ZipFailure.compoundDocument(isEncrypted: false)) {
      try ZipArchive(bytes: try Fixtures.bytes("legacy.xls"))
    }
    #expect(throws: ZipFailure.compoundDocument(isEncrypted: true)) {
      try ZipArchive(bytes: try Fixtures.bytes("encrypted.xlsx"))
    }
    #expect(throws: ZipFailure.compoundDocument(isEncrypted: nil)) {
      try ZipArchive(
        bytes: ZipArchive.compoundDocumentSignature + [UInt8](repeating: 0, count: 600))
    }
  }

  @Test func otherBytesAreNotAZip() {
    #expect(throws: ZipFailure.notZip) { try ZipArchive(bytes: Array("id,name\n1,a\n".utf8)) }
    #expect(throws: ZipFailure.notZip) { try ZipArchive(bytes: []) }
  }

  @Test("a workbook cut anywhere gives an error, never a crash")
  func truncatedArchivesFail() throws {
    let bytes = try Fixtures.bytes("data-room.xlsx")
    for cut in stride(from: 0, to: bytes.count, by: 61) {
      let error = Fixtures.error(opening: Array(bytes[..<cut]))
      #expect(error?.kind == .invalidData, "cut at \(cut)")
    }
  }

  @Test("random corruption gives an error or a readable workbook, never a crash")
  func corruptedArchivesAreSafe() throws {
    let original = try Fixtures.bytes("data-room.xlsx")
    var generator = SplitMix(seed: 12)
    for _ in 0..<200 {
      var bytes = original
      for _ in 0..<3 {
        let at = Int(generator.next() % UInt64(bytes.count))
        bytes[at] = UInt8(truncatingIfNeeded: generator.next())
      }
      if let error = Fixtures.error(opening: bytes) { #expect(error.kind == .invalidData) }
    }
  }

  /// Where an entry's data starts (after its local header), found through the directory.
  static func u32(_ bytes: [UInt8], _ at: Int) -> Int {
    (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
  }

  /// The offset of `name`'s central-directory entry.
  static func directoryEntry(of name: String, in bytes: [UInt8]) -> Int? {
    var at = bytes.count - 22
    while at > 0 && u32(bytes, at) != 0x0605_4B50 { at -= 1 }
    var entry = u32(bytes, at + 16)
    while entry + 46 < bytes.count, u32(bytes, entry) == 0x0201_4B50 {
      let nameLength = u32(bytes, entry + 28) & 0xFFFF
      let extra = u32(bytes, entry + 30) & 0xFFFF
      let comment = u32(bytes, entry + 32) & 0xFFFF
      if String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self) == name {
        return entry
      }
      entry += 46 + nameLength + extra + comment
    }
    return nil
  }

  /// `bytes` with `name`'s directory entry written as a ZIP64 writer writes it: both sizes
  /// `0xFFFFFFFF` and a ZIP64 extra field (id 1) holding them, uncompressed first; the end
  /// record's directory size grown to match.
  static func markingZIP64(_ name: String, in original: [UInt8]) -> [UInt8]? {
    var bytes = original
    guard let entry = directoryEntry(of: name, in: bytes) else { return nil }
    func le(_ value: Int, _ count: Int) -> [UInt8] {
      (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    let compressed = u32(bytes, entry + 20)
    let uncompressed = u32(bytes, entry + 24)
    let nameLength = u32(bytes, entry + 28) & 0xFFFF
    let extraLength = u32(bytes, entry + 30) & 0xFFFF
    let field = le(1, 2) + le(16, 2) + le(uncompressed, 8) + le(compressed, 8)
    bytes.insert(contentsOf: field, at: entry + 46 + nameLength + extraLength)
    bytes.replaceSubrange((entry + 30)..<(entry + 32), with: le(extraLength + field.count, 2))
    bytes.replaceSubrange((entry + 20)..<(entry + 28), with: [UInt8](repeating: 0xFF, count: 8))
    var end = bytes.count - 22
    while end > 0 && u32(bytes, end) != 0x0605_4B50 { end -= 1 }
    bytes.replaceSubrange(
      (end + 12)..<(end + 16), with: le(u32(bytes, end + 12) + field.count, 4))
    return bytes
  }

  static func dataOffset(of name: String, in bytes: [UInt8]) -> Int? {
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    var at = 0
    while at + 30 < bytes.count, u32(at) == 0x0403_4B50 {
      let nameLength = u16(at + 26)
      let entryName = String(decoding: bytes[(at + 30)..<(at + 30 + nameLength)], as: UTF8.self)
      let start = at + 30 + nameLength + u16(at + 28)
      if entryName == name { return start }
      at = start + u32(at + 18)
    }
    return nil
  }
}
