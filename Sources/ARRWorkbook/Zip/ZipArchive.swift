/// One file in a zip archive, as its central directory describes it.
struct ZipEntry: Sendable, Equatable {
  var name: String
  var method: UInt16
  var flags: UInt16
  var crc: UInt32
  /// Declared sizes: used to find the data and to check the result, never to bound memory.
  var compressedSize: Int
  var uncompressedSize: Int
  var localHeaderOffset: Int
}

/// A read-only zip archive held in memory: its central directory, and entries inflated on demand.
///
/// Only what a workbook needs: stored and deflated entries of a single-disk archive without
/// ZIP64 or encryption. Names are matched case-insensitively, as Open XML part names are.
struct ZipArchive: Sendable {
  let bytes: [UInt8]
  /// Entries by lower-cased name.
  private let entries: [String: ZipEntry]
  /// Entry names in directory order.
  let names: [String]

  /// The first eight bytes of an OLE compound document (legacy `.xls`, encrypted `.xlsx`).
  static let compoundDocumentSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// Reads the central directory.
  /// - Throws: ``ZipFailure`` when the bytes are not a zip archive we can read safely.
  /// - Complexity: O(n) in the archive size (the end record is searched from the back).
  init(bytes: [UInt8]) throws(ZipFailure) {
    self.bytes = bytes
    if bytes.starts(with: Self.compoundDocumentSignature) {
      throw .compoundDocument(isEncrypted: Self.compoundDocumentIsEncrypted(bytes))
    }
    guard bytes.count >= 22, bytes.starts(with: [0x50, 0x4B]) else { throw .notZip }
    let end = try Self.findEndRecord(bytes)
    let r = ByteReader(bytes)
    guard r.u16(end + 4) == 0, r.u16(end + 6) == 0 else {
      throw .unsupported("archives split over several disks")
    }
    let count = Int(r.u16(end + 10))
    let directorySize = Int(r.u32(end + 12))
    let directoryOffset = Int(r.u32(end + 16))
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw .unsupported("ZIP64 archives (over 4 GB or 65,535 entries)")
    }
    guard directoryOffset <= end, directorySize <= end - directoryOffset else {
      throw .damaged("its central directory lies outside the file")
    }
    var entries: [String: ZipEntry] = [:]
    var names: [String] = []
    // Each entry's extent: its local header, name and compressed data at the least.
    var extents: [(start: Int, end: Int, name: String)] = []
    var at = directoryOffset
    for _ in 0..<count {
      guard at + 46 <= end, r.u32(at) == 0x0201_4B50 else {
        throw .damaged("its central directory is cut short or corrupt")
      }
      let nameLength = Int(r.u16(at + 28))
      let extraLength = Int(r.u16(at + 30))
      let commentLength = Int(r.u16(at + 32))
      let next = at + 46 + nameLength + extraLength + commentLength
      guard next <= end else { throw .damaged("its central directory is cut short") }
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      var entry = ZipEntry(
        name: name, method: r.u16(at + 10), flags: r.u16(at + 8), crc: r.u32(at + 16),
        compressedSize: Int(r.u32(at + 20)), uncompressedSize: Int(r.u32(at + 24)),
        localHeaderOffset: Int(r.u32(at + 42)))
      try Self.readZIP64Sizes(
        &entry, extra: (at + 46 + nameLength)..<(at + 46 + nameLength + extraLength), in: r)
      try Self.checkSafe(name)
      let key = name.lowercased()
      guard entries[key] == nil else { throw .damaged("it holds two entries named \(name)") }
      entries[key] = entry
      names.append(name)
      let (tail, overflow) = entry.localHeaderOffset.addingReportingOverflow(
        30 + nameLength + entry.compressedSize)
      extents.append((entry.localHeaderOffset, overflow ? Int.max : tail, name))
      at = next
    }
    try Self.checkNoOverlap(extents)
    self.entries = entries
    self.names = names
  }

  /// The inflated sizes the entries declare, summed (saturating). An entry is kept only when it
  /// inflates to exactly its declared size, so this bounds what reading every part inflates.
  var declaredTotal: Int {
    entries.values.reduce(0) { total, entry in
      let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
      return overflow ? Int.max : sum
    }
  }

  /// Refuses entries whose data overlap: two directory entries pointing at one local header, or
  /// one entry's data running into the next's header. No writer makes them; a zip bomb does, to
  /// inflate one small compressed kernel once per entry (hostile 56, H56-16: 1,000 entries of
  /// one 57 KB kernel, a 142 KB workbook, took 214 s and 12 GB and then crashed).
  /// - Complexity: O(n log n) in the entries.
  private static func checkNoOverlap(_ extents: [(start: Int, end: Int, name: String)])
    throws(ZipFailure)
  {
    let sorted = extents.sorted { $0.start < $1.start }
    for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end {
      throw .damaged(
        "its entries \(a.name) and \(b.name) overlap (two parts read the same compressed data, "
          + "as a zip bomb is built)")
    }
  }

  /// The sizes and offset an entry marks `0xFFFFFFFF` read from its ZIP64 extra field (id 1:
  /// the uncompressed size, the compressed size and the offset, in that order, each only when
  /// marked). Python's, Java's and .NET's writers mark an entry past 2 GiB so; its sizes were
  /// read as 4 GiB and the entry called "cut short" (trial 30, T30-17). An archive whose
  /// directory needs ZIP64 stays unsupported.
  /// - Throws: `.damaged` when a marked value is missing from the extra field.
  private static func readZIP64Sizes(
    _ entry: inout ZipEntry, extra: Range<Int>, in r: ByteReader
  ) throws(ZipFailure) {
    let marker = 0xFFFF_FFFF
    let marked = [
      entry.uncompressedSize == marker, entry.compressedSize == marker,
      entry.localHeaderOffset == marker,
    ]
    guard marked.contains(true) else { return }
    var at = extra.lowerBound
    while at + 4 <= extra.upperBound {
      let (id, size) = (r.u16(at), Int(r.u16(at + 2)))
      guard at + 4 + size <= extra.upperBound else { break }
      if id == 1 {
        var field = at + 4
        var values = [Int]()
        for isMarked in marked where isMarked {
          guard field + 8 <= at + 4 + size else {
            throw .damaged("the ZIP64 sizes of \(entry.name) are cut short")
          }
          let value = UInt64(r.u32(field)) | UInt64(r.u32(field + 4)) << 32
          values.append(value > UInt64(Int.max) ? Int.max : Int(value))
          field += 8
        }
        var next = values.makeIterator()
        if marked[0] { entry.uncompressedSize = next.next()! }
        if marked[1] { entry.compressedSize = next.next()! }
        if marked[2] { entry.localHeaderOffset = next.next()! }
        return
      }
      at += 4 + size
    }
    throw .damaged("\(entry.name) marks its sizes as ZIP64 but has no ZIP64 field")
  }

  /// Whether an entry of this name (any case) exists.
  func contains(_ name: String) -> Bool { entries[name.lowercased()] != nil }

  /// Inflates one entry, checking its size and CRC-32.
  ///
  /// - Returns: the entry's bytes, or `nil` when there is no such entry.
  /// - Throws: ``ZipFailure`` for a damaged, unsupported or oversized entry.
  /// - Complexity: O(n) in the entry's inflated size.
  func extract(_ name: String, limits: ZipLimits) throws(ZipFailure) -> [UInt8]? {
    guard let entry = entries[name.lowercased()] else { return nil }
    if entry.flags & 1 != 0 { throw .unsupported("encrypted entries (\(entry.name))") }
    let r = ByteReader(bytes)
    let header = entry.localHeaderOffset
    guard header <= bytes.count - 30, r.u32(header) == 0x0403_4B50 else {
      throw .damaged("the header of \(entry.name) is missing")
    }
    let start = header + 30 + Int(r.u16(header + 26)) + Int(r.u16(header + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw .damaged("\(entry.name) is cut short")
    }
    let (limit, isRatioBound) = limits.outputLimit(compressedSize: entry.compressedSize)
    // An entry is kept only when it inflates to exactly its declared size, so a declared size
    // past the limit is refused before inflating anything (trial 30, T30-17: a 2 MB bomb
    // declaring 2.1 GB inflated 414 MB, 411 MB of memory, before the limit stopped it). A lying
    // declaration still meets the limit counted on the bytes produced.
    if entry.method == 8 && entry.uncompressedSize > limit {
      throw .declaredPastLimit(
        name: entry.name, compressed: entry.compressedSize, declared: entry.uncompressedSize,
        limit: limit, isRatioBound: isRatioBound)
    }
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize <= limits.maxEntrySize else {
        throw .tooLarge(name: entry.name, limit: limits.maxEntrySize)
      }
      output = Array(bytes[start..<(start + entry.compressedSize)])
    case 8:
      do {
        output = try bytes.withUnsafeBufferPointer { all throws(InflateFailure) in
          try Inflater.inflate(
            UnsafeBufferPointer(rebasing: all[start..<(start + entry.compressedSize)]),
            sizeHint: entry.uncompressedSize, limit: limit)
        }
      } catch .outputLimitExceeded {
        if isRatioBound {
          throw .compressionRatio(
            name: entry.name, compressed: entry.compressedSize, inflatedPast: limit)
        }
        throw .tooLarge(name: entry.name, limit: limit)
      } catch {
        throw .corruptEntry(name: entry.name, reason: Self.describe(error))
      }
    default:
      throw .unsupported("compression method \(entry.method) (\(entry.name))")
    }
    guard output.count == entry.uncompressedSize else {
      throw .corruptEntry(
        name: entry.name,
        reason: "it holds \(output.count) bytes but declares \(entry.uncompressedSize)")
    }
    let crc = output.withUnsafeBufferPointer { CRC32.checksum($0) }
    guard crc == entry.crc else {
      throw .corruptEntry(name: entry.name, reason: "its checksum (CRC-32) does not match")
    }
    return output
  }

  private static func describe(_ failure: InflateFailure) -> String {
    switch failure {
    case .truncated: "its compressed data is cut short"
    case .reservedBlockType: "its compressed data uses a reserved block type"
    case .storedLengthMismatch: "a stored block's length is corrupt"
    case .invalidCodeLengths: "a Huffman table is corrupt"
    case .invalidSymbol: "its compressed data holds an invalid code"
    case .distanceTooFar: "its compressed data refers back before its start"
    case .outputLimitExceeded: "it is too large"
    }
  }

  /// Finds the end-of-central-directory record, searching back over a comment of up to 64 KiB.
  private static func findEndRecord(_ bytes: [UInt8]) throws(ZipFailure) -> Int {
    let r = ByteReader(bytes)
    var at = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while at >= lowest {
      if bytes[at] == 0x50 && r.u32(at) == 0x0605_4B50 { return at }
      at -= 1
    }
    throw .damaged("its end record is missing (the file is cut short or not a zip archive)")
  }

  /// Refuses names that could resolve outside the archive if anyone ever wrote them out.
  private static func checkSafe(_ name: String) throws(ZipFailure) {
    let unsafe =
      name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains(":")
      || name.utf8.contains(0) || name.split(separator: "/").contains("..")
    if unsafe { throw .unsafePath(name) }
  }

  /// Whether a compound document holds an encrypted Open XML package (its directory names the
  /// `EncryptionInfo` and `EncryptedPackage` streams) rather than a legacy workbook stream.
  private static func compoundDocumentIsEncrypted(_ bytes: [UInt8]) -> Bool? {
    func utf16(_ s: String) -> [UInt8] { s.utf8.flatMap { [$0, 0] } }
    if contains(bytes, utf16("EncryptedPackage")) { return true }
    if contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book")) { return false }
    return nil
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count, let first = needle.first else { return false }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) {
        return true
      }
      i += 1
    }
    return false
  }
}

/// Little-endian integers at byte offsets (callers check bounds first).
private struct ByteReader {
  let bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }
  func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
  func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
}
