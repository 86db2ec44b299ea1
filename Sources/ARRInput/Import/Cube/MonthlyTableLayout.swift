import ARRCore

/// Where things are in a monthly table: one row per customer and month (`customer_id, month,
/// mrr`), the long form of a customer cube, as revenue tables in warehouses and BI exports
/// are laid out (`docs/import.md`, "Monthly table").
struct MonthlyTableLayout: Sendable, Equatable {
  /// Index of the header in the table's records.
  var headerIndex: Int
  /// The column naming each row's month (0-based).
  var period: Int
  /// The column of each row's amount (0-based).
  var amount: Int
  /// Customer and metadata columns by role (0-based), as a cube's (``CubeLayout/aliases``).
  var roles: [CubeLayout.Role: Int]
  /// Header cells not read, as written.
  var ignored: [String]
  /// Whether the amount's header names annual recurring revenue (`arr`).
  var isAnnual: Bool
  /// Whether the amount's header names a level (MRR, ARR), not a flow (revenue).
  var isLevel: Bool
  /// Whether the amount's header names minor units (`mrr_cents`, `MRR (cents)`).
  var isAmountInMinorUnits = false
  /// The column of usage units (API calls, seats used: a trend signal, not money), if any.
  var usage: Int? = nil
  /// The column of one-time (non-recurring) revenue, if any: kept out of MRR and ARR.
  var oneTime: Int? = nil
  /// The currency the amount's header names (`mrr_usd`, `MRR (USD)`), if any: the amounts are
  /// in it, and a currency column or sign naming another is refused (review 12: since the
  /// twelfth session's revert, `mrr_usd` alone was read with no currency).
  var headerCurrency: String? = nil

