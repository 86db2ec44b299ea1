import ARRCore
import ARRFileSystem

/// Reads a company folder (`accounts.csv`, `monthly.csv`, optional `company.json`) into a
/// validated ``Company``. The input contract and every message are in `docs/input.md`.
public enum CompanyLoader {
  /// The widest matrix the loader builds (accounts × months), about 2 GB per matrix.
  static let maximumCells = 256 << 20
  /// The longest history the loader accepts, in months (50 years).
  static let maximumMonths = 600

  /// The refusal of `accounts` × the months `first` to `last` past `limit` cells, the loader's
  /// and the long-table importers' one message (session 22, review lane).
  static func tooLarge(accounts: Int, first: Month, last: Month, limit: Int) -> String {
    "\(CountText.grouped(accounts)) accounts × months \(first) to \(last) is too large (at most "
      + "\(CountText.grouped(limit)) cells)"
  }

  /// Reads `DIR/accounts.csv`, `DIR/monthly.csv` and, if present, `DIR/company.json` and
  /// `DIR/import.json` (``ImportRecord``, written by `import`).
  /// - Parameters:
  ///   - directory: The company folder.
  ///   - options: Strict or lenient, and the as-of month.
  /// - Returns: The validated company.
  /// - Throws: `ARRQualityError` with status 66 (`.noInput`) when the folder or a required
  ///   file is missing or unreadable; 65 (`.dataError`) listing every problem found.
  /// - Complexity: O(bytes + accounts × months), reading `monthly.csv` on two threads.
  public static func load(directory: String, options: LoadOptions = LoadOptions())
    throws(ARRQualityError)
    -> Company
  {
    try load(directory: directory, options: options, tuning: LoadTuning())
  }

  /// Reads a company from the bytes of its files (for tests and other importers). Messages name
  /// the files `accounts.csv`, `monthly.csv` and `company.json`.
  /// - Parameters:
  ///   - accountsCSV: The bytes of `accounts.csv`.
  ///   - monthlyCSV: The bytes of `monthly.csv`.
  ///   - companyJSON: The bytes of `company.json`, or `nil` when there is none.
  ///   - options: Strict or lenient, and the as-of month.
  /// - Returns: The validated company.
  /// - Throws: `ARRQualityError` 65 (`.dataError`) listing every problem found.
  /// - Complexity: O(bytes + accounts × months).
  public static func load(
    accountsCSV: [UInt8], monthlyCSV: [UInt8], companyJSON: [UInt8]?,
    options: LoadOptions = LoadOptions()
  ) throws(ARRQualityError) -> Company {
    try load(
      accountsCSV: accountsCSV, monthlyCSV: monthlyCSV, companyJSON: companyJSON, options: options,
      tuning: LoadTuning())
  }

  static func load(
    accountsCSV: [UInt8], monthlyCSV: [UInt8], companyJSON: [UInt8]?, options: LoadOptions,
    tuning: LoadTuning
  ) throws(ARRQualityError) -> Company {
    try assemble(
      accounts: ByteSource(storage: .memory(accountsCSV), name: AccountsReader.file),
      monthly: ByteSource(storage: .memory(monthlyCSV), name: MonthlyReader.file),
      companyJSON: companyJSON, place: "the input", options: options, tuning: tuning)
  }

