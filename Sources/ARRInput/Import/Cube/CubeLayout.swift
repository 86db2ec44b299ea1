import ARRCore

/// Where things are in a customer cube: the header row, the month columns and the metadata
/// columns recognised by their header (`docs/import.md`, "Customer cube").
struct CubeLayout: Sendable, Equatable {
  /// What a metadata column holds.
  enum Role: String, Sendable, CaseIterable {
    case id, name, segment
    case contractType = "contract_type"
    case billingCadence = "billing_cadence"
    case startDate = "start_date"
    case endDate = "contract_end_date"
    // Facts a customer list holds beside its terms (the product's own `accounts.csv` columns),
    // read from a customer list or a cube's row; a monthly table's rows, where they may change
    // month to month, leave them out (``isOncePerCustomer``).
    case trialStatus = "trial_status"
    case trialEndDate = "trial_end_date"
    case cancelDate = "cancel_date"
    case seatsPurchased = "seats_purchased"
    case seatsActive = "seats_active"
    case integrations
    case committedMRR = "committed_mrr"
    /// What acquiring the customer cost (a customer list's `CAC`): averaged into the company's
    /// CAC by segment for LTV:CAC (``CustomerCAC``).
    case cac
    /// A contract's term in whole months (`Term (months)`, a revenue-recognition schedule's):
    /// 1 monthly, 12 to 23 annual, 24 or more multi-year when no contract type is given
    /// (``TermFromMonths``).
    case termMonths = "term_months"
    case pastDue = "past_due"
    /// The customer's status (`Active`, `Churned`, `Non-renewing`): read against the revenue
    /// (``StatusColumn``); a monthly table's, which may change month to month, is left out.
    case status

    /// Hashed by its case (``NumberedRole/ordinal``), not its raw text: the standard library's
    /// `RawRepresentable` default hashes the string, and every row of a cube asks `roles` for
    /// each of its facts (session 45: a quarter of reading a row's facts).
    func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Whether the role is a fact of the customer that a monthly table's rows can state once per
    /// month alike (its terms); seats, a trial or a past-due flag change month to month there.
    var isOncePerCustomer: Bool {
      switch self {
      case .id, .name, .segment, .contractType, .billingCadence, .startDate, .endDate,
        .termMonths:
        true
      default: false
      }
    }
  }

  /// Index of the header in the table's records.
  var headerIndex: Int
  /// Month columns, oldest first: (0-based column, month).
  var months: [(column: Int, month: Month)]
  /// Metadata columns by role (0-based).
  var roles: [Role: Int]
  /// Header cells neither month nor recognised, as written.
  var ignored: [String]
  /// The day/month order used for numeric dates (decided by the header row or given).
  var dateOrder: DateOrder?
  /// How it was decided, for the notes.
  var dateOrderReason: String?

  static func == (a: CubeLayout, b: CubeLayout) -> Bool {
    a.headerIndex == b.headerIndex && a.months.map(\.column) == b.months.map(\.column)
      && a.months.map(\.month) == b.months.map(\.month) && a.roles == b.roles
      && a.ignored == b.ignored && a.dateOrder == b.dateOrder
  }

  /// A header row has at least this many month-like cells.
  static let minimumMonthHeaders = 3
  /// A header row of only this many month-like cells is a cube's when its months follow each
  /// other and a cell names the customer column (``isShortHeader(_:)``).
  static let shortMonthHeaders = 2
  /// Rows searched for a header before the file is declared not a cube.
  static let headerSearchRows = 50

