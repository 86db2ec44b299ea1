import ARRCore

/// Exports appended into one file (the header row repeated below the first export): the rows of
/// the exports above the last repeated header, so that a row of a later export equal cell for
/// cell to one of them is their overlap, counted once (`docs/import.md`, "Every row accounted
/// for"). Appending Jan–Jun and Apr–Dec exports would otherwise count Apr–Jun twice.
///
/// One rule for the cube, ledger and subscriptions table readers: rows of the current export are remembered as
/// they are read, and join the earlier exports' rows at the next repeated header.
///
/// Rows are matched as a multiset: the k-th copy of a row in a later export repeats the k-th
/// copy above, and copies beyond the earlier exports' count are new rows (review 10, F3: a later
/// export with three identical product rows where the earlier had two lost the third).
struct ExportOverlap: Sendable {
  /// Each row of the exports above the last repeated header, with the line it first appears on
  /// and how many copies of it those exports hold (the most any one of them holds, since an
  /// export's repeats stand for the copies above); `nil` before any repeated header.
  private var earlier: [[String]: (first: Int, copies: Int)]?
  /// Rows of the current export that repeated an earlier one, counted per row.
  private var matched: [[String]: Int] = [:]
  /// Rows of the current export, with their lines.
  private var section: [(row: [String], line: Int)] = []
  /// Whether rows are remembered: not in a file without a repeated header, where no row can
  /// repeat an earlier export's (a 1M-line ledger's rows took 34–50 MB; twelfth session), so
  /// that a reader need keep nothing per row for later exports either.
  let remembers: Bool
  /// Line of the last repeated header.
  private(set) var lastHeaderLine = 0
  /// Rows found repeating an earlier export's.
  private(set) var count = 0
  /// The first of them: its line and the line it repeats.
  private(set) var example: (line: Int, first: Int)?

  /// An overlap remembering every row (a reader that cannot tell ahead).
  init() { remembers = true }

  /// The overlap of `rows`, the rows below `header`: rows are remembered only when one of them
  /// repeats the header (``ImportTable/repeatsHeader(_:_:)``, the test each reader makes).
  init(rows: some Sequence<ImportTable.Record>, header: [String]) {
    remembers = rows.contains { ImportTable.repeatsHeader($0.cells, header) }
  }

  /// A repeated header on `line`: the current export's rows join the earlier exports'.
  mutating func startExport(atLine line: Int) {
    var rows = earlier ?? [:]
    // Let go of the stored table before adding to it, so that it is added to in place: kept, the
    // first addition copied every earlier row, at each repeated header (hostile 56, H56-12: a
    // ledger of 40,000 exports of two lines each took 21.8 s more than without its headers).
    earlier = nil
    // A new row's copies add to those its repeats matched (all the earlier copies, else the row
    // would have been a repeat): the export holds both.
    for (row, first) in section {
      if let seen = rows[row] {
        rows[row] = (seen.first, seen.copies + 1)
      } else {
        rows[row] = (first, 1)
      }
    }
    earlier = rows
    matched = [:]
    section = []
    lastHeaderLine = line
  }

  /// The line of an earlier export's row equal to `row` (the row is then counted as overlap),
  /// or `nil`, when `row` is remembered as a row of the current export.
  /// - Parameters:
  ///   - row: The row's cells (a reader may add what it compares besides, such as its group).
  ///   - line: Its line.
  ///   - canRepeat: False for a row read again even when equal to an earlier one (a ledger's
  ///     customer header or total, written alike in both exports).
  mutating func repeatedLine(_ row: [String], line: Int, canRepeat: Bool = true) -> Int? {
    if canRepeat, let seen = earlier?[row], matched[row, default: 0] < seen.copies {
      matched[row, default: 0] += 1
      count += 1
      if example == nil { example = (line, seen.first) }
      return seen.first
    }
    if remembers { section.append((row, line)) }
    return nil
  }

  /// A repeated header on `line` of file `file`: skipped in `log`, and the current export's rows
  /// join the earlier exports' (``startExport(atLine:)``).
  mutating func skipHeader(atLine line: Int, file: Int, log: inout ImportLog) {
    log.skipRepeatedHeader(file: file, line: line)
    startExport(atLine: line)
  }

  /// ``repeatedLine(_:line:canRepeat:)``, with a repeat skipped in `log` saying the line it
  /// repeats.
  /// - Returns: True when `row` repeats an earlier export's and was skipped.
  mutating func skipsRepeat(
    _ row: [String], line: Int, canRepeat: Bool = true, file: Int, log: inout ImportLog
  ) -> Bool {
    guard let first = repeatedLine(row, line: line, canRepeat: canRepeat) else { return false }
    log.skip(file: file, line: line, kind: .repeatedLine, reason: reason(repeating: first))
    return true
  }

  /// Why a row repeating line `first` was skipped.
  func reason(repeating first: Int) -> String {
    "repeats line \(first), above the repeated header on line \(lastHeaderLine)"
  }

  /// The finding for the rows skipped as overlap, or `nil` when there were none.
  /// - Parameters:
  ///   - file: The file's name.
  ///   - noun: What a row is called in that file (`row` in a cube, `line` in a ledger).
  func finding(file: String, noun: String) -> String? {
    guard let e = example else { return nil }
    let plural = count == 1 ? "" : "s"
    return "\(file): \(CountText.grouped(count)) \(noun)\(plural) below a repeated header "
      + "repeat\(count == 1 ? "s" : "") a \(noun) of an earlier export exactly (line "
      + "\(e.line) repeats line \(e.first)): overlapping exports; skipped, not counted twice"
  }
}