  static func load(directory: String, options: LoadOptions, tuning: LoadTuning)
    throws(ARRQualityError)
    -> Company
  {
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    guard try ByteSource.isDirectory(base) else {
      throw ARRQualityError(kind: .missingInput, message: "\(directory): no such folder")
    }
    func open(_ name: String) throws(ARRQualityError) -> ByteSource {
      // Binary data is refused from its first bytes, never read (hostile 55, H55-6).
      guard
        let s = try ByteSource.open(
          path: base + "/" + name, name: name, expected: "a CSV file (UTF-8 text)")
      else {
        var message = "\(base)/\(name): no such file"
        // A folder of companies (`Scenarios`) rather than a company: say which to give.
        let companies = ByteSource.companyFolders(in: base)
        if !companies.isEmpty {
          let listed = companies.prefix(5).joined(separator: ", ")
          message +=
            "; \(directory) holds company folders (\(listed)\(companies.count > 5 ? ", …" : "")): "
            + "give one of them, e.g. \(base)/\(companies[0])"
        }
        throw ARRQualityError(kind: .missingInput, message: message)
      }
      return s
    }
    let accounts = try open(AccountsReader.file)
    defer { accounts.close() }
    let monthly = try open(MonthlyReader.file)
    defer { monthly.close() }
    var json: [UInt8]?
    let jsonPath = base + "/" + CompanyJSONReader.file
    if ByteSource.exists(jsonPath) {
      // Size checked before reading (InputFile.jsonLimit): a company.json is a few hundred bytes.
      json = try InputFile.read(jsonPath, limit: InputFile.jsonLimit)
    }
    var company = try assemble(
      accounts: accounts, monthly: monthly, companyJSON: json, place: directory, options: options,
      tuning: tuning)
    // A folder `import` wrote: its record brings the import's findings and range back
    // (T50-34), checked against the files as they are now.
    let recordPath = base + "/" + ImportRecord.file
    if ByteSource.exists(recordPath) {
      let record = try ImportRecord.read(
        InputFile.read(recordPath, limit: ImportRecord.sizeLimit), file: ImportRecord.file)
      record.apply(
        to: &company, accounts: try LineFingerprint.of(accounts),
        monthly: try LineFingerprint.of(monthly))
    }
    return company
  }

  private static func assemble(
    accounts accountsSource: ByteSource, monthly monthlySource: ByteSource, companyJSON: [UInt8]?,
    place: String, options: LoadOptions, tuning: LoadTuning
  ) throws(ARRQualityError) -> Company {
    var log = ProblemLog(isLenient: options.isLenient)
    var profile =
      companyJSON.map { CompanyJSONReader.read($0, log: &log) } ?? CompanyProfile.assumingUSD
    if let currency = options.currency {
      profile.currency = currency
      profile.isCurrencyAssumed = false
    }
    var accounts = try AccountsReader.read(accountsSource, tuning: tuning, log: &log)
    // Each account's line serves accounts.csv's duplicate messages only: not kept through the
    // read of monthly.csv, whose matrices make the load's peak (8 MB at a million accounts).
    accounts?.lines = []
    let rule: AsOfRule =
      if let a = options.asOf { .fromOptions(a) } else if let a = profile.asOf {
        .fromCompanyFile(a)
      } else {
        .fromData
      }
    var monthly: MonthlyResult?
    if let accounts {
      monthly = try MonthlyReader.read(
        monthlySource, accounts: accounts, rule: rule, tuning: tuning, log: &log)
      if let n = monthly?.rowsOfRejectedAccounts, n > 0 {
        log.fatal(
          InputProblem(
            file: MonthlyReader.file, line: 0,
            message:
              "\(Counted.phrase(n, "row", verb: ("belongs", "belong"))) to accounts rejected in accounts.csv "
              + "(see above) and \(n == 1 ? "is" : "are") not listed one by one; fixing those "
              + "accounts.csv rows lets \(n == 1 ? "it" : "them") be read"))
      }
      if let m = monthly, m.rowsAfterCompanyAsOf > 0, case .fromCompanyFile(let asOf) = rule {
        log.fatal(Self.rowsAfterCompanyAsOf(m, asOf: asOf))
      }
    } else {
      // Still report monthly.csv's header problems.
      var ignored = ProblemLog(isLenient: false)
      if let h = try CSVHeader.read(from: monthlySource, log: &log) {
        _ = h.validate(required: MonthlyReader.required, file: MonthlyReader.file, log: &ignored)
        log.append(ignored, lineOffset: 0)
      }
    }
    var range: (first: Month, last: Month)?
    if let accounts, let monthly {
      range = try monthRange(rule: rule, monthly: monthly, log: &log)
      if let r = range {
        let months = r.last.months(since: r.first) + 1
        if months > maximumMonths {
          // Cohort tables are months × months: a mistyped year (0025 for 2025) would ask for
          // gigabytes. Fifty years of monthly history is more than any company has.
          log.fatal(
            InputProblem(
              file: MonthlyReader.file, line: 0,
              message:
                "months \(r.first) to \(r.last) span \(months) months "
                + "(expected at most \(maximumMonths); is a year mistyped?)"))
          range = nil
        } else if accounts.accounts.count * months > maximumCells {
          log.fatal(
            InputProblem(
              file: MonthlyReader.file, line: 0,
              message: tooLarge(
                accounts: accounts.accounts.count, first: r.first, last: r.last,
                limit: maximumCells)))
          range = nil
        }
      }
    }
    if log.problemCount > 0 {
      throw ARRQualityError(
        kind: .invalidData,
        message:
          "\(Counted.phrase(log.problemCount, "problem")) in \(place)"
          + decimalsCause(
            log.tooManyDecimals, profile: profile, isGiven: options.currency != nil,
            isSkipped: options.isLenient),
        problems: log.problems, problemCount: log.problemCount)
    }
    // Taken out of the optional, so the company can take the accounts list without a copy.
    guard let monthly, let range, var accounts = accounts.take() else {
      throw ARRQualityError(kind: .invalidData, message: "no usable data in \(place)")
    }
    // An earlier view (`--as-of` before the data's end) must not see what the account facts
    // learned later: they are rolled back with the backtest's point-in-time rules.
    var factsAsOf = Month(ordinal: monthly.maxOrdinal)
    if let p = profile.asOf, p > factsAsOf { factsAsOf = p }
    let isEarlierView =
      options.asOf != nil && (monthly.rowsAfterAsOf > 0 || factsAsOf > range.last)
    var company = build(
      profile: profile, accounts: &accounts, monthly: monthly, range: range,
      isEarlierView: isEarlierView, log: log)
    addActivity(to: &company, monthly: monthly, range: range)
    try addSnapshots(
      to: &company, from: accountsSource, accounts: accounts, isEarlierView: isEarlierView)
    // The id table is done with: freed before any activity column is compacted, which holds
    // a column twice while converting it (the load's peak would otherwise grow by the copy).
    // A column the reader wrote compact (``ActivityOut``) is already what this makes of it.
    accounts = AccountsResult()
    for k in company.activityColumns.indices { company.activityColumns[k].compact() }
    if let note = decimalsNote(log, profile: company.profile, isGiven: options.currency != nil) {
      company.dataQuality.notes.append(note)
    }
    if let note = fractionNote(company) { company.dataQuality.notes.append(note) }
    if let excess = company.revenue.firstExcess() {
      throw ARRQualityError(
        kind: .invalidData, message: "1 problem in \(place)",
        problems: [
          InputProblem(file: MonthlyReader.file, line: 0, message: message(excess, company))
        ])
    }
    return company
  }

