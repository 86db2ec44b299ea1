import ARRCore

/// Everything an import did, for `import.md`, the JSON `import` object and `validate`: files and
/// rows (read = used + skipped, title, totals and footnote lines included), why values were read
/// as MRR or billings, findings, and the tie-out of the amounts.
public struct ImportLog: Sendable, Equatable {
  /// Why a source line was not used as data.
  public enum SkipKind: String, Sendable, CaseIterable {
    /// A data row with a problem (lenient mode).
    case badRow = "bad row"
    /// A line above the header (a title, a date, "Confidential").
    case title = "title line"
    /// A totals row (`Total`, `Grand total`, `Sum`), excluded and checked.
    case totals = "totals row"
    /// A note below the data.
    case footnote = "footnote"
    /// A void or draft invoice (ledgers, Stripe invoice lines): never billed, reported.
    case voidOrDraft = "void or draft invoice"
    /// A subscription that never brought revenue (Stripe `incomplete`, `incomplete_expired`).
    case notStarted = "never-started subscription"
    /// A payment received (an accounting export's transaction list holds them beside the
    /// invoices): cash, not revenue; read as a credit it would cancel the invoice it pays.
    case payment = "payment"
    /// A purchase (a bill, an expense, a check): money paid out, listed beside the sales in an
    /// accounting system's transaction list.
    case purchase = "purchase"
    /// A grouped report's row naming the customer of the lines below it (QuickBooks' "Sales by
    /// Customer Detail"): its name is carried down to them.
    case customerHeader = "customer header"
    /// A grouped report's `Total for <customer>` row, excluded and checked against its lines.
    case subtotal = "subtotal row"
    /// The header row again below the first (exports concatenated into one file).
    case repeatedHeader = "repeated header"
    /// A ledger line below a repeated header equal, cell for cell, to a line of an earlier
    /// export in the file: the overlap of two exports, counted once.
    case repeatedLine = "repeated line"
    /// A cube's section name alone on a row ("Enterprise" above its customers, "Total
    /// Enterprise" below): the customers' segment.
    case sectionHeader = "section header"
    /// A row the sync that wrote the table marks deleted in the source system
    /// (`_fivetran_deleted` true, `is_deleted`, `_sdc_deleted_at`): ``DeletedRows``.
    case deleted = "deleted record"
    /// An earlier version of a record, kept beside the current one by a sync's history mode
    /// (`_fivetran_active` false): ``DeletedRows``.
    case earlierVersion = "earlier version"
    /// A CRM's deal that is not won (`Stage` `Closed Lost` or an open stage, `IsWon` false): a
    /// lost deal or pipeline, not revenue (``DeletedRows``).
    case notWon = "deal not won"
    /// A row of a second file that joins no account of the revenue file (a customer list's
    /// row, a subscription without invoice lines): the importer's decision, not a bad row the
    /// user chose to skip with `--lenient` (review 13, F28).
    case notJoined = "unjoined row"
    /// A payment attempt that collected nothing (a card declined, a gateway's refusal): a
    /// payments export lists each retry of a charge.
    case declinedPayment = "declined payment"
    /// A movement of the company's own money (a withdrawal to its bank, a currency conversion,
    /// a hold), listed in a payment account's activity beside the payments.
    case ownMoney = "own-money movement"
    /// A test purchase (a sandbox or test-mode row: RevenueCat's `is_sandbox`, Stripe's
    /// `livemode` false): no money changed hands (session 17, import3 lane; trial 17, RC1).
    case testTransaction = "test transaction"
    /// A further line of the order or invoice on the line above (Shopify writes a multi-line
    /// order's other items on lines of their own, with only the order's number, its email and
    /// the item's cells): the first line's amount is the order's, so it adds nothing.
    /// Last: a case inserted mid-enum was read as its neighbour by an incrementally built test
    /// target (session 16).
    case continuationLine = "continuation line"
    /// A movement of a customer whose MRR movements log starts mid-life (its first movement is
    /// not a new one): its MRR before the log is not known, so the customer is left out.
    case midLife = "mid-life movement"
    /// A cube's or monthly table's row whose label names a kind of revenue or an adjustment
    /// (`Professional services`, `Discounts & credits`), not a customer (``NonCustomerRows``).
    case notACustomer = "non-customer row"
    /// A cube's row whose line-label column names revenue billed once (`Professional
    /// services` beside the customer's `Subscription` row; ``LineLabels``): left out of MRR.
    case oneTimeRow = "one-time revenue row"
    /// A cube's or monthly table's row whose line-label column names another metric than MRR
    /// (`ARR`, `Seats`, `API calls`; ``LineLabels``): left out of every figure.
    case otherMetric = "other-metric row"
    /// A payment the payer's bank took back, or held in a dispute (GoCardless' `charged_back`,
    /// `disputed`, `reversed`): the money did not stay (trial 22, T22-21).
    case chargedBack = "charged-back payment"
    /// A payment or charge whose money went back in full (`refunded`, Shopify's `Financial
    /// Status`; a refund date): collected, then returned, neither void nor draft (trial 28,
    /// T28-24: counted among "void or draft invoices").
    case refunded = "refunded payment"
    /// A bank statement's line of money paid out (`Money Out`) with no money in: a supplier, the
    /// payroll, a transfer, not a customer's revenue (session 30, t28c lane; trial 28, T28-19).
    case outflow = "outflow"
    /// An invoice's own row beside its item lines (NetSuite's main line, an invoicing tool's
    /// invoice-level row): its document's total, excluded and checked against the lines
    /// (session 42, crm lane; trial 41, T41-4). Last, as every new case.
    case documentTotal = "invoice total row"
    /// An invoice's tax written as a line of its own ("Sales tax 10%", an itemless row on the
    /// account "Sales Tax Payable"): collected for the state, not revenue (session 44, crm
    /// lane; review 43, V5). Last, as every new case.
    case taxLine = "tax line"
    /// A printout's page total (`Carried forward` at a page's foot, `Brought forward` at the
    /// next one's head, `Übertrag`): the running sum of its invoice's lines above it, not a line
    /// (session 48, imp lane; review 47, R47-13). Last, as every new case.
    case pageTotal = "page total row"

