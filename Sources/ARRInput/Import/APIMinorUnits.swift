import ARRCore

/// What says a table was dumped from a billing system's API, whose money is written in the
/// currency's smallest unit (`docs/import.md`, "Amount units"; trial 22, T22-25).
///
/// Billing APIs write `19900` for $199: Chargebee's subscription object documents
/// `plan_unit_price` and `mrr` "in cents" (its timestamps in Unix seconds); Paddle Billing
/// "handles money as a string in the lowest denomination" (`details.totals.subtotal`). An ELT
/// tool lands those fields under the API's own names. Read as major units, trial 22's Chargebee
/// table of $71K ARR read $7.13M, with nothing said: the "looks like cents" rule
/// (``CentsLikeAmounts``) needs every row at $10,000 a month, and the whole-numbers rule only
/// looked at Stripe's `cus_…` ids.
///
/// Two strengths of evidence, both only for amounts that are all whole numbers:
/// - a vendor's API (``vendor(_:)``: at least ``minimumMarks`` of one vendor's field names,
///   written as the API writes them): read in cents, with a note;
/// - a doubt (``doubt(header:dateCells:idCells:)``: one such field name, Unix-time dates, or a
///   billing API's id prefix): read as written, with a finding.
enum APIMinorUnits {
  /// A billing system whose API writes money in minor units, known by its field names.
  struct Vendor: Sendable, Equatable {
    /// The vendor's name, for messages.
    var name: String
    /// Field names as its API writes them (snake case, dotted paths for nested objects); a
    /// prefix ends in `.` (`details.totals.`: any field of that object).
    var marks: [String]
    /// Where its documentation says so, for the note.
    var documented: String
    /// What its names are, for the note: `API field names`, or an import template's.
    var kind = "API field names"
    /// Whether one of its names alone is a doubt (``APIMinorUnits/doubt(header:dateCells:idCells:)``):
    /// not for names other tables write too (`plan_amount`).
    var isOneMarkADoubt = true

    /// The name with its possessive (`Chargebee's`, `Baremetrics'`).
    var possessive: String { name.hasSuffix("s") ? name + "'" : name + "'s" }

    /// Whether the raw header `cell` is one of ``marks``.
    func marks(_ cell: String) -> Bool {
      marks.contains {
        $0.hasSuffix(".") ? cell.hasPrefix($0) && cell.count > $0.count : cell == $0
      }
    }
  }

  /// A ledger's date cells looked at for Unix time: its first lines tell.
  static let sampledDates = 100

  /// A header needs this many of a vendor's field names to be read as its API's.
  static let minimumMarks = 2

  /// Vendors whose API field names say minor units (their own documentation, checked in
  /// session 23: Chargebee's subscription attributes, "plan_unit_price … in cents"; Paddle's
  /// "Working with amounts"). Recurly's v2 names say it themselves (`unit_amount_in_cents`,
  /// read by the header rule), and its v3 API writes decimals: not listed.
  static let vendors: [Vendor] = [
    Vendor(
      name: "Chargebee",
      marks: [
        "plan_unit_price", "billing_period_unit", "current_term_start", "current_term_end",
        "plan_quantity", "setup_fee",
      ],
      documented: "Chargebee's API documents plan_unit_price, plan_amount and mrr in cents"),
    Vendor(
      name: "Paddle Billing",
      marks: [
        "details.totals.", "billing_period.starts_at", "billing_period.ends_at",
        "unit_price.amount",
      ],
      documented: "Paddle's API writes every amount as a string in the lowest denomination"),
    // Trial 25, T25-12: Baremetrics' CSV import template (`plan_oid, plan_name, plan_currency,
    // plan_amount, plan_interval, plan_interval_count, customer_oid, …, subscription_quantity`)
    // documents `plan_amount` as "cents integer, $1 == 100"; Stripe's plan object, flattened,
    // writes the same pair in cents. Read as units: $9.03M for $90.3K, not a word of cents.
    // The pair alone: `plan_amount` is also Chargebee's, so one name says nothing.
    Vendor(
      name: "Baremetrics", marks: ["plan_amount", "plan_interval"],
      documented: "Baremetrics' import template documents plan_amount in cents ($1 == 100), "
        + "as Stripe's plan object writes its amount",
      kind: "import template field names", isOneMarkADoubt: false),
    // Trial 25, T25-14: ChartMogul's Activities export (`uuid, customer-uuid, customer-name,
    // type, date, mrr, mrr-movement, …`) and Customers export (`customer-since`, `mrr`, `arr`,
    // `billing-cycle`) write MRR in cents ("expressed in cents … divide by 100"): read as units,
    // $11.7M for $116.9K, silently. Its names are written with hyphens.
    Vendor(
      name: "ChartMogul",
      marks: ["customer-uuid", "customer-name", "mrr-movement", "customer-since", "billing-cycle"],
      documented: "ChartMogul documents its MRR, ARR and movements in cents",
      kind: "export column names", isOneMarkADoubt: false),
    // Session 27, t27a lane (trial 25, T25-18): Lemon Squeezy's subscription object
    // (`status_formatted`, `billing_anchor`, `renews_at`, `trial_ends_at`…) beside a price,
    // which its API writes in cents (a variant's `price`, a price's `unit_price`).
    Vendor(
      name: "Lemon Squeezy",
      marks: [
        "status_formatted", "billing_anchor", "renews_at", "trial_ends_at", "card_last_four",
        "order_item_id", "first_subscription_item",
      ],
      documented: "Lemon Squeezy's API writes prices in cents"),
  ]