  /// Why a total is beyond what the product represents exactly.
  static func message(_ excess: RevenueMatrix.Excess, _ company: Company) -> String {
    message(excess, firstMonth: company.firstMonth)
  }

  /// Why a total is beyond what the product represents exactly, for data starting at
  /// `firstMonth`.
  static func message(_ excess: RevenueMatrix.Excess, firstMonth: Month) -> String {
    let bound = FieldMessages.maximumAmount
    let which =
      if let m = excess.monthOffset {
        "\(excess.figure) of \(firstMonth.adding(months: m))"
      } else {
        excess.figure
      }
    return
      "\(which) is more than \(bound), the largest total whose 12-month run rate is exact in "
      + "cents (amounts this large are not real revenue; is a column in the wrong unit?)"
  }

  /// First and last month of the matrix, logging why there are none.
  /// - Throws: `ARRQualityError` of kind `.invalidArgument` when `--as-of` lies outside the
  ///   data: the argument, not the file, is what to fix.
  private static func monthRange(rule: AsOfRule, monthly: MonthlyResult, log: inout ProblemLog)
    throws(ARRQualityError) -> (first: Month, last: Month)?
  {
    let hasRows = monthly.maxOrdinal >= monthly.minOrdinal
    // Other problems already explain a lack of rows.
    if !hasRows && log.problemCount > 0 { return nil }
    switch rule {
    case .fromData:
      guard hasRows else {
        log.fatal(noRows(monthly, log: log))
        return nil
      }
      return (Month(ordinal: monthly.minOrdinal), Month(ordinal: monthly.maxOrdinal))
    case .fromOptions(let asOf), .fromCompanyFile(let asOf):
      let given: String
      if case .fromOptions = rule {
        given = "--as-of \(asOf)"
      } else {
        given = "as_of \(asOf) in company.json"
      }
      if !hasRows && monthly.rowsAfterAsOf > 0 {
        let first = Month(ordinal: monthly.minOrdinalAfterAsOf)
        if case .fromOptions = rule {
          throw .invalidArgument(
            "\(given) is earlier than every month in monthly.csv (the first is \(first); "
              + "expected \(first) or later)")
        }
        log.fatal(
          InputProblem(
            file: MonthlyReader.file, line: 0,
            message: "\(given) is earlier than every month in monthly.csv"))
        return nil
      }
      guard hasRows else {
        log.fatal(noRows(monthly, log: log))
        return nil
      }
      let last = Month(ordinal: monthly.maxOrdinal)
      // A month past the data would show every account at $0: almost surely a typo or a file
      // cut short. (Rows after as_of, kept out or rejected, mean the data does reach it.)
      // Skipped rows (lenient) may be the later ones; the data's reach is then unknown.
      guard
        asOf <= last || monthly.rowsAfterAsOf > 0 || log.problemCount > 0 || log.skippedCount > 0
      else {
        if case .fromOptions = rule {
          throw .invalidArgument(
            "\(given) is after the last month in monthly.csv (\(last)); every account would "
              + "show no revenue (expected \(last) or earlier; if no account paid since, list "
              + "the month with mrr 0)")
        }
        log.fatal(
          InputProblem(
            file: MonthlyReader.file, line: 0,
            message:
              "\(given) is after the last month in monthly.csv (\(last)); every account would "
              + "show no revenue (expected \(last) or earlier; if no account paid since, list "
              + "the month with mrr 0)"))
        return nil
      }
      return (Month(ordinal: monthly.minOrdinal), asOf)
    }
  }