  /// Headers of a month column, after ``CubeLayout/normalized(_:)``. Decided: a column of dates
  /// named only `date` (or `as of`) is a month column too, but not beside an end column, where
  /// it is more likely a subscriptions table's created date.
  static let periodNames: [String] = [
    "month", "period", "billing month", "revenue month", "mrr month", "snapshot month",
    "reporting month", "reporting period", "report month", "month start", "month end",
    "month date", "period month", "year month", "yearmonth", "month year", "calendar month",
    "month start date", "month end date", "period start date", "period end date",
    // Snapshot dates (``snapshotNames``; trial 22, T22-20: `quarter_end` was advised renamed
    // a start date, and each snapshot read as another subscription, 5.3 times too high).
    "quarter end", "quarter end date", "quarter ending", "report date", "reporting date",
  ]
  /// Month column headers naming the date of a snapshot of levels: rows at evenly spaced
  /// months carry each level to the next (``SnapshotLevels``).
  static let snapshotNames: Set<String> = [
    "quarter end", "quarter end date", "quarter ending", "period end", "period end date",
    "month end", "month end date", "as of", "as of date", "snapshot date", "report date",
    "reporting date",
  ]
  /// Headers read as a month column only without a start or end column beside them (where
  /// they are more likely a subscriptions table's snapshot or created date).
  static let weakPeriodNames: [String] = [
    "date", "as of", "as of date", "snapshot date", "period end",
  ]
  /// Headers of a transaction's type: beside a bare `date` they make the file a transaction
  /// list (QuickBooks' "Transaction List by Date", whose `Name` is a customer or a vendor;
  /// review 11, F16), read only as a ledger, never as a customer's amount per month.
  static let transactionTypeNames: Set<String> = ["transaction type", "tx type", "txn type"]
  /// Headers of a subscription's end in a subscriptions table, beyond the cube's end aliases.
  static let subscriptionEndNames: Set<String> = [
    "canceled at", "cancelled at", "ended at", "end at", "churn date", "cancellation date",
    "cancel date", "canceled date", "cancelled date", "churned at", "end month",
  ]
  /// Headers of the amount, in the order they are preferred when several are present: MRR by
  /// its names first, then revenue, then an annual figure (read ÷ 12 only with `--values arr`,
  /// as a cube's annual label is).
  /// A total's name (`total_revenue` beside `platform_fee` and `usage_revenue`, as warehouse
  /// tables name the sum of their parts; trial 50, T50-31) comes after the plain names.
  static let amountNames: [String] = [
    "mrr", "mrr amount", "monthly recurring revenue", "net mrr", "recurring revenue",
    "monthly revenue", "revenue", "net revenue", "amount", "total mrr", "mrr total",
    "total revenue", "revenue total", "total net revenue", "total amount",
  ]
  /// Amount headers naming a level (MRR or ARR at a date), not a flow: several snapshots of one
  /// customer in a month are not added up but the month's last is taken.
  static let levelNames: Set<String> = [
    "mrr", "mrr amount", "monthly recurring revenue", "net mrr", "recurring revenue", "arr",
    "arr amount", "annual recurring revenue",
  ]
  /// Headers of a usage column: units used in the month (the product's own `monthly.csv` has
  /// one), read as its `usage` is: a trend signal for scoring, never revenue.
  static let usageNames: [String] = [
    "usage", "usage units", "usage quantity", "units used", "quantity used",
  ]
  /// Headers of a one-time revenue column (setup fees, services): its amounts are one-time
  /// revenue, never MRR (the product's own `monthly.csv` has `one_time`).
  static let oneTimeNames: [String] = [
    "one time", "onetime", "one time revenue", "one time amount", "non recurring revenue",
    "nonrecurring revenue", "one off revenue",
  ]
  /// Headers naming the customer by another name, read as a monthly table's customer when no
  /// column is named as one: an email (as a ledger's and a subscriptions table's customer is), a
  /// user, subscriber, organisation, tenant or workspace (session 28, t28c lane; trial 28,
  /// T28-14: `Customer Email,Month,MRR` was refused as "the company's totals … no customer
  /// column"). ``CompanyMetrics/totals(in:)`` reads them as a customer column too.
  static let otherCustomerNames: Set<String> = [
    "customer email", "email", "email address", "user email", "subscriber", "subscriber id",
    "user", "user id", "tenant", "tenant id", "tenant name", "workspace", "workspace id",
    "workspace name", "organization", "organisation", "organization id", "organisation id",
    "organization name", "organisation name", "org", "org id", "org name", "domain",
  ]
  /// Amount headers naming annual recurring revenue.
  static let annualNames: [String] = ["arr", "arr amount", "annual recurring revenue"]

  /// A header key without a trailing unit in parentheses (`mrr (usd)` → `mrr`) or a currency
  /// code as its last word (`mrr_usd` → `mrr`, as warehouse tables name a column's currency);
  /// camel case split (`CustomerID` → `customer id`, ``CubeLayout/headerKey(_:)``).
  static func key(_ header: String) -> String {
    var key = CubeLayout.headerKey(header)
    if key.hasSuffix(")"), let open = key.lastIndex(of: "("), open != key.startIndex {
      key = String(key[..<open]).trimmingSpaces()
    }
    // A word naming thousands (`mrr_k`, `revenue in thousands`) is a unit, as a currency is:
    // the reader stops on it unless `--amounts` says the unit (``ThousandsLabel``).
    return LedgerLayout.strippingCurrency(ThousandsLabel.strip(key).key).key
  }

  /// The currency a header names (`MRR (USD)`, `mrr_usd`), if any.
  static func currency(_ header: String) -> String? {
    LedgerLayout.strippingCurrency(CubeLayout.headerKey(header)).currency
  }

