// Importer: the tables the files hold (delimited files, workbook sheets), in order.
import ARRCore

extension Importer {
  /// One table to read: a delimited file, or a workbook's sheet.
  struct Candidate {
    var table: ImportTable
    /// A sheet not named by `--sheet`: when it reads as nothing it is listed, not an error.
    var isOptional: Bool
    /// The table's last line when it looks cut (``CutLastLine``), taken out of `table`.
    var cut: CutLastLine.Cut? = nil
  }

  /// The tables `files` hold, in order: one per delimited file, and a workbook's sheets as
  /// ``WorkbookSource/offer(_:options:)`` orders them (its notes and findings go to `log`).
  /// - Parameter unreadable: Sheets not chosen that cannot be read, with why
  ///   (``WorkbookSource/Offer/unreadable``).
  /// - Parameter hiddenCubes: Hidden sheets that read as a customer cube
  ///   (``WorkbookSource/Offer/hiddenCubes``).
  static func candidates(
    _ files: [SourceFile], options: ImportOptions, log: inout ImportLog,
    unreadable: inout [(file: String, error: ARRQualityError)], hiddenCubes: inout [String]
  ) throws(ARRQualityError) -> [Candidate] {
    var candidates = [Candidate]()
    var hasWorkbook = false
    for file in files {
      guard WorkbookSource.isWorkbook(file) else {
        if let refusal = FileSniff.refusal(file.bytes, name: file.name) { throw refusal }
        var table = try ImportTable.read(file.bytes, file: file.name)
        // A cut last line is kept apart: what it costs depends on what the file is.
        let cut = CutLastLine.find(table)
        if cut != nil { table.records.removeLast() }
        if let line = table.decodedLine {
          log.notes.append(
            "\(file.name): not UTF-8; read as Windows-1252 text (Excel's \"CSV (Comma "
              + "delimited)\" on Western Windows), every byte outside ASCII a letter of it, the "
              + "first on line \(line); if names show wrong letters, save the file as \"CSV "
              + "UTF-8\"")
        } else if let encoding = table.decodedFrom {
          log.notes.append("\(file.name): read as \(encoding) text (its byte order mark says so)")
        }
        candidates += stacked(Candidate(table: table, isOptional: false, cut: cut), log: &log)
        continue
      }
      hasWorkbook = true
      let offer = try WorkbookSource.offer(file, options: options)
      log.notes += offer.notes
      log.findings += offer.findings
      unreadable += offer.unreadable
      hiddenCubes += offer.hiddenCubes
      for sheet in offer.sheets {
        candidates += stacked(Candidate(table: sheet.table, isOptional: !sheet.isChosen), log: &log)
      }
    }
    if let sheet = options.sheet, !hasWorkbook {
      throw .invalidArgument(
        "--sheet \(sheet) names a workbook sheet, but no workbook (.xlsx) is among the files")
    }
    return candidates
  }

  /// `candidate` turned back into a cube when its months run down the rows (``TransposedCube``),
  /// or as the year blocks stacked in its table (``StackedPeriods``), each a candidate of its own
  /// (read as periods of one history, as files of them are; the last keeps a cut last line).
  /// The candidate itself when its table is neither.
  private static func stacked(_ candidate: Candidate, log: inout ImportLog) -> [Candidate] {
    if let turned = TransposedCube.turn(candidate.table) {
      log.notes.append(turned.note)
      var candidate = candidate
      candidate.table = turned.table
      return [candidate]
    }
    guard let split = StackedPeriods.split(candidate.table) else { return [candidate] }
    log.notes.append(split.note)
    return split.parts.enumerated().map { n, part in
      Candidate(
        table: part, isOptional: candidate.isOptional,
        cut: n == split.parts.count - 1 ? candidate.cut : nil)
    }
  }
}
