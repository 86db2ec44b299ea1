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

  /// The notes a folder's own reading adds again, left out of ``notes``.
  static let folderNotes: Set<String> = ["usage column absent"]

  /// The record of an imported company whose folder files have these fingerprints.
  init(
    company c: Company, accountsFingerprint: LineFingerprint, monthlyFingerprint: LineFingerprint
  ) {
    let dq = c.dataQuality
    asOf = c.asOf
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
  }

  init(
    asOf: Month, accountsFingerprint: LineFingerprint, monthlyFingerprint: LineFingerprint,
    summary: ImportSummary, notes: [String], findingCount: Int,
    findingStakes: [Int: ImportFindingStake], incompleteThrough: Month?,
    renewedAfterAsOf: [String: Month], billingMix: [String: [BillingCadence: Double]]
  ) {
    self.asOf = asOf
    self.accountsFingerprint = accountsFingerprint
    self.monthlyFingerprint = monthlyFingerprint
    self.summary = summary
    self.notes = notes
    self.findingCount = findingCount
    self.findingStakes = findingStakes
    self.incompleteThrough = incompleteThrough
    self.renewedAfterAsOf = renewedAfterAsOf
    self.billingMix = billingMix
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
      notes.insert(
        "The import's findings and notes are from its reading of the files as of \(asOf): "
          + "\(why), so they may no longer hold, and the range of other readings it priced "
          + "(on the figures as imported) is not carried; import again to price it on these.",
        at: findingCount)
    }
    var dq = company.dataQuality
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
