import ARRCore

/// What every importer produces: accounts with optional facts and the monthly cents of each,
/// plus the log of what was read, skipped and inferred. ``company(currency:)`` turns it into a
/// validated ``Company`` after checking the tie-out identity.
///
/// Months run from ``firstMonth`` through ``asOf`` (the source's last month unless `--as-of`
/// said earlier); amounts spread past ``asOf`` are not here but in ``log``'s deferred total.
/// Cell `(a, m)` of each matrix is at `a * monthCount + m`.
public struct ImportedCompany: Sendable, Equatable {
  public var accounts: [ImportedAccount]
  public var firstMonth: Month
  public var asOf: Month
  /// Recurring revenue per account and month, in cents, normalised to one month.
  public var mrr: [Int64]
  /// Non-recurring revenue per account and month, in cents (≥ 0); empty when no source has
  /// one-time revenue (every cell 0: ``oneTime(at:)``), which saves 8 bytes a cell of a window
  /// no row fills (trial 30, T30-15: one stray 1975 row beside 100,000 customers of 2024 made
  /// 60 million cells).
  public var oneTime: [Int64]
  /// Usage units per account and month; `nil` when no source had usage.
  public var usage: [Int64]?
  public var log: ImportLog
  /// The company's as-of MRR, in cents, had the revenue file's amounts been read the other way:
  /// a cube's cells as billings when `--values auto` guessed MRR on thin evidence
  /// (``ImportLog/FileLog/isValuesGuess``; review 13, F4), a ledger's amounts net of the
  /// discount column beside them (review 13, F24). `nil` when the reading was given or clear.
  /// One choice for the whole file: it moves the headline's range by its difference from the
  /// as-of MRR read, once.
  public var otherReadingAsOfMRR: Int64?
  /// The ARR the company itself states, in cents (a workbook's summary tab: ``SummaryClaim``),
  /// given to the company's profile as `reported_arr`; `nil` when none is read.
  public var reportedARR: Int64?
  /// Whether accounts renamed within the data are already joined (``joinRenamedAccounts()``,
  /// done once, when the company is converted).
  var areRenamesJoined = false

  /// Creates an all-zero intermediate for `accounts` over `firstMonth…asOf`.
  /// - Parameters:
  ///   - mrr: The MRR cells when they are already read (a cube's, moved in rather than copied
  ///     over a matrix of zeros); `nil` for zeros.
  ///   - hasOneTime: `false` when no source has one-time revenue: ``oneTime`` stays empty.
  public init(
    accounts: [ImportedAccount], firstMonth: Month, asOf: Month, log: ImportLog,
    hasUsage: Bool = false, mrr: consuming [Int64]? = nil, hasOneTime: Bool = true
  ) {
    precondition(asOf >= firstMonth)
    self.accounts = accounts
    self.firstMonth = firstMonth
    self.asOf = asOf
    let cells = accounts.count * (asOf.months(since: firstMonth) + 1)
    precondition(mrr == nil || mrr!.count == cells)
    self.mrr = mrr ?? Array(repeating: 0, count: cells)
    self.oneTime = hasOneTime ? Array(repeating: 0, count: cells) : []
    self.usage = hasUsage ? Array(repeating: 0, count: cells) : nil
    self.log = log
  }

  /// The usage error of an `--as-of` that stretches data of fewer than 50 years past
  /// ``CompanyLoader/maximumMonths`` (exit 64: the option's mistake, not the data's; trial 30,
  /// T30-19: `--as-of 2080-12` on a 2024 log was "is a date mistyped?", exit 65), naming the
  /// latest `--as-of` allowed. `line` is where `first` is read, when known.
  static func asOfTooLate(
    _ asOf: Month, file: String, first: Month, line: Int?
  ) -> ARRQualityError {
    let latest = first.adding(months: CompanyLoader.maximumMonths - 1)
    return .invalidArgument(
      "--as-of \(asOf) would span \(CountText.grouped(asOf.months(since: first) + 1)) months "
        + "from \(first), the first month of \(file)\(line.map { " (line \($0))" } ?? ""); a "
        + "company spans at most "
        + "\(CountText.grouped(CompanyLoader.maximumMonths)) months, 50 years (expected "
        + "--as-of \(latest) or earlier)")
  }

  /// Refuses a window longer than a folder may span (``CompanyLoader/maximumMonths``), before
  /// any matrix is allocated: one mistyped year (`2204` for `2024`, `1924`) would otherwise make
  /// a window of centuries, gigabytes of cells and a report of thousands of empty months.
  /// - Parameters:
  ///   - first: The window's first month, and the line that gives it.
  ///   - last: Its last month, and the line that gives it (`nil` when `--as-of` does).
  ///   - dataLast: The data's own last month, when `--as-of` gives `last`.
  /// - Throws: `ARRQualityError` `.invalidData` naming both months and their lines;
  ///   `.invalidArgument` (``asOfTooLate(_:file:first:line:)``) when the data alone would fit
  ///   and `--as-of`, past its last month, makes the window too long.
  static func checkSpan(
    file: String, what: String, first: (month: Month, line: Int),
    last: (month: Month, line: Int?), dataLast: Month? = nil
  ) throws(ARRQualityError) {
    let months = last.month.months(since: first.month) + 1
    guard months > CompanyLoader.maximumMonths else { return }
    if last.line == nil, let dataLast, last.month > dataLast,
      dataLast.months(since: first.month) < CompanyLoader.maximumMonths
    {
      throw asOfTooLate(last.month, file: file, first: first.month, line: first.line)
    }
    let lastSource = last.line.map { "line \($0)" } ?? "--as-of"
    throw .data(
      "\(file): \(what) run from \(first.month) (line \(first.line)) to \(last.month) "
        + "(\(lastSource)), \(CountText.grouped(months)) months (expected at most \(CountText.grouped(CompanyLoader.maximumMonths)); "
        + "is a year mistyped?)")
  }

  /// One-time revenue of cell `i`, in cents: 0 when ``oneTime`` is empty.
  @inlinable
  public func oneTime(at i: Int) -> Int64 { oneTime.isEmpty ? 0 : oneTime[i] }

  /// Number of months, ``firstMonth`` through ``asOf``.
  public var monthCount: Int { asOf.months(since: firstMonth) + 1 }

  /// Index of account `a`, month offset `m` in the matrices.
  @inlinable
  public func cell(_ a: Int, _ m: Int) -> Int { a * monthCount + m }
}
