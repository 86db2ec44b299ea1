/// What the reader did with every input row: the product's "nothing is lost" ledger.
///
/// Invariant per file: `rowsRead == rowsAccepted + skipped.count(where: file matches)` for a
/// company folder; for an imported file `rowsRead` also counts the lines an import skips by
/// design (title, totals and footnote lines, void or draft invoices, payments, never-started
/// subscriptions), so `rowsRead == rowsAccepted + every row skipped`, as ``ImportSummary`` counts.
public struct DataQuality: Sendable, Equatable {
  /// Per-file row counts.
  public struct FileSummary: Sendable, Equatable {
    public var file: String
    public var rowsRead: Int
    public var rowsAccepted: Int
    /// Columns present in the header but not used by any computation, in header order.
    public var ignoredColumns: [String]
    public init(file: String, rowsRead: Int, rowsAccepted: Int, ignoredColumns: [String]) {
      self.file = file
      self.rowsRead = rowsRead
      self.rowsAccepted = rowsAccepted
      self.ignoredColumns = ignoredColumns
    }
  }

  /// A row left out in lenient mode (or excluded because it lies after the as-of month).
  public struct SkippedRow: Sendable, Equatable {
    public var problem: InputProblem
    /// The MRR the row carried, in cents, when it could be read.
    public var mrrCents: Int64?
    /// A monthly row's month and account id, when they could be read: the skipped-rows finding
    /// names them, and weighs the as-of month's against its MRR (session 40, trial 37,
    /// T37-22: "1 row's MRR could not be read: "Alpha" (A), 2026-10, $2.00K the month before").
    public var month: Month?
    public var accountID: String?
    public init(
      problem: InputProblem, mrrCents: Int64?, month: Month? = nil, accountID: String? = nil
    ) {
      self.problem = problem
      self.mrrCents = mrrCents
      self.month = month
      self.accountID = accountID
    }
  }

  public var files: [FileSummary]
  /// Skipped rows, in file then line order. Only the first ``skippedSampleLimit`` are kept;
  /// ``skippedCount`` and ``skippedMRRCents`` always cover all of them.
  public var skipped: [SkippedRow]
  public var skippedCount: Int
  public var skippedMRRCents: Int64
  /// True when the skipped rows' MRR does not fit in `Int64` cents: ``skippedMRRCents`` then
  /// holds the part that did and reports say the total is too large to add up.
  public var isSkippedMRRTooLarge: Bool
  /// True when the skipped rows' MRR was not added up: a data-room file's bad row may hold
  /// billings, amounts that could not be read, or no amount at all, so an import never sums
  /// it. Reports then say so instead of quoting ``skippedMRRCents`` (trial 25, T25-15: a row
  /// of $5,000 was reported as "$0 of MRR").
  public var isSkippedMRRUnknown: Bool
  /// Monthly rows after the as-of month, excluded from every figure (only with `--as-of`).
  public var rowsAfterAsOf: Int
  /// Plain-language notes (e.g. "usage column absent").
  public var notes: [String]
  /// How many of ``notes``, from the first, are findings: an importer's things to check before
  /// the figures (amounts that look like cents, totals that differ…), the rest saying how the
  /// files were read. `validate` lists them first (session 17, report).
  public var findingCount: Int
  /// What each finding (an index below ``findingCount``) can move, where the importer can say
  /// (``ImportFindingStake``); the analysis ranks the finding by it (`import_finding`).
  public var findingStakes: [Int: ImportFindingStake] = [:]
  /// What an importer read and inferred; `nil` for a native company folder.
  public var imported: ImportSummary?
  /// Months at the start of the data whose revenue may be incomplete: a billings source cannot
  /// show what was billed before its first month, so a term account may first appear at its
  /// renewal. `nil` when the data is complete from its first month.
  public var incompleteThrough: Month?
  /// Accounts whose term ends in the as-of month and whose paid renewal the files hold, dated
  /// after the as-of month (a ledger's renewal invoice), by id: the month it is dated. The
  /// figures keep them at renewal now, as of the as-of month; the renewal calendar says they
  /// renewed (render review 40, R40-11). Empty for a native company folder.
  public var renewedAfterAsOf: [String: Month] = [:]

  public static let skippedSampleLimit = 1000

  /// The skipped rows' MRR as reports show it: `format(cents)`, or "more than can be added up
  /// exactly" when the total overflowed; `nil` when it was not added up
  /// (``isSkippedMRRUnknown``).
  public func skippedMRR(_ format: (Int64) -> String) -> String? {
    if isSkippedMRRUnknown { return nil }
    return isSkippedMRRTooLarge ? "more than can be added up exactly" : format(skippedMRRCents)
  }

  public init(
    files: [FileSummary] = [], skipped: [SkippedRow] = [], skippedCount: Int = 0,
    skippedMRRCents: Int64 = 0, isSkippedMRRTooLarge: Bool = false,
    isSkippedMRRUnknown: Bool = false, rowsAfterAsOf: Int = 0,
    notes: [String] = [], imported: ImportSummary? = nil, incompleteThrough: Month? = nil,
    findingCount: Int = 0, findingStakes: [Int: ImportFindingStake] = [:]
  ) {
    self.findingCount = findingCount
    self.findingStakes = findingStakes
    self.isSkippedMRRTooLarge = isSkippedMRRTooLarge
    self.isSkippedMRRUnknown = isSkippedMRRUnknown
    self.files = files
    self.skipped = skipped
    self.skippedCount = skippedCount
    self.skippedMRRCents = skippedMRRCents
    self.rowsAfterAsOf = rowsAfterAsOf
    self.notes = notes
    self.imported = imported
    self.incompleteThrough = incompleteThrough
  }
}
