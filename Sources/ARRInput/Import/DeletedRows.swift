import ARRCore

/// Rows a data pipeline's sync marks as no longer part of the source system
/// (`docs/import.md`, "Every row accounted for"): Fivetran keeps a row deleted in QuickBooks,
/// Xero, Stripe or Zuora in its table with `_fivetran_deleted` true, Stripe's tables mark one
/// `is_deleted`, Stitch and Airbyte write when it was deleted (`_sdc_deleted_at`,
/// `_ab_cdc_deleted_at`), and a table in Fivetran's history mode keeps every earlier version of
/// a record beside the current one (`_fivetran_active` false). Read as rows, a deleted invoice
/// was billed and a subscription's earlier versions counted it again. So are a CRM's deals that
/// are not won (a `Stage` column holding `Closed Won` or `Closed Lost`, Salesforce's `IsWon`
/// false): an opportunities export with contract dates and an `ARR` column reads as a
/// subscriptions table, and its lost deals and open pipeline were counted as revenue (trial 14).
/// Such rows are taken out of the table before any reader sees it and skipped with their
/// reason, so rows read = used + skipped still holds.
struct DeletedRows {
  /// One row taken out: its line and the skip's kind and reason.
  struct Row: Sendable, Equatable {
    var line: Int
    var kind: ImportLog.SkipKind
    var reason: String
  }

  /// The rows taken out, in line order.
  private(set) var rows: [Row] = []
  /// Cells of a marker column that say neither yes nor no (`maybe` under `_fivetran_deleted`).
  private(set) var problems: [InputProblem] = []
  /// Stages neither won, lost nor a known open stage (a custom pipeline's stage id `1034561`, a
  /// custom label `Signed`), as written, with their deals and first line: read as not won and
  /// said in a finding (trial 32, T32-31: 18 won deals under a custom stage were skipped as
  /// "an open deal (pipeline)", headline −27%, no word).
  private(set) var unknownStages: [(stage: String, deals: Int, line: Int)] = []

  /// How a marker column says a row is out.
  enum Marker: Sendable, Equatable {
    /// A flag, true when the row was deleted (`_fivetran_deleted`, `is_deleted`, `IsDeleted`).
    case deletedFlag
    /// A time, written when the row was deleted (`_sdc_deleted_at`, `_ab_cdc_deleted_at`).
    case deletedAt
    /// A flag, false for an earlier version of a record (`_fivetran_active`, history mode).
    case activeFlag
    /// A CRM deal's stage (`Stage`, `Deal Stage`, Salesforce's `StageName`): only a won deal is
    /// revenue. A column is one only when a cell says `Closed Won` or `Closed Lost` (as
    /// Salesforce and HubSpot name their closing stages), and never in a cube (its rows are
    /// customers, and `Lost` there may be a churned one).
    case dealStage
    /// A flag, true for a won deal (Salesforce's `IsWon`).
    case wonFlag
    /// A flag, true for a test purchase (RevenueCat's `is_sandbox`, Lemon Squeezy's
    /// `test_mode`; session 17, import3 lane, trial 17's RC1: a sandbox purchase was revenue).
    case testFlag
    /// A flag, false for a test purchase (Stripe's `livemode`).
    case liveFlag
    /// An environment's name (`environment` `SANDBOX` or `PRODUCTION`): only a column whose every
    /// cell is one of ``testEnvironments`` or ``liveEnvironments``.
    case environment
  }

  /// Marker headers, normalized as header keys (``CubeLayout/headerKey(_:)``: `_fivetran_deleted`
  /// is `fivetran deleted`, Salesforce's `IsDeleted` is `is deleted`, Debezium's `__deleted` is
  /// `deleted`). An application's own `deleted_at` is not one: a subscription removed from an
  /// app may still have been billed, and what it means is the app's.
  static let markers: [String: Marker] = [
    "fivetran deleted": .deletedFlag, "is deleted": .deletedFlag, "deleted": .deletedFlag,
    "sdc deleted at": .deletedAt, "ab cdc deleted at": .deletedAt,
    "fivetran active": .activeFlag,
    "stage": .dealStage, "deal stage": .dealStage, "stage name": .dealStage,
    "opportunity stage": .dealStage, "dealstage": .dealStage, "is won": .wonFlag, "won": .wonFlag,
    "deal status": .dealStage,
    "is sandbox": .testFlag, "sandbox": .testFlag, "test mode": .testFlag, "is test": .testFlag,
    "is test mode": .testFlag, "livemode": .liveFlag, "live mode": .liveFlag,
    "environment": .environment, "store environment": .environment,
  ]

  /// Environment names of test purchases, and of real ones (lowercased).
  static let testEnvironments: Set<String> = ["sandbox", "test", "testing", "staging"]
  static let liveEnvironments: Set<String> = ["production", "prod", "live"]

