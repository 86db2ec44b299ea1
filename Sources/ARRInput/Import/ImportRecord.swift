import ARRCore

/// What `import` learned about the files it read that the folder's CSV files cannot hold: its
/// summary (rows read and skipped, the rules, the range of other readings and its choices), its
/// findings and notes with their stakes, and what it saw after the as-of month. `import` writes
/// it as `import.json`, and `analyze DIR` / `validate DIR` read it back, so that the two-step
/// workflow reports what `analyze FILE` reports (T50-34: a folder's report had dropped the
/// `ambiguous_import` range and every `import_finding`; `docs/import.md`, "The folder").
///
/// Beside it, each company file's ``LineFingerprint`` as written: a folder edited since (the
/// review `import` asks for) still carries the findings, said to be from before the edit, but
/// not the range, which was priced on the figures as imported.
struct ImportRecord: Sendable, Equatable {
  /// The file's name in the folder.
  static let file = "import.json"
  /// The largest `import.json` read (its billing mixes grow with the accounts: ~60 bytes each).
  static let sizeLimit = 256 << 20
  /// The version of its layout, written first; another is refused with what to do.
  static let version = 1

  /// The as-of month of the import's reading.
  var asOf: Month
  /// The currency the import read (its findings' amounts are in it).
  var currency: String
  /// The fingerprints of `accounts.csv` and `monthly.csv` as `import` wrote them.
  var accountsFingerprint: LineFingerprint
  var monthlyFingerprint: LineFingerprint
  /// The import's summary (``DataQuality/imported``).
  var summary: ImportSummary
  /// The import's findings, then its notes (``DataQuality/notes``, without the notes the
  /// folder's own reading makes again, such as "usage column absent").
  var notes: [String]
  /// How many of ``notes`` are findings, and what each can move.
  var findingCount: Int
  var findingStakes: [Int: ImportFindingStake]
  /// The last month the import's source left incomplete, if any.
  var incompleteThrough: Month?
  /// Accounts seen renewing after the as-of month.
  var renewedAfterAsOf: [String: Month]
  /// Each account's mix of billing cadences (``Company/billingMix``).
  var billingMix: [String: [BillingCadence: Double]]
  /// The files `import` read, with their rows read and used (``DataQuality/files`` of the
  /// imported company); empty in a record written before they were kept.
  var sourceFiles: [DataQuality.FileSummary] = []
  /// The bad rows `import --lenient` skipped (``DataQuality/skippedCount``); the first
  /// ``DataQuality/skippedSampleLimit`` are among the summary's skipped lines.
  var badRowCount = 0

  /// The notes a folder's own reading adds again, left out of ``notes``.
  static let folderNotes: Set<String> = ["usage column absent"]

  /// The record of an imported company whose folder files have these fingerprints.
  init(
    company c: Company, accountsFingerprint: LineFingerprint, monthlyFingerprint: LineFingerprint
  ) {
    let dq = c.dataQuality
    asOf = c.asOf
    currency = c.profile.currency
    self.accountsFingerprint = accountsFingerprint
    self.monthlyFingerprint = monthlyFingerprint
    summary = dq.imported ?? ImportSummary(shape: "", values: "")
    // The findings lead the notes; a folder note among them is kept (its index is a stake's).
    notes = dq.notes.enumerated().filter {
      $0.offset < dq.findingCount || !Self.folderNotes.contains($0.element)
    }
    .map(\.element)
    findingCount = dq.findingCount
    findingStakes = dq.findingStakes
    incompleteThrough = dq.incompleteThrough
    renewedAfterAsOf = dq.renewedAfterAsOf
    billingMix = c.billingMix
    sourceFiles = dq.files
    badRowCount = dq.skippedCount
  }

  init(
    asOf: Month, currency: String, accountsFingerprint: LineFingerprint,
    monthlyFingerprint: LineFingerprint, summary: ImportSummary, notes: [String], findingCount: Int,
    findingStakes: [Int: ImportFindingStake], incompleteThrough: Month?,
    renewedAfterAsOf: [String: Month], billingMix: [String: [BillingCadence: Double]],
    sourceFiles: [DataQuality.FileSummary] = [], badRowCount: Int = 0
  ) {
    self.asOf = asOf
    self.currency = currency
    self.accountsFingerprint = accountsFingerprint
    self.monthlyFingerprint = monthlyFingerprint
    self.summary = summary
    self.notes = notes
    self.findingCount = findingCount
    self.findingStakes = findingStakes
    self.incompleteThrough = incompleteThrough
    self.renewedAfterAsOf = renewedAfterAsOf
    self.billingMix = billingMix
    self.sourceFiles = sourceFiles
    self.badRowCount = badRowCount
  }