    /// The kind's words for more than one line, as `import.md` counts them: `deals not won`,
    /// `test transactions` (session 18, import4 lane: "2 deal not wons").
    public var plural: String {
      self == .notWon ? "deals not won" : rawValue + "s"
    }
  }

  /// One file's rows. `rowsRead == rowsUsed + skipped` (every kind), always.
  public struct FileLog: Sendable, Equatable {
    public var file: String
    public var shape: ImportShape
    public var values: ImportValues
    /// Why ``values`` was chosen.
    public var valuesReason: String
    /// Whether `--values auto` chose ``values`` on thin evidence, the other reading priced in
    /// the headline's range (review 13, F4).
    public var isValuesGuess = false
    /// Whether the amounts were read as written beside a discount column with a discount on
    /// some line, the reading net of the discounts priced in the headline's range (review 13,
    /// F24): the figures built account by account rest on the amounts before the discounts.
    public var isBeforeDiscounts = false
    /// Whether the file is a snapshot of current amounts: a subscriptions table with one row
    /// per customer, a start and no end (``SubscriptionSnapshot``): each customer's current
    /// price is carried back to its start, so the history is assumed flat.
    public var isSnapshot = false
    /// Months at the file's end in which no customer had any amount, read as months not
    /// reached yet and left out (``CubeData/dropUnreachedMonths()``; trial 21, Q1); their
    /// other reading (every customer gone, $0) is priced in the headline's range, unless
    /// ``areUnreachedMonthsSaidByTotals``.
    public var unreachedMonths = 0
    /// Whether the file's totals row, filled in every month read, is blank in exactly the
    /// ``unreachedMonths``: the file's own word that they are to come, so their other reading
    /// is not priced (``CubeData/areUnreachedMonthsSaidByTotals(_:)``; hostile trial 35, H35-15).
    public var areUnreachedMonthsSaidByTotals = false
    /// Customers of an MRR movements log left out as starting mid-life with no level column to
    /// open them (``MovementLog``); their other reading (each at the least MRR its movements
    /// allow) is priced in the headline's range (session 22, review lane).
    public var midLifeLeftOut = 0
    /// Non-blank records other than the header (title lines included).
    public var rowsRead = 0
    public var rowsUsed = 0
    /// Skipped rows per kind.
    public var skipped: [SkipKind: Int] = [:]
    /// Blank rows (not rows: reported, not counted in ``rowsRead``).
    public var blankLines = 0
    /// Line of the header row.
    public var headerLine = 0
    /// Header cells not used, as written, in header order.
    public var ignoredColumns: [String] = []
    /// Columns recognised, as `role: header` (e.g. `name: Customer`), in header order.
    public var recognisedColumns: [String] = []

