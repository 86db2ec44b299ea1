import ARRCore

/// Refusals that name what a file given as a workbook is (session 27, t27b lane; trial 25,
/// T25-10): CSV text saved under a `.xlsx` name, or another Office document. See
/// `docs/workbook.md`, "Not a workbook".
extension WorkbookErrors {
  /// Bytes of a file's start read to tell delimited text from binary.
  static let textProbe = 4_096

  /// The delimiter of the first line when `bytes` start as delimited text, else `nil`: no NUL,
  /// UTF-8 up to the last line end within the probe (the whole file when it is shorter), and a
  /// comma, semicolon or tab in the first line. Returns the first line too, for the message.
  static func delimitedText(_ bytes: [UInt8]) -> (delimiter: UInt8, firstLine: String)? {
    let head = bytes.prefix(textProbe)
    guard !head.isEmpty, !head.contains(0) else { return nil }
    let whole = head.count == bytes.count
    guard let cut = whole ? head.endIndex : head.lastIndex(of: 0x0A).map({ $0 + 1 }),
      let text = String(validating: head[..<cut], as: UTF8.self)
    else { return nil }
    // By bytes: "\r\n" is one Character, equal to neither "\r" nor "\n".
    let first = text.utf8.prefix { $0 != 0x0A && $0 != 0x0D }
    for d in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] where first.contains(d) {
      return (d, String(decoding: first, as: UTF8.self))
    }
    return nil
  }

  /// "csv.xlsx is not an Excel workbook (.xlsx): it is CSV text (first line "Customer,…"):
  /// rename it .csv", or `nil` when the bytes are not delimited text.
  func notZipButText(_ bytes: [UInt8]) -> ARRQualityError? {
    guard let (delimiter, line) = Self.delimitedText(bytes) else { return nil }
    let isTab = delimiter == UInt8(ascii: "\t")
    let shown = line.count > 60 ? String(line.prefix(60)) + "…" : line
    return .data(
      "\(fileName) is not an Excel workbook (.xlsx): it is \(isTab ? "tab-separated" : "CSV") "
        + "text under a workbook's name (first line \"\(shown)\"): rename it "
        + "\(isTab ? ".tsv" : ".csv") and give that file")
  }

  /// What an Office Open XML package or OpenDocument file is when it is not a workbook, and the
  /// part that shows it: its main part (`word/…`, `ppt/…`), or the part such a document always
  /// holds (`word/document.xml`, `ppt/presentation.xml`, OpenDocument's `content.xml`), or `nil`.
  static func otherDocumentKind(mainPart: String?, in archive: ZipArchive) -> (
    kind: String, part: String
  )? {
    for (folder, part, kind) in [
      ("word/", "word/document.xml", "a Word document (.docx)"),
      ("ppt/", "ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
    ] {
      if let mainPart, mainPart.hasPrefix(folder) { return (kind, mainPart) }
      if mainPart == nil && archive.contains(part) { return (kind, part) }
    }
    // Apple Numbers (session 35, H35-14: told to unzip it, which gives `.iwa` files).
    if archive.contains("Index/Document.iwa") {
      return ("an Apple Numbers document (.numbers)", "Index/Document.iwa")
    }
    if archive.contains("mimetype") && archive.contains("content.xml") {
      return ("an OpenDocument file (LibreOffice or OpenOffice: .ods, .odt)", "content.xml")
    }
    return nil
  }

  /// The refusal of another kind of document given as a workbook (a zip archive, whatever
  /// its name).
  func otherDocument(_ kind: String, part: String) -> ARRQualityError {
    let lowered = fileName.lowercased()
    let renamed =
      [".xlsx", ".xlsm", ".xls"].contains { lowered.hasSuffix($0) }
      ? ", saved under a workbook's name" : ""
    let advice =
      part == "Index/Document.iwa"
      ? "open it in Numbers and choose File > Export To > Excel… (or CSV…), then give that file"
      : "from its spreadsheet, save it as Excel Workbook (.xlsx) or export the sheet as CSV"
    return .data(
      "\(fileName) is not an Excel workbook: it is \(kind) (it holds \(part))\(renamed). Give "
        + "the revenue table itself: \(advice)")
  }

  /// The refusal of a plain zip archive given as a workbook (no `[Content_Types].xml`, no
  /// `xl/workbook.xml`): "a zip archive holding 3 files (first: q1.csv), not an Excel
  /// workbook". Folders and macOS's `__MACOSX/` copies are not counted as files. When every
  /// file is delimited text (`.csv`, `.tsv`, `.txt`), it says to unzip it and pass the CSV;
  /// an empty archive says it holds nothing (session 28, t28b lane).
  func plainZip(_ names: [String]) -> ARRQualityError {
    let files = names.filter { !$0.hasSuffix("/") && !$0.hasPrefix("__MACOSX/") }
    guard let first = files.first else {
      return .data(
        "\(fileName) is an empty zip archive (it holds no files), not an Excel workbook: give "
          + "the revenue table itself, as an Excel Workbook (.xlsx) or a CSV file")
    }
    let isText = files.allSatisfy { name in
      [".csv", ".tsv", ".txt"].contains { name.lowercased().hasSuffix($0) }
    }
    let holding =
      files.count == 1
      ? "a zip archive holding one file, \(first)"
      : "a zip archive holding \(files.count) files (first: \(first))"
    let advice =
      !isText
      ? "unzip it and give the revenue table it holds (a CSV file or an Excel Workbook)"
      : files.count == 1 ? "unzip it and pass the CSV" : "unzip it and pass the CSV files"
    return .data("\(fileName) is \(holding), not an Excel workbook: \(advice)")
  }
}
