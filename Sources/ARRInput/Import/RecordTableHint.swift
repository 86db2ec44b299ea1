import ARRCore

/// What a table of records lacks to be read (`docs/import.md`, "Errors"): a first row of named
/// columns, one row per record below it, that names two of the three columns an invoice ledger
/// (customer, date, amount) or a subscriptions table (customer, start, price) needs. Without
/// the hint such a file was read as a cube whose header was a data row holding three dates, and
/// the error spoke of months appearing twice (a public subscriptions table with
/// `trial_start_date` and `conversion_date` but no `start_date`).
enum RecordTableHint {
  /// A role a reading needs: its name in the message, the headers that would give it, and a
  /// few of them to suggest.
  struct Need: Sendable {
    var noun: String
    var isFound: @Sendable ([String]) -> Int?
    var examples: [String]
  }

  /// Whether `table`'s first row is a header of named columns (at least 3 cells, none empty but
  /// a pandas index's first, and none a month; a title line above a cube's header is padded
  /// with empty cells), so a later row with three dates is a record, not a cube's header.
  static func isRecordHeader(_ table: ImportTable) -> Bool {
    guard let first = table.records.first else { return false }
    // pandas writes its index column with an empty header (`,_file,_line,date,…`: trial 14,
    // fivetran/dbt_google_play_source's `stats_ratings_overview.csv`).
    let cells = first.cells.first == "" ? Array(first.cells.dropFirst()) : first.cells
    return cells.count >= 3 && !cells.contains(where: \.isEmpty)
      && CubeLayout.monthLikeCount(cells) == 0
  }

  /// Whether `table`'s first row is as wide as the first row below it with month-like cells
  /// (at least 4 cells): a header of named columns over records, one of whose rows holds three
  /// dates or times (`created_at`, `updated_at`, `_fivetran_synced`), not a title line above a
  /// cube's header, which names fewer cells than the header holds (a title, a company, a
  /// currency). Trial 14: fivetran/dbt_sage_intacct's `ap_bill` and dbt_hubspot_source's
  /// `engagement_*` seeds were told "month 2020-09 appears twice (headers "2020-09-04" and …)"
  /// or "months are not consecutive", their second row read as a cube's header.
  static func isAsWideAsItsDatedRow(_ table: ImportTable) -> Bool {
    guard let first = table.records.first, first.cells.count >= 4,
      let dated = table.records.dropFirst().prefix(CubeLayout.headerSearchRows).first(where: {
        CubeLayout.monthLikeCount($0.cells) >= CubeLayout.minimumMonthHeaders
      })
    else { return false }
    return first.cells.count >= dated.cells.count
  }

  /// Whether `table`'s first row names a column some reading needs (a customer, a date, an
  /// amount, a start or a price): a record table's header, not a title line above a cube's
  /// header ("Revenue by customer", "Acme Inc", "USD"), whose cube error says what is wrong
  /// (review 7: it was replaced by "shape not recognised", without its line).
  static func namesANeededColumn(_ table: ImportTable) -> Bool {
    guard let header = table.records.first else { return false }
    let keys = header.cells.map(LedgerLayout.normalized)
    return (ledger + subscriptions).contains { $0.isFound(keys) != nil }
  }

  static let ledger: [Need] = [
    need("a customer", LedgerLayout.ledgerAliases, .customerID, ["customer id", "account id"]),
    need("a date", LedgerLayout.ledgerAliases, .date, ["date", "invoice date", "issued at"]),
    need("an amount", LedgerLayout.ledgerAliases, .amount, ["amount", "total", "amount due"]),
  ]

  static let subscriptions: [Need] = [
    need(
      "a customer", SubscriptionTableReader.aliases, .customer, ["customer id", "account id"]),
    need(
      "a start", SubscriptionTableReader.aliases, .start,
      ["start date", "started at", "signup date", "subscription start"]),
    Need(
      noun: "a monthly price",
      isFound: { keys in
        let c = HeaderRoles.assign(keys, aliases: SubscriptionTableReader.aliases)
        // A price per cycle beside its cycle (FastSpring's `price` beside `intervalUnit`) is
        // one: the advice to rename it "mrr" read a yearly price monthly (session 17, import3
        // lane; trial 17, FS1).
        let isCycled = c[.billingCadence] != nil || c[.periodUnit] != nil
        return c[.monthly] ?? c[.annual] ?? (isCycled ? c[.price] : nil)
      }, examples: ["mrr", "monthly fee", "monthly price", "annual price"]),
  ]