  /// Header aliases per role, after lowercasing and turning `_`, `-` and repeated spaces into
  /// one space.
  static let aliases: [(Role, Set<String>)] = [
    (
      .id,
      [
        "id", "account id", "customer id", "client id", "company id", "account number",
        "customer number", "cust id", "acct id",
        // A customer number in German, French, Spanish and Hebrew, as a ledger reads them
        // (``LedgerLayout/foreignAliases``; review 43, V18: a German list was refused).
        "kundennummer", "kunden nr", "kundennr", "code client", "numéro client", "id cliente",
        "código cliente", "מספר לקוח",
      ]
    ),
    (
      .name,
      [
        "name", "customer", "account", "client", "company", "customer name", "account name",
        "client name", "company name", "logo",
        // A customer's name in German, French, Spanish and Hebrew (as above).
        "kunde", "kundenname", "nom du client", "nom client", "nombre del cliente",
        "nombre cliente", "cliente", "שם לקוח", "לקוח",
      ]
    ),
    (.segment, ["segment", "customer segment", "tier", "market segment"]),
    (
      .contractType,
      ["contract", "contract type", "plan type", "term", "contract term", "term type"]
    ),
    (
      .billingCadence,
      [
        "billing", "billing frequency", "cadence", "billing cadence", "billing period",
        "billing interval", "billing cycle", "payment frequency", "frequency",
      ]
    ),
    (
      .startDate,
      [
        "start", "start date", "customer since", "contract start", "contract start date", "since",
        // A revenue-recognition schedule's row's own period (NetSuite's `Rev Rec Start Date`;
        // trial 50, T50-13: left out, every contract was unknown and committed ARR 0).
        "rev rec start", "rev rec start date", "revenue recognition start",
        "revenue recognition start date", "recognition start date",
        // When the account signed up or was won: a customer list's start (`signup_date`,
        // `acquisition_date`), as a subscriptions table reads `signup date`.
        "signup date", "sign up date", "signed up at", "signed up on", "acquisition date",
      ]
    ),
    (
      .endDate,
      [
        "end", "end date", "renewal date", "renewal", "contract end", "contract end date",
        "next renewal", "term end", "rev rec end", "rev rec end date", "revenue recognition end",
        "revenue recognition end date", "recognition end date",
      ]
    ),
    (.trialStatus, ["trial status", "trial state"]),
    (
      .trialEndDate,
      ["trial end", "trial end date", "trial ends", "trial ends at", "trial ended at"]
    ),
    (
      .cancelDate,
      [
        "cancel date", "cancellation date", "canceled at", "cancelled at", "canceled date",
        "cancelled date", "churn date", "churned at", "churned on",
      ]
    ),
    (
      .seatsPurchased,
      ["seats", "seats purchased", "purchased seats", "licenses", "licences", "licensed seats"]
    ),
    (
      .seatsActive, ["seats active", "active seats", "seats used", "used seats", "active licenses"]
    ),
    (.integrations, ["integrations", "integration count", "connected integrations"]),
    (.committedMRR, ["committed mrr", "contracted mrr", "committed monthly revenue"]),
    (.cac, ["cac", "customer acquisition cost", "acquisition cost", "cost of acquisition"]),
    (
      .termMonths,
      [
        "term (months)", "term months", "term in months", "term (mo)", "term length (months)",
        "term length months", "contract term (months)", "contract term months",
        "contract length (months)", "contract length months", "contract months",
      ]
    ),
    (.pastDue, ["past due", "is past due", "delinquent", "overdue"]),
    (
      .status,
      [
        "status", "customer status", "account status", "subscription status", "contract status",
        // HubSpot's companies export (`Customer`, a portal's own `Former Customer`; review 43,
        // V7b: a former customer's last ARR was read as a claim).
        "lifecycle stage",
      ]
    ),
  ]

  /// `header` lowercased, split at spaces, `_` and `-`, its words joined by one space.
  /// - Complexity: O(n); ASCII text takes ``HeaderWords/words(_:)``, the same on bytes.
  static func normalized(_ header: String) -> String {
    // An empty cell (a ledger without a type column asks for one per line, several times).
    if header.isEmpty { return header }
    return HeaderWords.words(header) ?? normalizedByCharacters(header)
  }

  /// ``normalized(_:)`` by `Character`: the reference, and the path for text that is not ASCII.
  static func normalizedByCharacters(_ header: String) -> String {
    header.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
      .joined(separator: " ")
  }

  /// A header cell as its role's aliases are written: ``normalized(_:)`` with words written
  /// together in camel case split (`CustomerID` → `customer id`, `CustomerName` → `customer
  /// name`, as database and BI exports write their headers), as a ledger's headers are read.
  static func headerKey(_ header: String) -> String { LedgerLayout.normalized(header) }

  /// How many cells of `cells` read as months.
  static func monthLikeCount(_ cells: [String]) -> Int {
    cells.reduce(0) { $0 + (MonthHeader.read($1).isMonth ? 1 : 0) }
  }

  /// Whether `record` is a header of named columns naming a customer: three or more cells, one
  /// a customer id or name alias (``aliases``), none a month. A table under such a first row
  /// whose cube reading fails is a table of records (a customer list whose rows hold a start,
  /// an end and a cancel date), not a cube: the importer then reads it as such.
  static func isNamedHeader(_ record: ImportTable.Record) -> Bool {
    let cells = record.cells.filter { !$0.isEmpty }
    guard cells.count >= 3, monthLikeCount(record.cells) == 0 else { return false }
    return cells.contains { isCustomerHeader($0) }
  }