    public init(file: String, shape: ImportShape, values: ImportValues, valuesReason: String) {
      self.file = file
      self.shape = shape
      self.values = values
      self.valuesReason = valuesReason
    }

    /// Cells `--lenient` read as not given (a customer list's date or count it could not read):
    /// the row is used, those facts blank; each is listed in ``blankedCells`` (T22-2).
    public var cellsBlanked = 0
    /// The first ``ImportLog/skippedSampleLimit`` cells blanked, each as `file:line:column:
    /// message` (the message names the field and quotes the value), in line order.
    public var blankedCells: [InputProblem] = []
    /// Lines whose end or cancel date was blanked: their accounts' ARR is the blanking's stake.
    var linesWithBlankedEnd: Set<Int> = []

    /// Rows skipped, every kind.
    public var rowsSkipped: Int { skipped.values.reduce(0, +) }
  }

  /// The amounts' identity: source = mrr + one_time + deferred + residual + after_as_of +
  /// left_out, to the cent (`docs/import.md`, "Tie-out"). All in cents.
  public struct TieOut: Sendable, Equatable {
    /// Sum of every amount read (cube cells of used rows, ledger amounts).
    public var sourceCents: Int64 = 0
    /// Imported MRR, summed over accounts and months (filled by the check).
    public var mrrCents: Int64 = 0
    /// Imported one-time revenue (filled by the check).
    public var oneTimeCents: Int64 = 0
    /// Billed within the data, earned after the as-of month.
    public var deferredCents: Int64 = 0
    /// Rounding residual of even spreads (under one cent per month spread).
    public var residualCents: Int64 = 0
    /// Amounts dated after the as-of month (`--as-of` earlier than the source's end).
    public var afterAsOfCents: Int64 = 0
    /// Amounts deliberately left out and reported: negative MRR zeroed (lenient), credits beyond
    /// the revenue they could reduce.
    public var leftOutCents: Int64 = 0
    /// Set when a sum no longer fits in 64 bits.
    public var hasOverflowed = false

    public init() {}

    /// The right-hand side: everything the source amount went to.
    public var accountedCents: Int64? {
      var total: Int64 = 0
      for v in [
        mrrCents, oneTimeCents, deferredCents, residualCents, afterAsOfCents, leftOutCents,
      ] {
        let (s, o) = total.addingReportingOverflow(v)
        if o { return nil }
        total = s
      }
      return total
    }

    /// True when source equals the sum of its parts, exactly.
    public var isBalanced: Bool { !hasOverflowed && accountedCents == sourceCents }

    /// Adds `cents` to the part at `part`, remembering an overflow.
    public mutating func add(_ cents: Int64, to part: WritableKeyPath<TieOut, Int64>) {
      let (s, o) = self[keyPath: part].addingReportingOverflow(cents)
      if o { hasOverflowed = true } else { self[keyPath: part] = s }
    }
  }