  /// Finds the header of a monthly table in `table`: the first of the first
  /// ``CubeLayout/headerSearchRows`` rows naming a customer (id or name), a month and an amount.
  /// - Returns: The layout, or `nil` when no such row is found (not a monthly table).
  /// - Complexity: O(cells of the rows searched).
  /// A table whose month column names fewer than two months is not one (a customer list with
  /// an as-of date and the MRR then is read as a list), unless it is the only file
  /// (`allowsOneMonth`): then it is a monthly table of one month, read as the folder reads one
  /// (trial 30, T30-5: a seed company's first "MRR by customer" export was refused for having
  /// no start column).
  /// - Parameters:
  ///   - prefersAnnual: Take an `arr` amount column over an MRR one (`--values arr`).
  ///   - allowsOneMonth: Whether a month column naming one month makes a monthly table.
  /// - Complexity: O(cells of the rows searched + rows).
  static func find(
    in table: ImportTable, prefersAnnual: Bool = false, allowsOneMonth: Bool = false
  ) -> MonthlyTableLayout? {
    for (index, record) in table.records.prefix(CubeLayout.headerSearchRows).enumerated() {
      guard
        let layout = layout(record.cells, headerIndex: index, prefersAnnual: prefersAnnual)
      else { continue }
      var first: MonthHeader.Reading?
      // A date of digits alone (`1706745600000`, Unix milliseconds) names its UTC day's month,
      // as the month column is read (``MonthlyTableReader/dateOrder(_:layout:file:options:)``).
      var firstDigits: Month?
      for r in table.records[(index + 1)...] where layout.period < r.cells.count {
        if let d = LedgerDate.digitsDate(r.cells[layout.period]) {
          if first != nil || (firstDigits.map { $0 != d.date.month } ?? false) { return layout }
          firstDigits = d.date.month
          continue
        }
        let reading = MonthHeader.read(r.cells[layout.period])
        guard reading.isMonth else { continue }
        if firstDigits != nil { return layout }
        if let f = first, f != reading { return layout }
        first = reading
      }
      return allowsOneMonth && (first != nil || firstDigits != nil) ? layout : nil
    }
    return nil
  }

  /// `; line 1 is a monthly table's header …` when a row names a customer, a month column and an
  /// amount but the month column holds spreadsheet day numbers (`45292`, a date column
  /// formatted as General): the table is not read, and this says why (review 13, F27: it was
  /// told to rename a start column, as if it were a subscriptions table).
  static func daySerialHint(in table: ImportTable) -> String? {
    for (index, record) in table.records.prefix(CubeLayout.headerSearchRows).enumerated() {
      guard let layout = layout(record.cells, headerIndex: index, prefersAnnual: false) else {
        continue
      }
      let first = table.records[(index + 1)...].lazy.compactMap { r in
        layout.period < r.cells.count && !r.cells[layout.period].isEmpty
          ? r.cells[layout.period] : nil
      }.first
      guard let first, LedgerReader.serialHint(first) != "", let n = Int32(first) else {
        return nil
      }
      let day = CivilDate(daysSinceEpoch: n - 25_569)
      return "; line \(record.line) is a monthly table's header (a customer, a month column "
        + "\"\(record.cells[layout.period])\" and an amount), but its month cells are numbers such "
        + "as \"\(first)\", spreadsheet day numbers (\(first) is \(day)): format the column as "
        + "dates in the workbook, or export it with dates written out"
    }
    return nil
  }