  /// Whether `record` is the header of a cube two months long: exactly ``shortMonthHeaders``
  /// month-like cells that are consecutive months under some day/month order, beside a cell
  /// naming the customer column (an id or name alias: `Customer`, `Account`, `Customer ID`).
  ///
  /// Decided (session 25, lane t25b; trial 22, T22-8): `Customer,2024-11,2024-12`, a company's
  /// first export two months in, was refused "shape not recognised" while the same rows as a
  /// monthly table were read. Three month columns stay the rule without a customer header: two
  /// month-like cells alone are as often a title's or a comparison's (`Dec 2023`, `Dec 2024`).
  ///
  /// With `allowsOneMonth` (the only file given), one month-like cell that reads as a month
  /// beside such a customer cell is a cube of one month, read as the folder and a one-month
  /// monthly table read one (session 32, t28c; trial 30, T30-5: `customer,2024-02` was
  /// "shape not recognised").
  static func isShortHeader(_ record: ImportTable.Record, allowsOneMonth: Bool = false) -> Bool {
    if allowsOneMonth && monthLikeCount(record.cells) == 1 {
      let reading = record.cells.map(MonthHeader.read).first(where: \.isMonth)
      return (reading?.mdy != nil || reading?.dmy != nil)
        && record.cells.contains { isCustomerHeader($0) }
    }
    guard monthLikeCount(record.cells) == shortMonthHeaders else { return false }
    let readings = record.cells.map(MonthHeader.read).filter(\.isMonth)
    let follows = DateOrder.allCases.contains { order in
      let months = readings.compactMap { $0.month(order) }
      return months.count == 2 && abs(months[1].months(since: months[0])) == 1
    }
    return follows && record.cells.contains { isCustomerHeader($0) }
  }

  /// Whether a header cell names the customer column (an id or name alias).
  static func isCustomerHeader(_ cell: String) -> Bool {
    let key = headerKey(cell)
    return aliases.contains { ($0.0 == .id || $0.0 == .name) && $0.1.contains(key) }
  }

  /// Finds the header row of `table` and lays out its columns.
  /// - Returns: The layout, or `nil` when no row in the first ``headerSearchRows`` has
  ///   ``minimumMonthHeaders`` month-like cells, or is a short cube's header
  ///   (``isShortHeader(_:)``): not a cube.
  /// - Throws: `ARRQualityError` `.invalidData` for months that are not consecutive, a month
  ///   twice, or a day/month order the row cannot decide without `--date-order`.
  /// - Parameter allowsOneMonth: Whether a header of one month column beside a customer
  ///   column is a cube (``isShortHeader(_:allowsOneMonth:)``): when the table is the only file.
  /// - Complexity: O(cells of the rows searched).
  static func find(
    in table: ImportTable, dateOrder given: DateOrder?, allowsOneMonth: Bool = false
  ) throws(ARRQualityError) -> CubeLayout? {
    let searched = table.records.prefix(headerSearchRows)
    guard
      let index = searched.firstIndex(where: { monthLikeCount($0.cells) >= minimumMonthHeaders })
        ?? searched.firstIndex(where: { isShortHeader($0, allowsOneMonth: allowsOneMonth) })
    else { return nil }
    let header = table.records[index]
    let readings = header.cells.map(MonthHeader.read)
    let monthColumns = readings.indices.filter { readings[$0].isMonth }
    let where_ = "\(table.file):\(header.line)"
    // Day/month order: the orders under which every month header reads as a month and the
    // months are consecutive. An unambiguous row needs no order.
    var order: DateOrder?
    var reason: String?
    let headers = monthColumns.map { header.cells[$0] }
    func months(_ o: DateOrder) -> [Month]? {
      let ms = monthColumns.compactMap { readings[$0].month(o) }
      return ms.count == monthColumns.count ? ms : nil
    }
    let readable = DateOrder.allCases.filter { months($0) != nil }
    let fits = readable.filter { consecutiveProblem(months($0)!, headers: headers) == nil }
    if let given {
      order = given
      reason = "day/month order \(given.rawValue) (--date-order)"
    } else if readable.count == 2 && months(.mdy) == months(.dmy) {
      order = nil  // no header depends on the order
    } else if fits.count == 1 {
      order = fits[0]
      reason =
        "day/month order \(fits[0].rawValue): only that reading of the header row gives "
        + "consecutive months"
    } else if fits.isEmpty && readable.count == 1 {
      order = readable[0]  // the only reading; its gap is reported below
    } else {
      throw .data(
        "\(where_): the month headers (\(headers.prefix(3).joined(separator: ", ")), …) "
          + (readable.isEmpty
            ? "mix day-first and month-first dates (expected one order for the whole row)"
            : "read as dates either day first or month first; say which with --date-order mdy "
              + "or --date-order dmy"))
    }
    var months = [(column: Int, month: Month)]()
    for c in monthColumns {
      let r = readings[c]
      guard let m = order.map({ r.month($0) }) ?? r.mdy ?? r.dmy else {
        throw .data("\(where_):\(c + 1): header \"\(header.cells[c])\" is not a month")
      }
      months.append((c, m))
    }
    // Newest-first exports are read oldest first.
    if months.count > 1 && months[0].month > months[months.count - 1].month { months.reverse() }
    if let problem = consecutiveProblem(
      months.map(\.month), headers: months.map { header.cells[$0.column] })
    {
      throw .data("\(where_): \(problem)")
    }
    var roles = [Role: Int]()
    var ignored = [String]()
    let monthSet = Set(monthColumns)
    for (c, cell) in header.cells.enumerated() where !monthSet.contains(c) {
      let key = headerKey(cell)
      if let role = aliases.first(where: { $0.1.contains(key) })?.0, roles[role] == nil {
        roles[role] = c
      } else if !cell.isEmpty {
        ignored.append(cell)
      }
    }
    // A blank header left of the months labels the customer column in many exports — unless
    // a header names the customer column (pandas writes its row numbers under a blank header
    // beside a `customer` column: those numbers are not customers).
    if roles[.name] == nil && roles[.id] == nil,
      let c = header.cells.indices.first(where: {
        $0 < monthColumns[0] && !monthSet.contains($0) && normalized(header.cells[$0]).isEmpty
      })
    {
      roles[.name] = c
    }
    return CubeLayout(
      headerIndex: index, months: months, roles: roles, ignored: ignored, dateOrder: order,
      dateOrderReason: reason)
  }