  /// The problem of a `monthly.csv` with no usable row: empty, or (lenient) every row skipped,
  /// then naming the first skipped row's problem, since the error replaces the report that would
  /// have listed it.
  private static func noRows(_ monthly: MonthlyResult, log: ProblemLog) -> InputProblem {
    let read = monthly.summary.rowsRead
    var message =
      read == 0
      ? "no data rows (expected one row per account and month)"
      : "all \(CountText.grouped(read)) data rows were skipped; nothing is left to analyse"
    if read > 0, let first = log.skipped.first(where: { $0.problem.file == MonthlyReader.file }) {
      message += " (first: \(first.problem))"
    }
    return InputProblem(file: MonthlyReader.file, line: 0, message: message)
  }

  /// The company read; it takes the accounts list out of `accounts` (the rest stays).
  private static func build(
    profile given: CompanyProfile, accounts: inout AccountsResult, monthly: MonthlyResult,
    range: (first: Month, last: Month), isEarlierView: Bool, log: ProblemLog
  ) -> Company {
    var profile = given
    let months = range.last.months(since: range.first) + 1
    let (mrr, usage) = monthly.columns.takeDense(
      from: range.first, through: range.last, isMRRWide: monthly.isMRRWide,
      isUsageWide: monthly.isUsageWide)
    let oneTime = (0..<months).map { monthly.oneTime[Int(range.first.ordinal) + $0] }
    let revenue = RevenueMatrix(
      accountCount: accounts.accounts.count, monthCount: months, mrrCells: mrr, usageCells: usage,
      oneTimeByMonth: oneTime)
    var notes = [String]()
    if !monthly.hasUsage { notes.append("usage column absent") }
    if let alias = monthly.usageAlias {
      notes.append(
        "monthly.csv column \(alias) read as usage (the file has no usage column; "
          + "docs/input.md, \"Usage under another name\")")
    }
    if !monthly.hasOneTime { notes.append("one_time column absent") }
    if monthly.rowsAfterAsOf > 0 {
      notes.append(
        "\(CountText.grouped(monthly.rowsAfterAsOf)) monthly rows after as_of \(range.last) left out"
      )
    }
    if log.skippedMRROverflowed { notes.append("skipped MRR total too large to add up") }
    // Taken, not copied: with a second reference left in `accounts`, the first change below
    // would copy every account (and retain each of its strings).
    var list: [Account] = []
    swap(&list, &accounts.accounts)
    var columns = accounts.columns
    notes += revenueFacts(
      &list, revenue: revenue, first: range.first, asOf: range.last,
      isEarlierView: isEarlierView, currency: profile.currency)
    notes += termNotes(list)
    if isEarlierView {
      let cutoff = CivilDate.lastDay(of: range.last)
      list.withUnsafeMutableBufferPointer { buffer in
        for i in buffer.indices { buffer[i].rollBack(to: cutoff) }
      }
      let dropped = AccountColumn.allCases.filter {
        AccountColumn.snapshotColumns.contains($0) && columns.contains($0)
      }
      columns.subtract(AccountColumn.snapshotColumns)
      var note =
        "account facts rolled back to \(range.last): cancellations and trial outcomes dated "
        + "later are not known then, and renewal dates step back by whole terms"
      if !dropped.isEmpty {
        note +=
          "; \(dropped.map(\.rawValue).joined(separator: ", ")) describe the account today and "
          + "are left out"
      }
      notes.append(note)
      if profile.reportedARR != nil {
        // The claim describes the data's end, not this earlier month: comparing them would
        // show a gap that is only growth.
        profile.reportedARR = nil
        notes.append(
          "reported_arr in company.json describes the data's end, not \(range.last); left out")
      }
    }
    var accountsSummary = accounts.summary
    accountsSummary.rowsAccepted = list.count
    let quality = DataQuality(
      files: [accountsSummary, monthly.summary], skipped: log.skipped,
      skippedCount: log.skippedCount,
      skippedMRRCents: log.skippedMRRCents, isSkippedMRRTooLarge: log.skippedMRROverflowed,
      isSkippedMRRUnknown: log.skippedUnknownMRR > 0, rowsAfterAsOf: monthly.rowsAfterAsOf,
      notes: notes)
    return Company(
      profile: profile, accounts: list, firstMonth: range.first, asOf: range.last,
      revenue: revenue,
      accountColumns: columns, dataQuality: quality)
  }