  /// Puts the record into `company`, read from the folder whose company files have these
  /// fingerprints. Unedited and at the import's as-of month, the company's data quality is
  /// what `analyze FILE` gives; otherwise the findings are kept with a note saying they are
  /// from before the edit (or of another as-of month), and the range of other readings is not
  /// carried (no range: low = high = headline).
  /// - Complexity: O(notes + accounts in ``billingMix``).
  func apply(
    to company: inout Company, accounts: LineFingerprint, monthly: LineFingerprint
  ) {
    var summary = summary
    var notes = notes
    var edited: [String] = []
    if accounts != accountsFingerprint { edited.append("accounts.csv") }
    if monthly != monthlyFingerprint { edited.append("monthly.csv") }
    var why: String?
    if !edited.isEmpty {
      why =
        "\(edited.joined(separator: " and ")) changed after `import` wrote \(edited.count == 1 ? "it" : "them")"
    } else if company.asOf != asOf {
      why = "this report's as-of month is \(company.asOf), the import's \(asOf)"
    } else if company.profile.currency != currency {
      // company.json's currency edited (review 51b, R51b-5): the findings' amounts are in the
      // import's.
      why =
        "this report's currency is \(company.profile.currency) (company.json or --currency), "
        + "the import's \(currency), in which its findings' amounts are"
    }
    if let why {
      // No range: low = high = headline ARR (12 × the as-of month's MRR; amounts within the
      // loader's bound, so the sum cannot overflow).
      let last = company.monthCount - 1
      let mrr = (0..<company.accounts.count).reduce(Int64(0)) {
        $0 + company.revenue.mrr(account: $1, month: last)
      }
      let headline = 12 * mrr
      summary.ambiguousARRLow = headline
      summary.ambiguousARRHigh = headline
      summary.ambiguousChoices = []
      summary.singlePaymentCommittedARR = 0
      // The reading's flags describe the lines as imported: no core finding asserts them of
      // lines edited since (review 51b, R51b-7).
      summary.isBeforeDiscounts = false
      summary.isValuesGuess = false
      // Each carried finding says it is from before (review 51b, R51b-14: they stood in
      // Findings as current, the note 45 lines below).
      let when =
        !edited.isEmpty
        ? "before \(edited.joined(separator: " and ")) changed"
        : company.asOf != asOf ? "as of \(asOf)" : "in \(currency)"
      for k in 0..<min(findingCount, notes.count) {
        notes[k] = "From the import's reading, \(when): " + notes[k]
        // A finding pointing at the range points at nothing now (review 51b's t22: "the
        // headline's range holds both" over a range of one value).
        if notes[k].contains("the headline's range") {
          notes[k] += " (That range is not carried into this report: import again to price it.)"
        }
      }
      notes.insert(
        "The import's findings and notes are from its reading of the files as of \(asOf): "
          + "\(why), so they may no longer hold, and the range of other readings it priced "
          + "(on the figures as imported) is not carried; import again to price it on these.",
        at: findingCount)
    }
    var dq = company.dataQuality
    // The bad rows `import --lenient` skipped are in no figure of the folder either: the
    // `skipped_rows` finding and Data quality list them as `analyze FILE --lenient` does
    // (review 51b, R51b-17: the report said "No row was rejected as bad data"). Unedited, the
    // folder is the import's output, so the rows read are the source's, as `analyze FILE`
    // counts them; edited, the source's files come before the folder's.
    if badRowCount > 0 {
      dq.skipped =
        summary.skipped.filter { $0.reason.hasPrefix(ImportLog.SkipKind.badRow.rawValue) }.map {
          DataQuality.SkippedRow(
            problem: InputProblem(file: $0.file, line: $0.line, message: $0.reason),
            mrrCents: nil)
        } + dq.skipped
      dq.skippedCount += badRowCount
      dq.isSkippedMRRUnknown = true
    }
    if !sourceFiles.isEmpty {
      dq.files = why == nil && dq.skippedCount == badRowCount ? sourceFiles : sourceFiles + dq.files
    }
    dq.imported = summary
    dq.notes = notes + dq.notes
    dq.findingCount = findingCount
    dq.findingStakes = findingStakes
    dq.incompleteThrough = incompleteThrough
    dq.renewedAfterAsOf = renewedAfterAsOf
    company.dataQuality = dq
    company.billingMix = billingMix
    // The folder's accounts.csv has every column, blank where the source had none: a column no
    // account fills is no signal, as when the files were analysed directly (the folder's report
    // had lost `risk_signals_missing`). A column filled in since counts.
    company.accountColumns.formIntersection(ImportedCompany.presentColumns(company.accounts))
  }
}