  static func need<Role: Hashable & Sendable>(
    _ noun: String, _ aliases: [(Role, [String])], _ role: Role, _ examples: [String]
  ) -> Need {
    Need(
      noun: noun, isFound: { HeaderRoles.assign($0, aliases: aliases)[role] },
      examples: examples)
  }

  /// `; line 1 …` naming, for the reading that finds two of its three columns, the columns
  /// found and the one missing; `""` when no reading finds two, or when line 1 is no header of
  /// named columns.
  static func hint(_ table: ImportTable) -> String {
    guard isRecordHeader(table), let header = table.records.first else { return "" }
    // A header naming cents (`unit_amount_in_cents`) is matched without its unit, as the
    // readers match it (``AmountUnit/strip(_:raw:)``).
    // A header that implies cents over cells written `147.00` is major units: the advice
    // never asks for a name that reads them 100 times off (trial 48, T48-28).
    // So is `unit_amount` beside Recurly's own columns (review 50, R50-38).
    let body = table.records.dropFirst()
    let isRecurly =
      AmountUnit.recurlyColumns(header.cells.map { LedgerLayout.normalized($0) }) != nil
    let stripped = header.cells.indices.map { c in
      let s = AmountUnit.strip(LedgerLayout.normalized(header.cells[c]), raw: header.cells[c])
      guard s.isMinor, AmountUnit.isMinorByConvention(header.cells[c]),
        (header.cells[c] == "unit_amount" && isRecurly)
          || AmountUnit.writtenDecimals(
            body.lazy.map { ($0.cell(c), $0.line) }, isDecimalComma: false) != nil
      else { return s }
      return (key: s.key, isMinor: false)
    }
    let keys = stripped.map(\.key)
    if let aggregate = aggregateHint(table, header: header, keys: keys) { return aggregate }
    var out = ""
    for (reading, needs) in [
      ("an invoice ledger", ledger), ("a subscriptions table", subscriptions),
    ] {
      let found = needs.map { $0.isFound(keys) }
      guard found.compactMap({ $0 }).count == needs.count - 1,
        let missing = found.firstIndex(where: { $0 == nil })
      else { continue }
      // A price found under an annual name is said to be annual (trial 22, T22-20: `arr` was
      // called "a monthly price").
      let annualNames = SubscriptionTableReader.aliases.first { $0.0 == .annual }?.1 ?? []
      let have = needs.indices.compactMap { i in
        found[i].map { c in
          let noun =
            needs[i].noun == "a monthly price" && annualNames.contains(keys[c])
            ? "an annual price" : needs[i].noun
          return "\(noun) (\"\(header.cells[c])\")"
        }
      }
      // A price per billing cycle (`price`) without a billing cycle column: renamed "mrr", an
      // annual price would read 12 times too high (review 7), so the hint asks for the cycle.
      let perCycle =
        needs[missing].noun == "a monthly price"
        ? HeaderRoles.assign(keys, aliases: SubscriptionTableReader.aliases)[.price] : nil
      // A column whose header names cents (session 16, import2 lane; trial 16, R2 and M3:
      // `unit_amount_in_cents` renamed "monthly price" as advised read every price 100 times
      // too high, and an annual one 1,200 times): the advice keeps the unit.
      let cents = stripped.indices.first { stripped[$0].isMinor }
      let keepCents = cents.map {
        ", keeping its unit: \"\(header.cells[$0])\" is in cents, so name it \"mrr_cents\" (as "
          + "\"mrr\" every amount would read 100 times too high)"
      }
      out +=
        "; line \(header.line) is a header of named columns, one row per record below it: read "
        + "as \(reading) it has \(have.joined(separator: " and ")) but no column is "
        + "\(needs[missing].noun) "
        + (perCycle.map {
          "(\"\(header.cells[$0])\" is read as a price per billing cycle"
            + (stripped[$0].isMinor ? ", in cents as its header says," : ",")
            + " beside a column saying how many months each price covers: add one headed "
            + "\"billing cycle\" (monthly, quarterly, semiannual or annual); rename it \"mrr\" "
            + "only if every price is monthly"
            + (stripped[$0].isMinor
              ? ", and then \"mrr_cents\": as \"mrr\" every price would read 100 times too high)"
              : ")")
        }
          ?? "(expected a header such as "
          + needs[missing].examples.map { "\"\($0)\"" }.joined(separator: ", ")
          + "; rename that column"
          + (needs[missing].noun == "a monthly price" ? keepCents ?? "" : "") + ")")
    }
    if out.contains("but no column is a customer (") {
      out += subscriptionKeyHint(header: header, keys: keys)
    }
    if out.isEmpty { out = customerOnly(header: header, keys: keys) }
    if out.isEmpty { out = amountOnly(header: header, keys: keys) }
    if out.isEmpty { out = dateOnly(header: header, keys: keys) }
    return out + ledgerCustomerHint(header: header, keys: keys) + apiUnitHint(header.cells)
      + revenueCatHint(header: header, keys: keys)
  }

