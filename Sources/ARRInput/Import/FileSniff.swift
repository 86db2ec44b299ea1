import ARRCore

/// Files that are no text table, known by their first bytes before any text decoding (session
/// 35, H35-14: a gzip-compressed CSV, as warehouses unload, was refused for "NUL bytes
/// (padding?)", a cause it does not have; a PDF for its header cells "%PDF-1.4"). Zip archives
/// (workbooks, Apple Numbers documents, plain archives) are the workbook reader's to name
/// (`docs/workbook.md`, "Not a workbook").
///
/// Binary data is refused from the file's first bytes, before the file is read whole (session
/// 56, imp lane; hostile 55, H55-6: a 2 GiB file of NUL bytes was read into memory, then refused
/// as UTF-16): ``binaryRefusal(_:name:expected:)``.
enum FileSniff {
  /// The bytes read from a file's start to decide that it is binary (``binaryRefusal(_:name:expected:)``).
  static let prefixCount = 4_096

  /// The refusal of `bytes` (file `name`) when they start as a gzip stream (`1F 8B`) or a PDF
  /// document (`%PDF-`); `nil` otherwise.
  static func refusal(_ bytes: [UInt8], name: String) -> ARRQualityError? {
    if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B {
      let inner = name.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : nil
      return .data(
        "\(name) is gzip-compressed (it starts with the bytes 1F 8B, as a warehouse's unload or "
          + "a compressed download does), not text: decompress it first ("
          + (inner == nil
            ? "`gzip -dc \(ShellWord.quoted(name)) > decompressed.csv`"
            : "`gunzip -k \(ShellWord.quoted(name))`")
          + ", or open it with an archive tool) and give the file it holds"
          + (inner.map { " (\($0))" } ?? ""))
    }
    if bytes.starts(with: Array("%PDF-".utf8)) {
      return .data(
        "\(name) is a PDF document (it starts with \"%PDF-\"), not a table: a PDF's figures "
          + "cannot be read as rows; export the revenue table from the system or spreadsheet "
          + "that made it, as CSV or Excel Workbook (.xlsx)")
    }
    return nil
  }

  /// ``refusal(_:name:)`` or ``binaryRefusal(_:name:expected:)`` of a file's first bytes:
  /// checked before the file is read whole.
  static func prefixRefusal(_ prefix: [UInt8], name: String, expected: String)
    -> ARRQualityError?
  {
    refusal(prefix, name: name) ?? binaryRefusal(prefix, name: name, expected: expected)
  }

  /// What a data-room file given by path should be (`--sheet`'s workbook when it is named so).
  static func expected(_ path: String) -> String {
    let lowered = path.lowercased()
    return lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") || lowered.hasSuffix(".xls")
      ? "an Excel workbook (.xlsx)"
      : "a CSV or other text export (UTF-8), or an Excel workbook (.xlsx)"
  }

  /// Formats known by their first bytes that are never a table, named in the refusal.
  static let binaryFormats: [(signature: [UInt8], name: String)] = [
    ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    (Array("GIF8".utf8), "a GIF image"),
    (Array("SQLite format 3".utf8) + [0], "an SQLite database"),
    (Array("PAR1".utf8), "a Parquet file"),
    ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
    ([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "a RAR archive"),
    ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz-compressed file"),
    ([0x28, 0xB5, 0x2F, 0xFD], "a zstd-compressed file"),
  ]

  /// Control bytes no text table holds (not tab, line feed, vertical tab, form feed, carriage
  /// return or escape).
  static func isControl(_ b: UInt8) -> Bool {
    (0x01...0x08).contains(b) || (0x0E...0x1A).contains(b) || (0x1C...0x1F).contains(b)
  }

  /// The refusal of a file whose first bytes (`prefix`, at most ``prefixCount``) are binary
  /// data, not text, or `nil`: it starts with two NUL bytes (a zeroed or preallocated file, a
  /// disk image: no text does, UTF-16 included); or, unless UTF-16 (whose letters beyond Latin
  /// are such bytes) or a zip archive or OLE compound document (a workbook's to read), it starts
  /// with a binary format's signature (``binaryFormats``), or 1% or more of it, and 8 bytes at
  /// least, are NUL bytes before other bytes or control bytes (``isControl(_:)``). A NUL run at
  /// the end is padding, refused with its own message once read (``ImportTable``).
  /// - Parameter expected: What the file should have been, for the message (`a CSV file`).
  static func binaryRefusal(_ prefix: [UInt8], name: String, expected: String)
    -> ARRQualityError?
  {
    let head = prefix.prefix(prefixCount)
    if head.count >= 2 && head[head.startIndex] == 0 && head[head.startIndex + 1] == 0 {
      return .data(
        "\(name) starts with NUL bytes (00 00): binary data, not text (a zeroed or preallocated "
          + "file, a disk image, a copy that never received its content?); expected \(expected)")
    }
    if UTF16Sniffing.isUTF16(head) || head.starts(with: [0x50, 0x4B])
      || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    {
      return nil
    }
    if let format = binaryFormats.first(where: { head.starts(with: $0.signature) }) {
      return .data("\(name) is \(format.name), not a table; expected \(expected)")
    }
    var odd = 0
    for (k, b) in zip(head.indices, head) {
      if isControl(b) || (b == 0 && k + 1 < head.endIndex && head[k + 1] != 0) { odd += 1 }
    }
    guard odd >= 8 && odd * 100 >= head.count else { return nil }
    return .data(
      "\(name) holds binary data, not text (\(odd) of its first \(head.count) bytes are NUL or "
        + "control bytes); expected \(expected)")
  }
}
