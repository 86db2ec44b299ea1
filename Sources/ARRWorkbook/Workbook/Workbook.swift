import ARRCore
import ARRFileSystem

/// An `.xlsx` workbook (Office Open XML spreadsheet) opened for reading: its sheets, shared
/// strings, date styles and date system. Cells are read one sheet at a time with
/// ``worksheet(_:)``.
///
/// Only data is read: formulas give their saved results, macros (`.xlsm`) are never run or
/// even parsed, and external links are ignored. See `docs/workbook.md` for what is read and
/// refused.
public struct Workbook: Sendable {
  /// The name used in messages (usually the file's name).
  public let fileName: String
  /// Every tab in workbook order.
  public let sheets: [SheetInfo]
  public let dateSystem: DateSystem
  /// Whether the file carries a macro project (`.xlsm`); its macros are ignored.
  public let hasMacros: Bool
  let archive: ZipArchive
  let limits: ZipLimits
  let sharedStrings: [String]
  /// For each cell style index (`s`), what its number format says (a date, a percent, a
  /// currency; a unit such as `"K"`).
  let cellStyles: [CellFormat]

  /// Opens a workbook held in memory.
  ///
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - fileName: how messages name the file.
  ///   - limits: how much the container may inflate (``ZipLimits/standard``).
  /// - Throws: `ARRQualityError` of kind `invalidData` when the file is not a workbook we can
  ///   read: a legacy `.xls` or encrypted workbook, a damaged or hostile archive, malformed XML.
  /// - Complexity: O(n) in the size of the workbook, styles and shared strings parts.
  public init(bytes: [UInt8], fileName: String, limits: ZipLimits = .standard)
    throws(ARRQualityError)
  {
    self.fileName = fileName
    self.limits = limits
    let errors = WorkbookErrors(fileName: fileName)
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      // CSV text under a .xlsx name is named as such (trial 25, T25-10).
      if case .notZip = error, let text = errors.notZipButText(bytes) { throw text }
      throw errors.container(error, sheet: nil)
    }
    let declared = archive.declaredTotal
    if declared > limits.maxTotalSize {
      throw errors.container(
        .totalPastLimit(
          entries: archive.names.count, declared: declared, limit: limits.maxTotalSize),
        sheet: nil)
    }
    hasMacros = archive.contains("xl/vbaProject.bin")
    let parts = PartReader(archive: archive, limits: limits, errors: errors)
    let workbookPart = try parts.officeDocument()
    let workbook = try parts.workbook(workbookPart)
    dateSystem = workbook.dateSystem
    sheets = workbook.sheets
    sharedStrings = try parts.sharedStrings(workbook.sharedStringsPart)
    cellStyles = try parts.cellStyles(workbook.stylesPart)
  }

  /// Opens the workbook at `path`.
  /// - Throws: `missingInput` when the file cannot be read, else as ``init(bytes:fileName:limits:)``.
  public static func open(path: String, limits: ZipLimits = .standard) throws(ARRQualityError)
    -> Workbook
  {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return try Workbook(
      bytes: try InputFile.read(path, limit: InputFile.streamLimit), fileName: name, limits: limits)
  }

  /// The sheet a `--sheet` value names: a tab name (exact, else ignoring case) or a 1-based
  /// index.
  /// - Throws: `invalidArgument` listing the sheets when none matches.
  public func sheet(matching selector: String) throws(ARRQualityError) -> SheetInfo {
    if let exact = sheets.first(where: { $0.name == selector }) { return exact }
    let lowered = selector.lowercased()
    if let loose = sheets.first(where: { $0.name.lowercased() == lowered }) { return loose }
    if let index = Int(selector), index >= 1, index <= sheets.count { return sheets[index - 1] }
    throw .invalidArgument(
      "\(fileName) has no sheet \"\(selector)\" (sheets: "
        + sheets.map { "\($0.index) \"\($0.name)\"" }.joined(separator: ", ") + ")")
  }

  /// Reads one sheet's cells.
  /// - Throws: `invalidData` naming the sheet and cell (`Revenue!C14`) of every cell that
  ///   cannot be read (first 50 listed), or the part that is damaged.
  /// - Complexity: O(n) in the sheet's XML.
  public func worksheet(_ sheet: SheetInfo) throws(ARRQualityError) -> Worksheet {
    try worksheet(sheet, keepsUnsavedFormulas: false)
  }

  /// Reads one sheet's cells; with `keepsUnsavedFormulas`, a formula without a saved value is
  /// no problem but kept aside in ``Worksheet/unsavedFormulas``, its cell empty (the importer
  /// judges it by its row).
  public func worksheet(_ sheet: SheetInfo, keepsUnsavedFormulas: Bool)
    throws(ARRQualityError) -> Worksheet
  {
    let errors = WorkbookErrors(fileName: fileName)
    guard sheet.isWorksheet else {
      throw .data(
        "\(fileName): sheet \"\(sheet.name)\" is a chart sheet, not a grid of cells")
    }
    let bytes: [UInt8]
    do throws(ZipFailure) {
      guard let found = try archive.extract(sheet.partName, limits: limits) else {
        throw ZipFailure.damaged("sheet \"\(sheet.name)\" (\(sheet.partName)) is missing")
      }
      bytes = found
    } catch {
      throw errors.container(error, sheet: sheet.name)
    }
    var reader = WorksheetReader(
      sheet: sheet, sharedStrings: sharedStrings, cellStyles: cellStyles,
      dateSystem: dateSystem, errors: errors)
    reader.keepsUnsavedFormulas = keepsUnsavedFormulas
    return try reader.read(bytes)
  }
}