  /// Headers of a subscription's id (`sub_id`), the key of invoices or transactions that name
  /// no customer.
  static let subscriptionKeys: Set<String> = [
    "sub id", "subscription id", "subscription", "subscription key", "subscription number",
    "subscription no", "subscription ref", "subscription reference",
  ]

  /// `; "sub_id" names …` when a record table wanting a customer keys its lines by a
  /// subscription (`sub_id`): renamed, each subscription is read as a customer, which is right
  /// only when each customer has one; a subscriptions file mapping the key to a customer is not
  /// joined (trial 28, T28-23: revenue-leakage's `invoices.csv`, `invoice_id,sub_id,…`, beside
  /// its `subscriptions.csv`, `sub_id,customer_id,…`).
  static func subscriptionKeyHint(header: ImportTable.Record, keys: [String]) -> String {
    guard let c = keys.firstIndex(where: subscriptionKeys.contains) else { return "" }
    let cell = header.cells[c]
    return "; \"\(cell)\" names each line's subscription, not its customer: if each customer "
      + "has one subscription, rename it \"customer_id\"; if not, add each line's customer in a "
      + "column (a subscriptions file mapping \"\(cell)\" to a customer, passed beside it, is not "
      + "joined)"
  }

  /// The column of a count per row (`subscription_count`, `customers`, `n_users`), when no
  /// column names a customer, a subscription or a user and a count above 1 is written: the
  /// rows are totals by segment (a country, a channel, a signup day), not one customer each.
  static func aggregateHint(_ table: ImportTable, header: ImportTable.Record, keys: [String])
    -> String?
  {
    let isKeyed = keys.contains { k in
      ledger[0].isFound([k]) != nil || subscriptions[0].isFound([k]) != nil
        || subscriptionKeys.contains(k) || k == "id" || k.hasPrefix("user")
        || k.hasPrefix("customer") || k.hasPrefix("account") || k.hasPrefix("email")
    }
    guard !isKeyed else { return nil }
    let countWords = ["count", "number of", "num ", "n "]
    guard
      let c = keys.indices.first(where: { i in
        let k = keys[i]
        return k.hasSuffix(" count") || k == "count" || countWords.contains { k.hasPrefix($0) }
      })
    else { return nil }
    let body = table.records.dropFirst().prefix(200)
    guard
      let row = body.first(where: { r in
        c < r.cells.count && Int(r.cells[c]).map { $0 > 1 } == true
      })
    else { return nil }
    return "; line \(header.line) is a header of named columns, but its rows are totals by "
      + "segment: \"\(header.cells[c])\" counts what each row sums (\(row.cells[c]) on line "
      + "\(row.line)), and no column is a customer, a subscription or a user; renaming columns "
      + "would read each segment as one customer, so export one row per customer or "
      + "subscription instead (a subscriptions table: customer, start, end, monthly price; or "
      + "the invoice lines: customer, date, amount)"
  }