  /// Why header dates 7 days apart (`2025-01-05`, `2025-01-12`, …: revenue by week) make no
  /// cube, or `nil` when the headers are not such dates (trial 41, T41-13: refused as "month
  /// 2025-01 appears twice", with nothing of weeks or what to do).
  static func weeklyProblem(_ headers: [String]) -> String? {
    let days = headers.compactMap { LedgerDate.parse($0, order: nil) }
    guard days.count == headers.count, days.count >= 3,
      zip(days.dropFirst(), days).allSatisfy({
        abs(Int($0.daysSinceEpoch - $1.daysSinceEpoch)) == 7
      })
    else { return nil }
    return "the columns are weeks, not months: \"\(headers[0])\", \"\(headers[1])\", … are 7 "
      + "days apart (revenue by week), and a cube needs one column per month; a week's charge is "
      + "not a month's MRR, nor is a calendar month's sum of weeks (4 or 5 of them): export MRR "
      + "by month, a weekly charge × 52 ÷ 12 being its monthly run rate"
  }

  /// Why `months` (in column order) are not consecutive and increasing, naming the headers.
  static func consecutiveProblem(_ months: [Month], headers: [String]) -> String? {
    guard months.count > 1 else { return nil }
    let reversed = months[0] > months[months.count - 1]
    for i in 1..<months.count {
      let step =
        reversed ? months[i - 1].months(since: months[i]) : months[i].months(since: months[i - 1])
      if step == 1 { continue }
      if step == 0 {
        if let weekly = weeklyProblem(headers) { return weekly }
        return
          "month \(months[i]) appears twice (headers \"\(headers[i - 1])\" and \"\(headers[i])\")"
      }
      if step > 1 {
        // Every column 3 months on from the last: quarter ends (`Mar-24`, `Jun-24`), not a
        // month missing (trial 22, T22-L1).
        let isQuarterly =
          months.count > 2
          && (1..<months.count).allSatisfy { abs(months[$0].months(since: months[$0 - 1])) == 3 }
        return
          "months are not consecutive: \"\(headers[i - 1])\" (\(months[i - 1])) is followed by "
          + "\"\(headers[i])\" (\(months[i])); \(step - 1) month\(step == 2 ? "" : "s") missing "
          + (isQuarterly
            ? "(every column is 3 months after the one before: quarter ends, not months; a cube "
              + "needs one column per month, as a quarter's revenue is not a month's MRR)"
            : "(expected one column per month)")
      }
      return
        "months are out of order: \"\(headers[i - 1])\" (\(months[i - 1])) is followed by "
        + "\"\(headers[i])\" (\(months[i])) (expected one column per month, in order)"
    }
    return nil
  }
}

extension CubeLayout.Role: NumberedRole {
  var ordinal: Int {
    switch self {
    case .id: 0
    case .name: 1
    case .segment: 2
    case .contractType: 3
    case .billingCadence: 4
    case .startDate: 5
    case .endDate: 6
    case .trialStatus: 7
    case .trialEndDate: 8
    case .cancelDate: 9
    case .seatsPurchased: 10
    case .seatsActive: 11
    case .integrations: 12
    case .committedMRR: 13
    case .cac: 14
    case .termMonths: 15
    case .pastDue: 16
    case .status: 17
    }
  }
}