  public var files: [FileLog] = []
  /// Skipped lines with why, in file then line order (the first ``skippedSampleLimit``).
  public var skipped: [ImportSummary.Skip] = []
  /// What a reviewer should know about the data (totals that differ, customers on several rows).
  public var findings: [String] = []
  /// What some ``findings`` can move, by the finding's text (``addFinding(_:accounts:arrCents:isUnitDoubt:)``):
  /// the analysis ranks each finding as a report finding by it (T22-12).
  public var stakes: [String: Stake] = [:]
  /// How the data was read (formats decided, rules that applied, limits).
  public var notes: [String] = []
  public var tieOut = TieOut()
  /// Months at the start whose revenue may be incomplete (billings: see
  /// ``DataQuality/incompleteThrough``).
  public var incompleteThrough: Month?
  /// Accounts whose term ends in the as-of month with a paid renewal in the file dated after it
  /// (``DataQuality/renewedAfterAsOf``), by id: the renewal's month.
  public var renewedAfterAsOf: [String: Month] = [:]
  /// The one currency the source showed (a cell's sign or code, a currency column), as an ISO
  /// 4217 code; `nil` when none.
  public var currency: String?
  /// The first title line above a table, as its skip lists it (``SkipKind/title``): where a
  /// company's name may be (``TitleName``).
  public var firstTitle: String?
  /// The title lines of the file the first came from, in order (at most
  /// ``titleLinesKept``): a report's title block ("Northwind AI Inc." above "Sales by Customer
  /// Detail") names the company on its first line (``TitleName/name(fromTitles:)``).
  public var titleLines: [String] = []
  /// The file ``titleLines`` were read from.
  private var titleFile: Int?
  /// Title lines kept in ``titleLines``.
  static let titleLinesKept = 3
  /// The first file whose amounts were read with a decimal comma, decided from its cells (not
  /// `--decimal-comma`): with no currency named, `import.md` says the style is European.
  public var decimalCommaFile: String?

  /// The skipped lines kept one by one; counts always cover all of them.
  public static let skippedSampleLimit = DataQuality.skippedSampleLimit

  public init() {}

  /// Records a skipped line of file `index` of ``files``.
  public mutating func skip(file index: Int, line: Int, kind: SkipKind, reason: String) {
    files[index].skipped[kind, default: 0] += 1
    if kind == .title && firstTitle == nil { firstTitle = reason }
    if kind == .title && (titleFile ?? index) == index && titleLines.count < Self.titleLinesKept {
      titleFile = index
      titleLines.append(reason)
    }
    if skipped.count < Self.skippedSampleLimit {
      let text = kind == .badRow ? reason : kind.rawValue + (reason.isEmpty ? "" : ": " + reason)
      skipped.append(ImportSummary.Skip(file: files[index].file, line: line, reason: text))
    }
  }

  /// Records a header row repeated below the first of file `index` (exports concatenated into
  /// one file), skipped by every reader alike.
  mutating func skipRepeatedHeader(file index: Int, line: Int) {
    skip(
      file: index, line: line, kind: .repeatedHeader, reason: "exports concatenated into one file")
  }

  /// Puts the skipped lines listed from `start` on back in line order (stably), when every one
  /// is of `file`: lines skipped before a reader saw the table (``DeletedRows``) were listed
  /// first.
  mutating func sortSkipped(from start: Int, file: String) {
    guard start < skipped.count, skipped[start...].allSatisfy({ $0.file == file }) else { return }
    let sorted = skipped[start...].enumerated().sorted {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }
    skipped.replaceSubrange(start..., with: sorted.map(\.element))
  }

  /// Rows over every file.
  public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
  public var rowsUsed: Int { files.reduce(0) { $0 + $1.rowsUsed } }
  public var rowsSkipped: Int { files.reduce(0) { $0 + $1.rowsSkipped } }
}
