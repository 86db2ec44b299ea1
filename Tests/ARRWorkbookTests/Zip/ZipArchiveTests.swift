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

  @Test func aZipBombStopsAtTheRatioLimit() throws {
    let archive = try ZipArchive(bytes: try Fixtures.bytes("bomb.xlsx"))
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
