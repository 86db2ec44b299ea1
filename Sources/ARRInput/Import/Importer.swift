import ARRCore
import ARRFileSystem

/// Reads what a data room holds (customer cubes, invoice ledgers, Stripe exports, customer
/// lists) into the shared intermediate, and from it a validated ``Company``.
/// `docs/import.md` describes each shape and every rule.
public enum Importer {
  /// One file to import: its name (for messages) and bytes.
  public struct SourceFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public init(name: String, bytes: [UInt8]) {
      self.name = name
      self.bytes = bytes
    }
  }

  /// The name standard input (`-`) goes by in messages.
  public static let standardInput = "standard input"

  /// Reads the files at `paths` (`-`: standard input).
  /// - Throws: `ARRQualityError` `.missingInput` for a file that is missing or unreadable, and
  ///   whatever ``read(_:options:)`` throws.
  public static func read(paths: [String], options: ImportOptions = ImportOptions())
    throws(ARRQualityError) -> ImportedCompany
  {
    var files = [SourceFile]()
    for path in paths {
      // `-` is standard input (hostile 55, H55-8), read as a stream, its first bytes checked.
      if path == "-" {
        guard !files.contains(where: { $0.name == Self.standardInput }) else {
          throw .invalidArgument(
            "- (standard input) is given twice: it can be read once (give it once)")
        }
        let bytes = try InputFile.readStandardInput(limit: InputFile.streamLimit) {
          FileSniff.prefixRefusal($0, name: Self.standardInput, expected: FileSniff.expected(path))
        }
        files.append(SourceFile(name: Self.standardInput, bytes: bytes))
        continue
      }
      // Binary data is refused from its first bytes, never read whole (hostile 55, H55-6).
      guard
        let source = try ByteSource.open(
          path: path, name: path, expected: FileSniff.expected(path))
      else {
        throw ARRQualityError(kind: .missingInput, message: "\(path): no such file or folder")
      }
      defer { source.close() }
      // Named with its control characters escaped (a line break, a terminal escape: hostile 55,
      // H55-3): every message, note and report naming the file then shows them as `\n`,
      // `\u{1B}`, never as themselves.
      files.append(
        SourceFile(name: InputProblem.escapingControls(path), bytes: try source.allBytes()))
    }
    return try read(owned: consume files, options: options)
  }

  /// Reads `files`: one revenue file (a cube or a ledger; or Stripe's subscriptions and invoice
  /// lines exports, joined on customer id: ``DataRoomSources``) and optionally customer lists
  /// joined to it. A
  /// workbook (`.xlsx`) offers its sheets as files: the first visible sheet that reads as a
  /// revenue file (or the one `--sheet` names) is read, other sheets that read as customer lists
  /// join, and the rest are listed as not used (``WorkbookSource``).
  /// - Throws: `ARRQualityError` `.invalidData` for a file whose shape is not recognised (naming
  ///   the accepted shapes and what was found), bad cells (`file:line:column`, or
  ///   `book.xlsx: Revenue!C14` in a workbook), or two revenue files; `.invalidArgument` for
  ///   `--as-of` outside the data, or `--sheet` without a workbook or naming no sheet.
  /// - Complexity: O(bytes + accounts × months).
  public static func read(_ files: [SourceFile], options: ImportOptions = ImportOptions())
    throws(ARRQualityError) -> ImportedCompany
  {
    try read(owned: files, options: options)
  }

  /// ``read(_:options:)`` of files handed over: their bytes are released once read into tables.
  /// Without `--as-of`, a report's date in a title line (``TitleAsOf``) earlier than the data's
  /// last month is the as-of month: the tables are read again at it.
  static func read(owned files: consuming [SourceFile], options: ImportOptions)
    throws(ARRQualityError) -> ImportedCompany
  {
    guard !files.isEmpty else { throw .invalidArgument("no file to import") }
    var log = ImportLog()
    var unreadable = [(file: String, error: ARRQualityError)]()
    var hiddenCubes = [String]()
    let candidates = try candidates(
      files, options: options, log: &log, unreadable: &unreadable, hiddenCubes: &hiddenCubes)
    // The tables hold what is read from here on: the files' bytes go (34 MB for a 1M-line
    // ledger, held to the end before; twelfth session).
    files = []
    let company = try read(
      candidates, options: options, log: log, unreadable: unreadable, hiddenCubes: hiddenCubes)
    try CurrencySigns.checkGiven(
      options, seen: company.log.currency, files: company.log.files.map(\.file))
    guard options.asOf == nil,
      let titled = candidates.lazy.compactMap({ c in
        TitleAsOf.find(in: c.table).map { (file: c.table.file, date: $0) }
      }).first
    else { return company }
    return TitleAsOf.settle(company, stated: titled.date, file: titled.file, options: options) {
      asOf throws(ARRQualityError) in
      var atTitle = options
      atTitle.asOf = asOf
      return try read(
        candidates, options: atTitle, log: log, unreadable: unreadable, hiddenCubes: hiddenCubes)
    }
  }

  /// Reads `candidates` (``candidates(_:options:log:unreadable:hiddenCubes:)``) into the
  /// shared intermediate, `log` holding what reading them into tables said.
  private static func read(
    _ candidates: [Candidate], options: ImportOptions, log: ImportLog,
    unreadable: [(file: String, error: ARRQualityError)], hiddenCubes: [String]
  ) throws(ARRQualityError) -> ImportedCompany {
    var log = log
    // Summaries by a dimension left out (T22-10), said if nothing else reads as revenue.
    var summaries = [String]()
    // Sheets left out as holding no revenue (company totals by month), said if nothing reads.
    var notRevenue = [String]()
    // Company metrics tabs' ARR claims (T22-24), the first applied to the company read.
    var claims = [SummaryClaim]()
    var revenue: (data: CubeData, index: Int)?
    var lists = [(accounts: [ImportedAccount], index: Int)]()
    // The lists' ARR columns, a cross-check of a cube's cells (review 13, F9).
    var annualColumns = [(accounts: [ImportedAccount], column: ListAnnualColumn)]()
    var unused = [String]()
    // Files among several that hold no revenue (the company's totals by month), left out with
    // a note when another file reads; refused as before when none does (trial 28, T28-17).
    var unusedFiles = [String]()
    // Files among several that hold the company's own figures (metrics by month, a KPI
    // snapshot): read for its claim only (``SummaryClaim``), their refusal kept for when no file
    // reads as revenue (trial 44, T44-14: a KPI CSV beside the cube refused the run).
    var claimFiles = [String]()
    var claimFileRefusals = [ARRQualityError]()
    func isLeftOutFile(_ candidate: Candidate, _ table: ImportTable) -> Bool {
      !candidate.isOptional && table.sheet == nil && candidates.count > 1
        && NotRevenueShape.isLeftOutAmongFiles(table)
    }
    // A KPI snapshot (`ARR | $1,107,000`) among the files or tabs: the company's claim, not
    // revenue (trial 44, T44-1), its refusal kept as a metrics file's is.
    func isSnapshot(_ candidate: Candidate, _ table: ImportTable) -> Bool {
      guard candidate.isOptional || (table.sheet == nil && candidates.count > 1),
        let claim = SummaryClaim.snapshot(table)
      else { return false }
      claims.append(claim)
      if candidate.isOptional {
        unused.append("\(table.file) (company metrics, not customers)")
      } else {
        claimFiles.append("\(table.file) (company metrics, not customers)")
        claimFileRefusals.append(
          .data(
            "\(table.file): the company's own figures (its \"\(claim.label)\" row), not "
              + "customers' revenue: give the revenue by customer (a cube, a ledger or a Stripe "
              + "export) beside it"))
      }
      return true
    }
    var invoices = DataRoomSources()
    // Revenue sheets beyond the first, without --sheet: refused after the loop, each listed
    // (review 13, F5). With --sheet given twice or more, the named cube sheets are slices.
    var extraRevenue = [RevenueSheets.Found]()
    var slices = [RevenueSheets.Slice]()
    // Cubes that are later or earlier periods of the first one's customers (``RevenuePeriods``).
    var periods = [RevenueSheets.Slice]()
    // Cubes read whole because `--as-of` is outside their months, with that refusal: kept only
    // as periods of a history that holds it (``RevenuePeriods``, its `--as-of` extension).
    var refusedAsOf = [Int: ARRQualityError]()
    var sheetNames = [Int: String]()
    func another(_ table: ImportTable, _ what: String) {
      if options.sheets.isEmpty {
        extraRevenue.append(
          RevenueSheets.Found(file: table.file, sheet: table.sheet?.sheet, what: what))
      } else {
        unused.append("\(table.file) (another revenue sheet, not named with --sheet)")
      }
    }
    // Tabs whose names say balances or bookings (`AR Aging`, `Deferred revenue`, `Bookings`)
    // beside a tab that says neither: left out before reading, so they never compete with the
    // revenue tab (review 51, R51-13: a finance pack's MRR tab was refused as one of "3 sheets
    // read as revenue files"). A workbook of such tabs only is read as before, and refused
    // by the label.
    func nameKind(_ c: Candidate) -> BookingsLabel.Kind? {
      guard c.isOptional, let sheet = c.table.sheet?.sheet,
        let kind = BookingsLabel.kind(sheet, isName: true), kind != .forecast
      else { return nil }
      return kind
    }
    let isSomeTabUnlabelled = candidates.contains { $0.isOptional && nameKind($0) == nil }
    // A tab named for cash received (`Payments`) beside one named for a level of recurring
    // revenue (`MRR`): left out by its name (review 52b, R52b-13). Alone, `Payments` may be a
    // product line's tab (R52b-6).
    func tabWords(_ c: Candidate) -> Set<String>? {
      guard c.isOptional, let sheet = c.table.sheet?.sheet else { return nil }
      return Set(BookingsLabel.said(sheet))
    }
    let isLevelTab = candidates.contains { c in
      tabWords(c).map { !$0.isDisjoint(with: SalesLabel.levelWords) } ?? false
    }
    func isCashTab(_ c: Candidate) -> Bool {
      guard isLevelTab, let words = tabWords(c) else { return false }
      return words.isDisjoint(with: SalesLabel.levelWords)
        && !words.isDisjoint(with: SalesLabel.cashTabWords)
    }
    for candidate in candidates {
      if isCashTab(candidate) {
        unused.append("\(candidate.table.file) (cash received by its name, not revenue)")
        continue
      }
      if isSomeTabUnlabelled, let kind = nameKind(candidate) {
        unused.append(
          "\(candidate.table.file) (\(kind == .balance ? "balances" : kind == .count ? "counts" : "bookings") by its name, "
            + "not revenue)")
        continue
      }
      var table = candidate.table
      let before = log
      let invoicesBefore = invoices
      do throws(ARRQualityError) {
        let index = log.files.count
        sheetNames[index] = table.sheet?.sheet
        log.files.append(
          ImportLog.FileLog(
            file: table.file, shape: .cube, values: options.values, valuesReason: ""))
        // Rows a sync marks deleted in the source system, or earlier versions of a record, are
        // no rows of it: taken out before any reader sees the table, counted read and skipped.
        let skipStart = log.skipped.count
        // `subscriptions.customer_id`: a header naming each column's table is read without it.
        TablePrefixes.take(from: &table, notes: &log.notes)
        // `Deal - Value`: a CRM export's header naming each column's record type (T51-28).
        EntityPrefixes.take(from: &table, notes: &log.notes)
        // Paddle Classic's subscription users: prices per payment, read per its interval.
        try PaddleClassicUsers.take(from: &table, notes: &log.notes)
        // Month names under a row of their years (`FY2024` over `Jan` … `Dec`): one header.
        MonthGroupRow.take(from: &table, notes: &log.notes)
        // Month headers written as spreadsheet day numbers (`45962` …; T50-15).
        SerialMonthHeaders.take(from: &table, notes: &log.notes)
        // SAP's document types (`Belegart` `DR`, `DG`, `DZ`; T50-24).
        SAPDocumentTypes.take(from: &table, notes: &log.notes)
        let deleted = DeletedRows.take(from: &table)
        try deleted.record(file: index, isLenient: options.isLenient, log: &log)
        // Their skips were listed first: the file's list is put back in line order; the
        // marker columns were read, not ignored.
        defer {
          if !deleted.isEmpty { log.sortSkipped(from: skipStart, file: table.file) }
          deleted.markRead(file: index, name: table.file, log: &log)
        }
        // A revenue file's cut line is a problem, or a bad row skipped with --lenient.
        func settleCut() throws(ARRQualityError) {
          guard let cut = candidate.cut else { return }
          try CutLastLine.settle(
            cut, file: table.file, fileIndex: index, isLenient: options.isLenient, log: &log)
        }
        // A cube or monthly table read at --as-of; one whose months do not hold it is read
        // whole, its refusal kept: a period of a company joined in time need not hold it.
        func readAcrossAsOf(
          _ read: (ImportOptions, inout ImportLog) throws(ARRQualityError) -> CubeData?
        ) throws(ARRQualityError) -> CubeData? {
          let beforeRead = log
          do throws(ARRQualityError) {
            return try read(options, &log)
          } catch  where candidates.count > 1 && RevenuePeriods.isAsOfOutside(error) {
            log = beforeRead
            var whole = options
            whole.asOf = nil
            let data = try read(whole, &log)
            refusedAsOf[index] = error
            return data
          }
        }
        // A general ledger account's transactions (Debit, Credit): replaced by the cube of its
        // lines' credit less debit per customer and month, read as a cube below.
        let ledgerAccount = try GeneralLedgerAccount.take(
          from: &table, fileIndex: index, options: options, log: &log)
        // An MRR movements log: each row a change in a customer's MRR, rebuilt into levels.
        var cube =
          ledgerAccount == nil
          ? try MovementLogReader.read(table, fileIndex: index, options: options, log: &log) : nil
        // A revenue-recognition schedule: a ledger's columns beside months of recognised
        // revenue, read by its months as a cube (T22-16).
        let schedule =
          cube == nil && ledgerAccount == nil
          ? RecognitionSchedule.find(in: table, options: options) : nil
        // A credit-notes table beside the invoices: their credits, joined when the company is
        // made (review 46b, R46b-7: read as a customer list, its credits changed nothing).
        if candidates.count > 1, cube == nil, ledgerAccount == nil, schedule == nil,
          options.shape == .auto || options.shape == .ledger,
          let credits = try CreditNoteTable.read(
            table, fileIndex: index, options: options, log: &log)
        {
          log.files[index].shape = .ledger
          invoices.credits.append(credits)
          continue
        }
        if cube == nil, ledgerAccount == nil, schedule == nil,
          try invoices.read(
            table, fileIndex: index, options: options,
            isOnlyFile: candidates.count == 1
              || isNamedAlone(candidate, among: candidates, options),
            log: &log)
        {
          if let why = invoices.creditsRefusal {
            guard candidate.isOptional else { throw .data(why) }
            (log, invoices) = (before, invoicesBefore)
            unused.append("\(table.file) (credits alone, not revenue)")
            continue
          }
          if options.sheets.count > 1 && !candidate.isOptional {
            throw .invalidArgument(
              "\(table.file) reads as \(log.files[index].shape.rawValue): sheets named with "
                + "--sheet more than once are read as slices of one company, which is done for "
                + "cubes and monthly tables only; name one sheet")
          }
          try settleCut()
          if let first = revenue {
            guard candidate.isOptional else {
              throw .data(
                "\(table.file): a second revenue file (\(log.files[first.index].file) is one); "
                  + "import one revenue file at a time")
            }
            let what = RevenueSheets.describe(
              invoices, before: invoicesBefore, currency: options.currency)
            (log, invoices) = (before, invoicesBefore)
            another(table, what)
          }
          continue
        }
        let beforeCube = log
        do throws(ARRQualityError) {
          if cube == nil, let account = ledgerAccount {
            var asCube = options
            asCube.shape = .cube
            cube = try CubeReader.read(table, fileIndex: index, options: asCube, log: &log)
            if cube != nil { account.settle(fileIndex: index, log: &log) }
          } else if cube == nil && (options.shape == .auto || options.shape == .cube) {
            cube = try readAcrossAsOf { o, l throws(ARRQualityError) in
              try CubeReader.read(
                table, fileIndex: index, options: o, log: &l, isSchedule: schedule != nil,
                isOnlyFile: candidates.count == 1)
            }
            if cube != nil, let schedule {
              log.notes.append(RecognitionSchedule.note(schedule, table: table))
            }
          }
        } catch {
          // A monthly table whose rows hold three dates (a month, a start, an end) looks to the
          // cube's reader like a header of months: it is read as what it is. So is a customer
          // list whose rows hold three dates (start, end, cancel: the product's own
          // `accounts.csv`) below its header of named columns: a record, not a header of months.
          guard options.shape == .auto, schedule == nil,
            MonthlyTableLayout.find(in: table) != nil
              || table.records.first.map(CubeLayout.isNamedHeader) == true
          else {
            // A sheet `--sheet` did not name that holds no revenue (the company's totals by
            // month, a public data set) is left out beside the others, its reason kept for when
            // nothing reads (trial 28, T28-12: a `net_revenue_retention` tab refused a workbook
            // whose first tab is a subscriptions table, even with `--sheet subscriptions`).
            if isSnapshot(candidate, table) {
              (log, invoices) = (before, invoicesBefore)
              continue
            }
            if candidate.isOptional, let why = NotRevenueShape.explain(table) {
              (log, invoices) = (before, invoicesBefore)
              unused.append("\(table.file) (\(NotRevenueShape.shortReason(table)))")
              notRevenue.append(why)
              continue
            }
            if isLeftOutFile(candidate, table) {
              (log, invoices) = (before, invoicesBefore)
              unusedFiles.append("\(table.file) (\(NotRevenueShape.shortReason(table)))")
              continue
            }
            // A KPI sheet refused for its rates or errors (`90.9%`, `#VALUE!`) is refused as
            // what it is (trial 54, T54-29).
            if let kpi = CompanyMetrics.kpiSheetRefusal(table) { throw kpi }
            throw cubeError(error, table: table, shape: options.shape)
          }
          log = beforeCube
        }
        // Not a cube: a monthly table (one row per customer and month) is a cube's long form.
        // Its own errors (a bad month or amount cell) stand as they are.
        if cube == nil && (options.shape == .auto || options.shape == .monthly) {
          cube = try readAcrossAsOf { o, l throws(ARRQualityError) in
            try MonthlyTableReader.read(
              table, fileIndex: index, options: o, log: &l, isOnlyFile: candidates.count == 1)
          }
        }
        if let data = cube {
          // Read whole past --as-of: only the first revenue cube, or a period of it, goes on.
          if let refusal = refusedAsOf[index],
            let first = revenue, !RevenuePeriods.isPeriod(data, of: first.data)
          {
            throw refusal
          }
          try settleCut()
          // An income statement or a cohort table read as a cube (trial 48, T48-30, T48-31): no
          // customers. Refused alone; beside other files or tabs, left out with why.
          if let not = NotRevenueShape.notCustomers(table) {
            let isSideFile = table.sheet == nil && candidates.count > 1
            guard candidate.isOptional || isSideFile else { throw .data(not.why) }
            log = before
            if candidate.isOptional {
              unused.append("\(table.file) (\(not.short))")
              notRevenue.append(not.why)
            } else {
              unusedFiles.append("\(table.file) (\(not.short))")
            }
            continue
          }
          // Rows naming company metrics (`New MRR`) are no customers: refused; a workbook's
          // sheet of nothing else (a summary beside the customers) is left unused.
          let metrics = CompanyMetrics.rows(data.accounts)
          if !metrics.isEmpty {
            let isSideFile = table.sheet == nil && candidates.count > 1
            guard candidate.isOptional || isSideFile, metrics.count == data.accounts.count else {
              throw
                (metrics.count < data.accounts.count
                ? CompanyMetrics.kpiSheetRefusal(table) : nil)
                ?? CompanyMetrics.refusal(metrics, of: data.accounts.count, file: table.file)
            }
            log = before
            if !candidate.isOptional {
              claimFileRefusals.append(
                CompanyMetrics.refusal(metrics, of: data.accounts.count, file: table.file))
              claimFiles.append("\(table.file) (company metrics by month, not customers)")
              if let claim = SummaryClaim.find(
                table, layout: data.layout, isInThousands: data.thousandsLabel != nil)
              {
                claims.append(claim)
              }
              continue
            }
            // Its ARR (or MRR) row is the company's own claim, compared with what is measured.
            if let claim = SummaryClaim.find(
              table, layout: data.layout, isInThousands: data.thousandsLabel != nil)
            {
              claims.append(claim)
            }
            unused.append("\(table.file) (company metrics by month, not customers)")
            continue
          }
          if let label = data.summaryLabel {
            let why = CubeReader.summaryReason(
              data, label: label, file: table.file, hiddenCubes: hiddenCubes)
            guard candidate.isOptional else { throw .data(why) }
            log = before
            unused.append("\(table.file) (a summary by \(label.lowercased()), not customers)")
            summaries.append(why)
            continue
          }
          if let finding = CompanyMetrics.weakRowsFinding(data.accounts, file: table.file) {
            log.findings.append(finding)
          }
          if let other = invoices.firstFile(log) {
            guard candidate.isOptional else {
              throw .data(
                "\(table.file): a second revenue file (\(other) is one); import one revenue file "
                  + "at a time")
            }
            let what = RevenueSheets.describe(
              data, shape: log.files[index].shape, currency: options.currency)
            log = before
            another(table, what)
            continue
          }
          if let first = revenue {
            // Another period of the same customers' history (one tab or file per year): joined
            // in time after the loop (T22-11).
            if RevenuePeriods.isPeriod(data, of: first.data) {
              periods.append(RevenueSheets.Slice(data: data, index: index))
              continue
            }
            if options.sheets.count > 1 && !candidate.isOptional && table.sheet != nil {
              slices.append(RevenueSheets.Slice(data: data, index: index))
              continue
            }
            guard candidate.isOptional else {
              throw .data(
                "\(table.file): a second revenue file (\(log.files[first.index].file) is one); "
                  + "import one cube at a time")
            }
            let what = RevenueSheets.describe(
              data, shape: log.files[index].shape, currency: options.currency)
            log = before
            another(table, what)
            continue
          }
          var titled = data
          titled.titleDates = TitleAsOf.findAll(in: table)
          titled.monthToDate = TitleAsOf.monthToDate(in: table)?.cell
          revenue = (titled, index)
          continue
        }
        // A customer list reads its cut line, the missing cells blank: facts, no amounts.
        var whole = table
        if let cut = candidate.cut { whole.records.append(cut.record) }
        if revenue != nil || !invoices.isEmpty || candidates.count > 1,
          let list = try CustomerList.read(whole, fileIndex: index, options: options, log: &log)
        {
          if let cut = candidate.cut {
            log.findings.append(CutLastLine.listFinding(cut, file: table.file))
          }
          log.files[index].values = .auto
          log.files[index].valuesReason = CustomerList.valuesReason
          lists.append((list, index))
          if let column = ListAnnualColumn.find(whole, options: options) {
            annualColumns.append((list, column))
          }
          continue
        }
        if isSnapshot(candidate, table) {
          log = before
          continue
        }
        if isLeftOutFile(candidate, table) {
          log = before
          unusedFiles.append("\(table.file) (\(NotRevenueShape.shortReason(table)))")
          continue
        }
        guard candidate.isOptional else {
          if let why = notRead(table, shape: options.shape) { throw .data(why) }
          throw unrecognised(table, shape: options.shape)
        }
        log = before
        unused.append(
          "\(table.file) ("
            + (NotRevenueShape.explain(table) != nil
              ? NotRevenueShape.shortReason(table)
              : "not a cube, ledger, Stripe export or customer list") + ")")
      } catch {
        throw table.locating(error)
      }
    }
    if !extraRevenue.isEmpty {
      let first: RevenueSheets.Found
      if let r = revenue {
        first = RevenueSheets.Found(
          file: log.files[r.index].file, sheet: sheetNames[r.index],
          what: RevenueSheets.describe(
            r.data, shape: log.files[r.index].shape, currency: options.currency))
      } else {
        let index = [invoices.lines?.fileIndex, invoices.subscriptions?.index].compactMap { $0 }
          .min()!
        first = RevenueSheets.Found(
          file: log.files[index].file, sheet: sheetNames[index],
          what: RevenueSheets.describe(
            invoices, before: DataRoomSources(), currency: options.currency))
      }
      throw RevenueSheets.refusal([first] + extraRevenue)
    }
    // A sheet that cannot be read stops the import only when nothing else reads as revenue
    // (it may be the revenue sheet); beside a revenue sheet it is left out, and said (review
    // 13, F17: a summary tab's formula without a saved value refused a good revenue sheet).
    if !unreadable.isEmpty {
      guard revenue != nil || !invoices.isEmpty else { throw unreadableError(unreadable) }
      for u in unreadable {
        let why = u.error.problems.first.map(\.description) ?? u.error.message
        unused.append("\(u.file) (cannot be read)")
        log.findings.append(
          "\(u.file) cannot be read, so it was left out and what it holds is not known: \(why)"
            + (u.error.problemCount > 1
              ? " (and \(CountText.grouped(u.error.problemCount - 1)) more)" : ""))
      }
    }
    if let table = invoices.credits.first, invoices.lines == nil {
      throw .data(
        "\(table.file): a table of credit notes, each naming the invoice it credits under "
          + "\"\(table.referenceHeader)\": read only beside the invoice ledger it credits, and "
          + "no file here is one")
    }
    if !unused.isEmpty {
      log.notes.append("Sheets not used: " + unused.joined(separator: "; ") + ".")
    }
    // Left out only beside a file that reads; else the refusal names them (``noRevenueFile``).
    if !unusedFiles.isEmpty, revenue != nil || !invoices.isEmpty {
      log.notes.append(
        "Files not used: " + unusedFiles.joined(separator: "; ")
          + ": the customers' revenue is read from the other files, and these figures are not "
          + "checked against them.")
    }
    if revenue == nil && invoices.isEmpty, let refusal = claimFileRefusals.first {
      throw refusal
    }
    if !claimFiles.isEmpty {
      log.notes.append(
        "Files read only for the company's own figures: " + claimFiles.joined(separator: "; ")
          + ".")
    }
    if !invoices.isEmpty {
      try checkValues(options.values, log: &log)
      var company = try invoices.makeCompany(lists: lists, options: options, log: &log)
      finish(&company, claim: claims.first, annualColumns: annualColumns)
      return company
    }
    guard let index = revenue?.index, var data = revenue.take()?.data else {
      throw noRevenueFile(candidates, summaries: summaries, options: options)
    }
    if !periods.isEmpty {
      let parts = try RevenuePeriods.parts(
        [RevenueSheets.Slice(data: data, index: index)] + periods, asOf: options.asOf,
        refused: refusedAsOf, log: &log)
      data = parts.count == 1 ? parts[0].data : try RevenuePeriods.join(parts, log: &log)
      try RevenuePeriods.checkAsOf(data, parts: parts, asOf: options.asOf, refused: refusedAsOf)
    } else if let refusal = refusedAsOf[index] {
      throw refusal
    }
    var decided: (ImportValues, String)?
    if !slices.isEmpty {
      (data, decided) = try RevenueSheets.merge(
        [RevenueSheets.Slice(data: data, index: index)] + slices, options: options, log: &log)
    }
    for list in lists {
      CustomerList.join(
        list.accounts, into: &data.accounts, fileIndex: list.index,
        asOf: options.asOf ?? data.firstMonth.adding(months: data.monthCount - 1), log: &log)
    }
    for (accounts, column) in annualColumns {
      if let check = column.check(
        list: accounts, accounts: data.accounts, cells: data.cells, months: data.monthCount)
      {
        data.listAnnual.append(check)
      }
    }
    var company = try CubeImporter.makeCompany(
      consume data, fileIndex: index, options: options, log: &log, decided: decided)
    finish(&company, claim: claims.first, annualColumns: annualColumns)
    return company
  }

  /// What every revenue file's company is given once read, a ledger's and a cube's alike: the
  /// summary tab's claim, each list's ARR column read as a claim (``ListARRClaim``), the status
  /// and end columns, the terms, and the contradictions between facts and revenue.
  static func finish(
    _ company: inout ImportedCompany, claim: SummaryClaim?,
    annualColumns: [(accounts: [ImportedAccount], column: ListAnnualColumn)]
  ) {
    claim?.apply(to: &company)
    for (list, column) in annualColumns {
      ListARRClaim.apply(column, list: list, to: &company)
    }
    StatusColumn.apply(&company)
    CustomerEndColumn.apply(&company)
    TermFromMonths.apply(&company)
    TermFromDates.apply(&company)
    TermFromCadence.apply(&company)
    UnreadContractTypes.apply(&company)
    RevenueContradictions.startsAfterRevenue(&company)
    company.log.findings += RevenueContradictions.findings(company)
  }
}

extension Importer {
  /// The refusal when nothing reads as revenue and some sheets cannot be read: every such
  /// sheet's cells, the sheet with the most first (the revenue tab holds a formula per
  /// customer-month, a summary tab a few: session 35, H35-10, the error named only the summary
  /// tab's one cell), ties in tab order.
  static func unreadableError(_ unreadable: [(file: String, error: ARRQualityError)])
    -> ARRQualityError
  {
    let ordered = unreadable.indices.sorted {
      let (a, b) = (unreadable[$0].error.problemCount, unreadable[$1].error.problemCount)
      return a != b ? a > b : $0 < $1
    }.map { unreadable[$0].error }
    var error = ordered[0]
    for other in ordered.dropFirst() {
      error.message += "; " + other.message
      error.problems += other.problems
      error.problemCount += other.problemCount
    }
    error.problems = Array(error.problems.prefix(ARRQualityError.problemDisplayLimit))
    return error
  }
}