  /// A note counting the accounts whose contract type or billing cadence is `unknown`, and the
  /// fields the `inferred` column marks, if any.
  static func termNotes(_ list: [Account]) -> [String] {
    var unknownType = 0
    var unknownCadence = 0
    var inferredCounts = [Int](repeating: 0, count: AccountFields.columnNames.count)
    // Through a pointer and as terms: iterating the accounts copied each one (its strings).
    list.withUnsafeBufferPointer { list in
      for i in list.indices {
        let a = list[i].terms
        if a.contractType == .unknown { unknownType += 1 }
        if a.billingCadence == .unknown { unknownCadence += 1 }
        guard !a.inferred.isEmpty else { continue }
        for (k, f) in AccountFields.columnNames.enumerated() where a.inferred.contains(f.field) {
          inferredCounts[k] += 1
        }
      }
    }
    var notes: [String] = []
    if unknownType + unknownCadence > 0 {
      notes.append(
        "terms unknown: contract_type for \(unknownType) account\(unknownType == 1 ? "" : "s"), "
          + "billing_cadence for \(unknownCadence); their ARR is not counted as committed")
    }
    let parts = AccountFields.columnNames.indices.filter {
      inferredCounts[$0] > 0
    }.map { "\(AccountFields.columnNames[$0].name) \(inferredCounts[$0])" }
    if !parts.isEmpty {
      notes.append(
        "fields inferred rather than read, by accounts: " + parts.joined(separator: ", "))
    }
    return notes
  }

  /// One problem for every row after company.json's as_of (strict mode), with both ways out:
  /// `--as-of` for the earlier view, or an as_of at the data's end (trial 18b, G14).
  static func rowsAfterCompanyAsOf(_ m: MonthlyResult, asOf: Month) -> InputProblem {
    let n = m.rowsAfterCompanyAsOf
    let last = Month(ordinal: m.maxOrdinalAfterCompanyAsOf)
    return InputProblem(
      file: MonthlyReader.file, line: 0,
      message:
        "\(Counted.phrase(n, "row", verb: ("is", "are"))) after as_of \(asOf) given in company.json "
        + "(the data runs to \(last); expected \(asOf) or earlier): for the view as of \(asOf), "
        + "run with --as-of \(asOf), which leaves later rows out and counts them; for the "
        + "latest view, set as_of to \(last) in company.json or remove it")
  }
}