  /// Whether every non-empty cell of `column` in the first rows of `rows` (200) names an
  /// environment, and one does.
  static func holdsEnvironments(_ rows: ArraySlice<ImportTable.Record>, column: Int) -> Bool {
    var any = false
    for r in rows.prefix(200) where column < r.cells.count && !r.cells[column].isEmpty {
      let word = r.cells[column].lowercased()
      guard testEnvironments.contains(word) || liveEnvironments.contains(word) else { return false }
      any = true
    }
    return any
  }

  /// A deal stage's words (lowercased, `_`, `-`, `/` and runs of spaces read as one space) that
  /// say it was won, and lost (HubSpot's internal values are `closedwon`, `closedlost`).
  static let wonStages: Set<String> = ["closed won", "closedwon", "won"]
  static let lostStages: Set<String> = ["closed lost", "closedlost", "lost"]
  /// Open stages as Salesforce's and HubSpot's default pipelines name them (labels and
  /// HubSpot's internal values), and common words of a pipeline: a deal still to close. A stage
  /// in none of these three sets is unknown (``unknownStages``).
  static let openStages: Set<String> = [
    "prospecting", "qualification", "needs analysis", "value proposition", "id. decision makers",
    "perception analysis", "proposal price quote", "negotiation review", "appointment scheduled",
    "appointmentscheduled", "qualified to buy", "qualifiedtobuy", "presentation scheduled",
    "presentationscheduled", "decision maker bought in", "decisionmakerboughtin",
    "contract sent", "contractsent", "open", "pipeline", "discovery", "demo", "proposal",
    "negotiation", "evaluation", "qualified", "commit", "best case", "closing",
  ]

  /// `text` as a stage word: `Closed/Won` and `closed_won` are `closed won`.
  static func stageWord(_ text: String) -> String {
    text.lowercased().split { " _-/".contains($0) }.joined(separator: " ")
  }

  /// Whether a cell of `column` in `rows` names a closing stage as a CRM does (`Closed Won`,
  /// `Closed Lost`; plain `Won` or `Lost` is not enough to call the column a deal stage).
  static func namesClosingStages(_ rows: ArraySlice<ImportTable.Record>, column: Int) -> Bool {
    rows.contains { r in
      column < r.cells.count
        && ["closed won", "closedwon", "closed lost", "closedlost"].contains(
          stageWord(r.cells[column]))
    }
  }

  /// Whether `header`'s column in `rows` is a deal's stage: a cell names a closing stage
  /// (``namesClosingStages(_:column:)``), or, under `Deal Status` (Pipedrive's `Deal - Status`),
  /// every written cell of the first 200 is `won`, `lost`, `open` or `deleted` and one is won or
  /// lost (session 54, crm lane; trial 51, T51-28: its lost and open deals were read as
  /// contracts).
  static func isStageColumn(
    header: String, _ rows: ArraySlice<ImportTable.Record>, column: Int
  ) -> Bool {
    if namesClosingStages(rows, column: column) { return true }
    guard CubeLayout.headerKey(header) == "deal status" else { return false }
    var closed = false
    for r in rows.prefix(200) where column < r.cells.count && !r.cells[column].isEmpty {
      let word = stageWord(r.cells[column])
      guard ["won", "lost", "open", "deleted"].contains(word) else { return false }
      closed = closed || word != "open" && word != "deleted"
    }
    return closed
  }

  /// The marker headers found, as written.
  private(set) var headers: [String] = []
  /// Per header, what it marks: `deal stage`, `test mark` or `sync mark`.
  private(set) var labels: [String] = []

  /// Whether no row was taken out.
  var isEmpty: Bool { rows.isEmpty && problems.isEmpty }

  static let trueWords: Set<String> = ["true", "t", "1", "yes", "y"]
  static let falseWords: Set<String> = ["false", "f", "0", "no", "n", ""]