  private static func layout(_ cells: [String], headerIndex: Int, prefersAnnual: Bool)
    -> MonthlyTableLayout?
  {
    // An amount header naming its unit (`mrr_cents`, `MRR (cents)`) is the amount in minor
    // units; `key` alone would read `MRR (cents)` as `mrr` in major units, 100 times too high.
    let units = cells.map { AmountUnit.strip(CubeLayout.normalized($0), raw: $0) }
    let keys = cells.indices.map { units[$0].isMinor ? key(units[$0].key) : key(cells[$0]) }
    var roles = [CubeLayout.Role: Int]()
    for (c, k) in keys.enumerated() {
      if let role = CubeLayout.aliases.first(where: { $0.1.contains(k) })?.0, roles[role] == nil {
        roles[role] = c
      }
    }
    // A customer by another name, when no column is named as one (``otherCustomerNames``).
    if roles[.id] == nil, roles[.name] == nil,
      let c = keys.firstIndex(where: otherCustomerNames.contains)
    {
      roles[.id] = c
    }
    guard roles[.id] != nil || roles[.name] != nil else { return nil }
    let hasSpell =
      roles[.startDate] != nil || roles[.endDate] != nil
      || keys.contains(where: subscriptionEndNames.contains)
    let period =
      periodNames.lazy.compactMap { keys.firstIndex(of: $0) }.first
      ?? (hasSpell || keys.contains(where: transactionTypeNames.contains)
        ? nil : weakPeriodNames.lazy.compactMap { keys.firstIndex(of: $0) }.first)
    guard let period else { return nil }
    // A bare `date` and a bare `name` (`Account Name`) say neither that the rows are months nor
    // that the name is a customer's: a GL export's account, a product (review 11, F10).
    if roles[.id] == nil, let n = roles[.name], weakPeriodNames.contains(keys[period]),
      LedgerLayout.bareNameHeaders.contains(keys[n])
    {
      return nil
    }
    // The currencies the headers name. An amount named in a currency beside the same amount
    // plainly named (`mrr_usd` and `mrr`): with a currency column the plain one is read, in the
    // column's currencies (review 12, F7: `mrr_usd,mrr,currency` was refused, order-dependent);
    // without one, the named one, whose currency is known (review 12, F4).
    let named = cells.indices.map { c in
      currency(units[c].isMinor ? units[c].key : cells[c])
    }
    let hasCurrencyColumn = keys.contains(where: LedgerLayout.currencyNames.contains)
    func amountColumn(_ name: String) -> Int? {
      let all = keys.indices.filter { keys[$0] == name }
      return all.first { (named[$0] == nil) == hasCurrencyColumn } ?? all.first
    }
    var monthly = amountNames.lazy.compactMap(amountColumn).first
    // A total beside parts that do not recur is no MRR (R54-4): its recurring part is.
    var totalsOneTime: Int?
    if let m = monthly, totalNames.contains(keys[m]) {
      let taken = Set(roles.values).union([period])
      guard let read = amount(besideTotal: m, keys: keys, taken: taken) else { return nil }
      monthly = read.amount
      totalsOneTime = read.oneTime
    }
    let annual = annualNames.lazy.compactMap(amountColumn).first
    let amount = prefersAnnual ? annual ?? monthly : monthly ?? annual
    guard let amount, amount != period, !roles.values.contains(amount) else { return nil }
    // A month column read as a start or end date by the cube's aliases is the month here; facts
    // that change month to month (seats, trial, past due) are not read from a row per month.
    roles = roles.filter { $0.value != period && $0.key.isOncePerCustomer }
    var used = Set(roles.values).union([period, amount])
    func column(_ names: [String]) -> Int? {
      let c = names.lazy.compactMap { name in
        keys.indices.first { keys[$0] == name && !used.contains($0) }
      }.first
      if let c { used.insert(c) }
      return c
    }
    let usage = column(usageNames)
    let oneTime =
      column(oneTimeNames) ?? totalsOneTime.flatMap { used.insert($0).inserted ? $0 : nil }
    return MonthlyTableLayout(
      headerIndex: headerIndex, period: period, amount: amount, roles: roles,
      ignored: cells.indices.filter { !used.contains($0) && !cells[$0].isEmpty }.map { cells[$0] },
      isAnnual: annualNames.contains(keys[amount]), isLevel: levelNames.contains(keys[amount]),
      isAmountInMinorUnits: units[amount].isMinor, usage: usage, oneTime: oneTime,
      headerCurrency: named[amount])
  }
}

extension String {
  /// The text without leading and trailing spaces.
  fileprivate func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
