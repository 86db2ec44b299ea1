import ARRCore

/// Messages for a workbook that cannot be read, each naming the file and, where there is one,
/// the sheet and cell.
struct WorkbookErrors: Sendable {
  let fileName: String

  /// A problem with the zip container or one of its parts.
  func container(_ failure: ZipFailure, sheet: String?) -> ARRQualityError {
    let place = sheet.map { "\(fileName), sheet \"\($0)\"" } ?? fileName
    let message: String
    switch failure {
    case .notZip:
      message =
        "\(fileName) is not an Excel workbook (.xlsx): it is not a zip archive. "
        + "Save it from a spreadsheet program as Excel Workbook (.xlsx), or export the sheet as CSV"
    case .compoundDocument(let isEncrypted):
      switch isEncrypted {
      case true?:
        message =
          "\(fileName) is a password-protected (encrypted) workbook: open it, remove the password "
          + "(in Excel: File › Info › Protect Workbook › Encrypt with Password, clear it), "
          + "save it, and try again — or export the sheet as CSV"
      case false?:
        message =
          "\(fileName) is a legacy Excel 97–2003 workbook (.xls): open it in a spreadsheet "
          + "program and save it as Excel Workbook (.xlsx), or export the sheet as CSV"
      case nil:
        message =
          "\(fileName) is an OLE compound document, either a legacy Excel 97–2003 workbook (.xls) "
          + "— save it as Excel Workbook (.xlsx) — or a password-protected workbook — remove the "
          + "password and save it again"
      }
    case .damaged(let what):
      message = "\(place) is damaged: \(what)"
    case .unsafePath(let name):
      message =
        "\(fileName) is refused: it holds an entry named \"\(name)\", a path that points "
        + "outside the archive (no workbook does that)"
    case .unsupported(let what):
      message =
        "\(place) uses \(what), which this reader does not read: save it again as Excel "
        + "Workbook (.xlsx) from a spreadsheet program"
    case .corruptEntry(let name, let reason):
      message = "\(place) is damaged: \(name): \(reason)"
    case .compressionRatio(let name, let compressed, let inflatedPast):
      message =
        "\(place) is refused as a possible zip bomb: \(name) inflates past "
        + "\(inflatedPast) bytes from \(compressed) compressed bytes (the limit is "
        + "\(ZipLimits.standard.maxRatio) times its compressed size)"
    case .tooLarge(let name, let limit):
      message =
        "\(place) is too large: \(name) inflates past \(limit) bytes, the most one part may hold"
    case .declaredPastLimit(let name, let compressed, let declared, let limit, let isRatioBound):
      let sizes =
        "\(name) declares \(CountText.grouped(declared)) bytes from "
        + "\(CountText.grouped(compressed)) compressed bytes"
      message =
        isRatioBound
        ? "\(place) is refused as a possible zip bomb: \(sizes), more than "
          + "\(ZipLimits.standard.maxRatio) times its compressed size (nothing was inflated)"
        : "\(place) is too large: \(sizes), past \(CountText.grouped(limit)) bytes, the most "
          + "one part may hold (nothing was inflated)"
    case .totalPastLimit(let entries, let declared, let limit):
      message =
        "\(place) is too large: its \(CountText.grouped(entries)) parts declare "
        + "\(CountText.grouped(declared)) bytes inflated together, past "
        + "\(CountText.grouped(limit)) bytes, the most a workbook's parts may hold (nothing was "
        + "inflated; save the revenue table alone, or as CSV)"
    }
    return .data(message)
  }

  /// Malformed XML in a part other than a sheet (workbook, relationships, styles, strings).
  func xml(_ failure: XMLFailure, part: String) -> ARRQualityError {
    .data(
      "\(fileName) is damaged: \(part) is not well-formed XML: \(failure.reason) "
        + "(byte \(failure.offset))")
  }
}
