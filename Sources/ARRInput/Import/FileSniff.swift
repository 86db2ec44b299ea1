import ARRCore

/// Files that are no text table, known by their first bytes before any text decoding (session
/// 35, H35-14: a gzip-compressed CSV, as warehouses unload, was refused for "NUL bytes
/// (padding?)", a cause it does not have; a PDF for its header cells "%PDF-1.4"). Zip archives
/// (workbooks, Apple Numbers documents, plain archives) are the workbook reader's to name
/// (`docs/workbook.md`, "Not a workbook").
enum FileSniff {
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
}