  /// Takes the marked rows out of `table`: below its header, the first of its first rows whose
  /// cells (two or more, each with a letter, above any row of data) include a marker header
  /// whose column holds mostly flags (a time, for a deletion time). A marker cell that says neither yes nor no is a problem
  /// (``problems``), and its row is taken out too (a bad row with `--lenient`, else an error).
  /// - Complexity: O(cells).
  static func take(from table: inout ImportTable) -> DeletedRows {
    var found = DeletedRows()
    // The header: a row of named cells (each with a letter) holding a marker, above the first
    // row of data (two cells or more, one without a letter: an amount, a date); and a flag
    // column's cells below it mostly flags. A status cell `DELETED` on a data row is no header
    // (Xero's deleted drafts: its column below holds statuses).
    var h = -1
    var columns = [(Int, Marker)]()
    for (i, r) in table.records.prefix(LedgerLayout.headerSearchRows).enumerated() {
      let cells = r.cells.filter { !$0.isEmpty }
      guard cells.count >= 2 else { continue }
      guard cells.allSatisfy({ $0.contains(where: \.isLetter) }) else { break }
      let isCube = CubeLayout.monthLikeCount(r.cells) >= CubeLayout.minimumMonthHeaders
      columns = r.cells.indices.compactMap { c in
        markers[CubeLayout.headerKey(r.cells[c])].flatMap { marker in
          let below = table.records[(i + 1)...]
          let isMarker =
            switch marker {
            case .deletedAt: true
            case .dealStage: !isCube && isStageColumn(header: r.cells[c], below, column: c)
            case .wonFlag: !isCube && holdsFlags(below, column: c)
            case .deletedFlag, .activeFlag, .testFlag, .liveFlag: holdsFlags(below, column: c)
            case .environment: holdsEnvironments(below, column: c)
            }
          return isMarker ? (c, marker) : nil
        }
      }
      if !columns.isEmpty {
        h = i
        break
      }
    }
    guard h >= 0 else { return found }
    let header = table.records[h].cells
    found.headers = columns.map { header[$0.0] }
    found.labels = columns.map {
      [.dealStage, .wonFlag].contains($0.1)
        ? "deal stage"
        : [.testFlag, .liveFlag, .environment].contains($0.1) ? "test mark" : "sync mark"
    }
    var kept = Array(table.records.prefix(h + 1))
    kept.reserveCapacity(table.records.count)
    // A won flag (Salesforce's `IsWon`) decides over the stage's words: a custom won stage
    // (`Signed`) with `IsWon` true is won (trial 32, T32-31).
    let hasWonFlag = columns.contains { $0.1 == .wonFlag }
    var unknownIndex = [String: Int]()
    for r in table.records[(h + 1)...] {
      var out: Row?
      var problem: InputProblem?
      for (c, marker) in columns where out == nil && problem == nil && c < r.cells.count {
        let text = r.cells[c]
        // The header again (exports joined into one file): the readers skip it.
        if CubeLayout.headerKey(text) == CubeLayout.headerKey(header[c]) { continue }
        let word = NoValueCells.isNoValue(text) ? "" : text.lowercased()
        switch marker {
        case .deletedAt:
          if !word.isEmpty {
            out = Row(
              line: r.line, kind: .deleted,
              reason: "\(header[c]) \(text): deleted in the source system")
          }
        case .dealStage:
          if hasWonFlag { continue }
          let stage = word.isEmpty ? "" : stageWord(text)
          // A report's totals row (`Grand Totals (90 records)`) has no stage: the reader checks
          // it as a totals row (trial 28, T28-13: "no deal stage" on it was the first error).
          if stage.isEmpty && LedgerReader.isTotals(r.cells) { continue }
          if stage.isEmpty {
            problem = InputProblem(
              file: table.file, line: r.line, column: c + 1,
              message:
                "no deal stage (expected the deal's stage, e.g. Closed Won: only won deals are "
                + "revenue)")
          } else if !wonStages.contains(stage) {
            let isKnown = lostStages.contains(stage) || openStages.contains(stage)
            out = Row(
              line: r.line, kind: .notWon,
              reason: "\(header[c]) \(text): "
                + (lostStages.contains(stage)
                  ? "a lost deal"
                  : isKnown ? "an open deal (pipeline)" : "a stage not known as won")
                + ", not revenue")
            if !isKnown {
              if let k = unknownIndex[stage] {
                found.unknownStages[k].deals += 1
              } else {
                unknownIndex[stage] = found.unknownStages.count
                found.unknownStages.append((text, 1, r.line))
              }
            }
          }
        case .environment:
          if Self.testEnvironments.contains(word) {
            out = Row(
              line: r.line, kind: .testTransaction,
              reason: "\(header[c]) \(text): a test (sandbox) purchase, not revenue")
          }
        case .deletedFlag, .activeFlag, .wonFlag, .testFlag, .liveFlag:
          let isTrue = trueWords.contains(word)
          guard isTrue || falseWords.contains(word), marker != .wonFlag || !word.isEmpty else {
            problem = InputProblem(
              file: table.file, line: r.line, column: c + 1,
              message:
                "\"\(header[c])\" says \"\(text)\" (expected true or false, 1 or 0, yes or no: "
                + (marker == .wonFlag
                  ? "whether the deal was won)"
                  : marker == .testFlag || marker == .liveFlag
                    ? "whether the row is a test purchase)"
                    : "whether the sync marks the row "
                      + (marker == .activeFlag ? "current" : "deleted in the source system") + ")"))
            continue
          }
          if marker == .deletedFlag && isTrue {
            out = Row(
              line: r.line, kind: .deleted,
              reason: "\(header[c]) \(text): deleted in the source system")
          } else if marker == .wonFlag && !isTrue {
            out = Row(
              line: r.line, kind: .notWon,
              reason: "\(header[c]) \(text): not a won deal (a lost deal or pipeline), not revenue")
          } else if (marker == .testFlag && isTrue)
            || (marker == .liveFlag && !isTrue && !word.isEmpty)
          {
            out = Row(
              line: r.line, kind: .testTransaction,
              reason: "\(header[c]) \(text): a test (sandbox) purchase, not revenue")
          } else if marker == .activeFlag && !isTrue && !word.isEmpty {
            out = Row(
              line: r.line, kind: .earlierVersion,
              reason: "\(header[c]) \(text): an earlier version of a record kept by history mode")
          }
        }
      }
      // A row whose mark cannot be read is neither read nor dropped silently: a problem (a bad
      // row, skipped, with --lenient).
      if let problem {
        found.problems.append(problem)
      } else if let out {
        found.rows.append(out)
      } else {
        kept.append(r)
      }
    }
    if !found.rows.isEmpty || !found.problems.isEmpty { table.records = kept }
    return found
  }