  /// Customer or transaction id prefixes of billing APIs (Stripe's `cus_`, Paddle Billing's
  /// `ctm_` and `txn_`), by vendor.
  static let idPrefixes: [(prefix: String, vendor: String)] = [
    ("cus_", "Stripe"), ("ctm_", "Paddle Billing"), ("txn_", "Paddle Billing"),
  ]

  /// Whether the raw header `cell` is one of Paddle Billing's amounts flattened from its API
  /// (`details.totals.subtotal`, `unit_price.amount`): written in the lowest denomination.
  static func isPaddleAmount(_ cell: String) -> Bool {
    (cell.hasPrefix("details.totals.") && cell.count > 15) || cell == "unit_price.amount"
  }

  /// `cell` with the dots of a flattened API object's path read as spaces
  /// (`billing_period.starts_at` → `billing_period starts_at`, `details.totals.subtotal`),
  /// so the header's words can be matched; a cell whose dot parts are not all names
  /// (`Jan.2024`, `No. of seats`, `1.5`) is returned as it is.
  static func unnested(_ cell: String) -> String {
    guard cell.contains(".") else { return cell }
    let parts = cell.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2,
      parts.allSatisfy({ p in
        p.first.map { $0.isASCII && $0.isLetter } == true
          && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
      })
    else { return cell }
    return parts.joined(separator: " ")
  }

  /// The vendor whose API field names `header` (raw cells) carries at least ``minimumMarks``
  /// times, or `nil`.
  static func vendor(_ header: [String]) -> Vendor? {
    vendors.first { v in header.filter { v.marks($0) }.count >= minimumMarks }
  }

  /// Why a table's whole-number amounts may be cents though nothing decided it, or `nil`:
  /// one field name of a vendor's API in `header`, most of `dateCells` written as Unix time
  /// (an API's timestamps), or an id in `idCells` (the customer's or the row's) with a billing
  /// API's prefix. Worded to follow "every amount … is a whole number …; ".
  static func doubt(
    header: [String], dateCells: [(text: String, line: Int)], idCells: [String]
  ) -> String? {
    for v in vendors where v.isOneMarkADoubt {
      if let name = header.first(where: { v.marks($0) }) {
        return "the header \"\(name)\" is \(v.name)'s API field name, and \(v.documented)"
      }
    }
    for id in idCells {
      if let p = idPrefixes.first(where: { id.hasPrefix($0.prefix) }) {
        return "ids such as \"\(id)\" are \(p.vendor)'s, whose API writes money in cents"
      }
    }
    let unix = dateCells.filter { cell in
      LedgerDate.digitsDate(cell.text).map {
        $0.form == .unixSeconds || $0.form == .unixMilliseconds
      } ?? false
    }
    if let first = unix.first, unix.count * 2 >= dateCells.count {
      return "the dates are Unix time (\"\(first.text)\" on line \(first.line)), as billing "
        + "APIs write them, and those APIs write money in cents"
    }
    return nil
  }

  /// Whether every non-empty cell of `cells` is a whole number written in digits alone
  /// (an optional leading `-`), and at least one is not zero.
  static func areWholeNumbers<S: Sequence>(_ cells: S) -> Bool where S.Element == String {
    var isAnyNonZero = false
    for cell in cells where !cell.isEmpty {
      let digits = cell.hasPrefix("-") ? cell.dropFirst() : Substring(cell)
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return false
      }
      if digits.contains(where: { $0 != "0" }) { isAnyNonZero = true }
    }
    return isAnyNonZero
  }

  /// The reading of a table with one amount column (an MRR movements log's) when nothing
  /// decided its unit (`amounts` in units, no `--amounts`): in cents, with the note, when
  /// `header` carries a vendor's names (``vendor(_:)``) and every non-empty cell of column
  /// `amount` is a whole number; else `amounts` as they are.
  static func column(
    _ amounts: AmountCells, header: [String], amount: Int,
    body: ArraySlice<ImportTable.Record>, options: ImportOptions, file: String,
    notes: inout [String]
  ) -> AmountCells {
    guard options.amounts == nil, amounts.unit == .units, let v = vendor(header) else {
      return amounts
    }
    let cells = body.lazy.map { $0.cell(amount) }
    guard areWholeNumbers(cells),
      let example = body.first(where: { r in
        amount < r.cells.count && (Int64(r.cells[amount]) ?? 0) != 0
      })
    else { return amounts }
    notes.append(
      note(
        file: file, vendor: v, header: header[amount],
        example: (example.cells[amount], example.line)))
    return AmountCells(
      unit: .cents, isDecimalComma: amounts.isDecimalComma,
      reason: "\(v.possessive) \(v.kind) say so", currency: amounts.currency)
  }

  /// The note for amounts read in cents because `vendor`'s API names them (`header`, the
  /// amount's), with the first non-zero `example` cell and its line.
  static func note(
    file: String, vendor: Vendor, header: String, example: (text: String, line: Int)
  ) -> String {
    let v = Int64(example.text) ?? 0
    let major = "\(abs(v) / 100).\(abs(v) % 100 < 10 ? "0" : "")\(abs(v) % 100)"
    return "\(file): amounts under \"\(header)\" read in the currency's smallest unit (cents): "
      + "the header carries \(vendor.possessive) \(vendor.kind), \(vendor.documented), and every "
      + "amount is a whole number (\"\(example.text)\" on line \(example.line) is "
      + "\(v < 0 ? "-" : "")\(major)); pass --amounts units if they are major units"
  }
}