  /// `; the header is RevenueCat's …` naming the renames that make RevenueCat's transactions
  /// export (`rc_original_app_user_id`, `start_time`, `end_time`, `price_in_usd`) a ledger
  /// (trial 22, T22-4: refused with no word of which columns to map). Its test, refund and
  /// notice columns are read under their own names.
  static func revenueCatHint(header: ImportTable.Record, keys: [String]) -> String {
    guard let customer = keys.firstIndex(of: "rc original app user id") else { return "" }
    let renames = [
      (customer, "customer_id"), (keys.firstIndex(of: "start time"), "period_start"),
      (keys.firstIndex(of: "end time"), "period_end"),
      (keys.firstIndex(of: "price in usd"), "amount"),
    ].compactMap { c, name in c.map { "\"\(header.cells[$0])\" to \"\(name)\"" } }
    return "; the header is RevenueCat's transactions export: rename "
      + renames.joined(separator: ", ") + " (one line per paid period, in dollars); its "
      + "\"is_sandbox\", \"refunded_at\" and \"unsubscribe_detected_at\" are read as they are "
      + "(test purchases skipped, refunded lines skipped, auto-renew turned off read as notice)"
  }

  /// `; the header carries …` when `cells` carry a billing API vendor's field names
  /// (``APIMinorUnits/vendor(_:)``): a column renamed as advised keeps its minor unit only under
  /// a name saying so (trial 22, T22-25b: Paddle's `details.totals.subtotal` renamed `amount`
  /// read 100 times too high); `""` otherwise.
  static func apiUnitHint(_ cells: [String]) -> String {
    guard let v = APIMinorUnits.vendor(cells) else { return "" }
    return "; the header carries \(v.name)'s API field names, and \(v.documented): a renamed "
      + "amount column keeps that unit only as \"amount_cents\" (or pass --amounts cents); as "
      + "\"amount\" every figure would read 100 times too high"
  }

  /// `; line 1 …` naming, when a column reads as a ledger's amount and neither a customer nor
  /// a date column is found, both missing roles (session 17, import2 lane; trial 16, R5, PP1,
  /// B3: Recurly's invoices, `total` beside `account_code` and `billed_date`, and PayPal's
  /// activity, `Gross` beside `Name` and `Date`, were "shape not recognised" with no role
  /// named). A table with no amount column gets none: nothing says it is a ledger.
  static func amountOnly(header: ImportTable.Record, keys: [String]) -> String {
    let found = ledger.map { $0.isFound(keys) }
    guard let amount = found[2], found[0] == nil, found[1] == nil else { return "" }
    return "; line \(header.line) is a header of named columns, one row per record below it: "
      + "read as an invoice ledger it has an amount (\"\(header.cells[amount])\") but no column is "
      + "a customer or a date (expected headers such as "
      + ledger[0].examples.map { "\"\($0)\"" }.joined(separator: " or ") + " and "
      + ledger[1].examples.map { "\"\($0)\"" }.joined(separator: " or ")
      + "; rename those columns)"
  }