  /// Whether most non-empty cells of `column` in the first rows of `rows` (200) are flags
  /// (``trueWords``, ``falseWords``).
  static func holdsFlags(_ rows: ArraySlice<ImportTable.Record>, column: Int) -> Bool {
    var flags = 0
    var others = 0
    for r in rows.prefix(200) where column < r.cells.count && !r.cells[column].isEmpty {
      let word = r.cells[column].lowercased()
      if trueWords.contains(word) || falseWords.contains(word) || NoValueCells.isNoValue(word) {
        flags += 1
      } else {
        others += 1
      }
    }
    return flags > others
  }

  /// Lists the marker columns of file `index` as read (`sync mark: _fivetran_deleted`,
  /// `deal stage: Stage`), not as ignored: the reader that read the table did not know them.
  func markRead(file index: Int, name: String, log: inout ImportLog) {
    guard !headers.isEmpty, index < log.files.count, log.files[index].file == name else { return }
    log.files[index].ignoredColumns.removeAll { headers.contains($0) }
    for (h, kind) in zip(headers, labels) {
      let label = "\(kind): \(h)"
      if !log.files[index].recognisedColumns.contains(label) {
        log.files[index].recognisedColumns.append(label)
      }
    }
  }

  /// Counts the rows taken out as read and skipped in file `index` of `log`, and settles the
  /// problems: each a bad row with `--lenient` (read and skipped), else an error.
  /// - Throws: `.invalidData` listing the problems, without `--lenient`.
  func record(file index: Int, isLenient: Bool, log: inout ImportLog) throws(ARRQualityError) {
    if !unknownStages.isEmpty {
      let shown = unknownStages.prefix(5).map {
        "\"\(ShownText.bounded($0.stage))\" (\(Counted.phrase($0.deals, "deal")), first on line "
          + "\($0.line))"
      }
      let deals = unknownStages.reduce(0) { $0 + $1.deals }
      log.findings.append(
        "\(log.files[index].file): \(Counted.phrase(deals, "deal")) \(deals == 1 ? "has" : "have") "
          + "a stage this import does not know as won, lost or open: "
          + shown.joined(separator: ", ")
          + (unknownStages.count > 5 ? " and \(unknownStages.count - 5) more" : "")
          + "; read as not won, so no figure counts them. If one is a won stage (a custom "
          + "pipeline's stage id, a custom label), write it as Closed Won, or give a won flag "
          + "column (IsWon, true for a won deal), which decides over the stage")
    }
    if !problems.isEmpty {
      guard isLenient else {
        throw .problems(
          Array(problems.prefix(ARRQualityError.problemDisplayLimit)), count: problems.count,
          in: log.files[index].file)
      }
    }
    // In line order, bad rows among the others.
    var bad = problems.makeIterator()
    var nextBad = bad.next()
    for row in rows {
      while let p = nextBad, isLenient, p.line < row.line {
        log.files[index].rowsRead += 1
        log.skip(file: index, line: p.line, kind: .badRow, reason: "bad row: " + p.description)
        nextBad = bad.next()
      }
      log.files[index].rowsRead += 1
      log.skip(file: index, line: row.line, kind: row.kind, reason: row.reason)
    }
    while let p = nextBad, isLenient {
      log.files[index].rowsRead += 1
      log.skip(file: index, line: p.line, kind: .badRow, reason: "bad row: " + p.description)
      nextBad = bad.next()
    }
  }
}