  /// `; line 1 …` naming the two roles missing when a record table's header gives only a
  /// ledger's date or a subscriptions table's start (session 18, import5 lane; trial 18a, K1:
  /// KKBox's `transactions.csv`, `transaction_date` beside `msno` and `actual_amount_paid`, and
  /// W1: Wave's subscriptions, `created_at` beside `business_id` and a plan kept in a plans file,
  /// were "shape not recognised" with no role named, even with `--shape ledger`). The columns
  /// whose header names money (`amount`, `paid`, `price`, `fee`) are offered for the amount; a
  /// subscriptions table is told a plans file's price is not read.
  static func dateOnly(header: ImportTable.Record, keys: [String]) -> String {
    var parts = [String]()
    let money = header.cells.indices.filter { i in
      ["amount", "paid", "price", "fee", "revenue", "total"].contains { keys[i].contains($0) }
    }
    let offered =
      money.isEmpty
      ? ""
      : " (\(money.prefix(3).map { "\"\(header.cells[$0])\"" }.joined(separator: ", ")) "
        + "name\(money.count == 1 ? "s" : "") money: if \(money.count == 1 ? "it is" : "one is") "
        + "what was paid, rename it \"amount\")"
    for (reading, needs, extra) in [
      ("an invoice ledger", ledger, offered),
      (
        "a subscriptions table", subscriptions,
        "; a price kept in a plans file beside the table is not read: give each subscription "
          + "its monthly price in a column"
      ),
    ] {
      let found = needs.map { $0.isFound(keys) }
      guard found[0] == nil, let d = found[1], found[2] == nil else { continue }
      parts.append(
        "read as \(reading) it has \(needs[1].noun) (\"\(header.cells[d])\") but no column is "
          + "\(needs[0].noun) or \(needs[2].noun) (expected headers such as "
          + "\"\(needs[0].examples[0])\" and \"\(needs[2].examples[0])\"; rename those columns)"
          + extra)
    }
    guard !parts.isEmpty else { return "" }
    return "; line \(header.line) is a header of named columns, one row per record below it: "
      + parts.joined(separator: "; ")
  }

  /// `; "account_code" …` when no ledger customer column is found but a column names a
  /// customer the way a subscriptions table's does (Recurly's `account_code`): in a ledger such
  /// a name is as often a GL account's code, so it is not read, but the user is told it may be
  /// the customer.
  /// A bare `Name` column is named too: NetSuite's transaction searches write the customer there
  /// (and QuickBooks' transaction lists a vendor), so it is never read as the customer, but the
  /// refusal says it may be (session 42, crm lane; trial 41, T41-11: only `Account`, a GL
  /// account, was offered, and renamed as advised it became the one customer).
  static func ledgerCustomerHint(header: ImportTable.Record, keys: [String]) -> String {
    guard ledger[0].isFound(keys) == nil, ledger[2].isFound(keys) != nil else { return "" }
    var hint = ""
    if let n = keys.firstIndex(of: "name") {
      hint +=
        "; \"\(header.cells[n])\" may name the customer (NetSuite's transaction searches write "
        + "it there, QuickBooks' transaction lists a vendor): if it does, rename it \"customer\""
    }
    guard let c = subscriptions[0].isFound(keys), !LedgerLayout.bareNameHeaders.contains(keys[c])
    else { return hint }
    return hint + "; \"\(header.cells[c])\" names the customer in a subscriptions table, but in a "
      + "ledger such a column may be a GL account's: if it is the customer, rename it "
      + "\"customer_id\""
  }

  /// `; line 1 …` naming, for each reading whose customer column is found but two other
  /// columns are not, the columns missing (session 16, import2 lane; trial 16, BT1: Braintree's
  /// transactions, `Customer ID` beside `Created Datetime` and `Amount Authorized`, were "shape
  /// not recognised" with no word of the date and the amount). A table without a customer
  /// column (an aggregate by month and campaign) gets none.
  static func customerOnly(header: ImportTable.Record, keys: [String]) -> String {
    var parts = [String]()
    for (reading, needs) in [
      ("an invoice ledger", ledger), ("a subscriptions table", subscriptions),
    ] {
      let found = needs.map { $0.isFound(keys) }
      guard let c = found[0], found.dropFirst().allSatisfy({ $0 == nil }) else { continue }
      let missing = needs.dropFirst()
      parts.append(
        "read as \(reading) it has a customer (\"\(header.cells[c])\") but no column is "
          + missing.map(\.noun).joined(separator: " or ") + " (expected headers such as "
          + missing.map { "\"\($0.examples[0])\"" }.joined(separator: " and ")
          + "; rename those columns)")
    }
    guard !parts.isEmpty else { return "" }
    return "; line \(header.line) is a header of named columns, one row per record below it: "
      + parts.joined(separator: "; ")
  }
}
