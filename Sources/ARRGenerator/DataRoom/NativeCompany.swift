import ARRCore

/// A generated company read back from the generator's own `accounts.csv` and `monthly.csv`: the
/// truth the data-room exports (ledger, cubes, Stripe files) are made from.
///
/// Only the generator's output is read here, so the parser knows its layout: the header names
/// below, fields quoted only when they hold a comma or a quote.
struct NativeCompany: Sendable {
  struct Account: Sendable {
    var id: String
    var name: String
    var segment: String
    var contractType: String
    var billingCadence: String
    var startDate: CivilDate
    var contractEndDate: CivilDate?
    var trialStatus: String
    var trialEndDate: CivilDate?
    var cancelDate: CivilDate?
    var seats: Int
  }

  var accounts: [Account]
  var firstMonth: Month
  var asOf: Month
  /// MRR per account and month, cents, at `a * monthCount + m`.
  var mrr: [Int64]
  /// One-time revenue per account and month, cents.
  var oneTime: [Int64]

  var monthCount: Int { asOf.months(since: firstMonth) + 1 }

  /// Reads the generator's files.
  /// - Parameters:
  ///   - accountsCSV: `accounts.csv` as the generator writes it.
  ///   - monthlyCSV: `monthly.csv` as the generator writes it.
  ///   - firstMonth: The first month generated.
  ///   - asOf: The as-of month.
  static func read(
    accountsCSV: [UInt8], monthlyCSV: [UInt8], firstMonth: Month, asOf: Month
  ) -> NativeCompany {
    let rows = records(accountsCSV)
    let header = rows.first ?? []
    func column(_ name: String) -> Int { header.firstIndex(of: name)! }
    let (id, name, segment, contract, cadence, start, end) = (
      column("account_id"), column("name"), column("segment"), column("contract_type"),
      column("billing_cadence"), column("start_date"), column("contract_end_date")
    )
    let (trial, trialEnd, cancel, seats) = (
      column("trial_status"), column("trial_end_date"), column("cancel_date"),
      column("seats_purchased")
    )
    var accounts: [Account] = []
    var index: [String: Int] = [:]
    for r in rows.dropFirst() {
      index[r[id]] = accounts.count
      accounts.append(
        Account(
          id: r[id], name: r[name], segment: r[segment], contractType: r[contract],
          billingCadence: r[cadence], startDate: CivilDate(r[start])!,
          contractEndDate: CivilDate(r[end]), trialStatus: r[trial],
          trialEndDate: CivilDate(r[trialEnd]), cancelDate: CivilDate(r[cancel]),
          seats: Int(r[seats]) ?? 1))
    }
    let n = asOf.months(since: firstMonth) + 1
    var mrr = [Int64](repeating: 0, count: accounts.count * n)
    var oneTime = mrr
    for r in records(monthlyCSV).dropFirst() {
      guard let a = index[r[0]], let month = Month(r[1]) else { continue }
      let m = month.months(since: firstMonth)
      guard m >= 0 && m < n else { continue }
      mrr[a * n + m] = Money.cents(fromDecimal: r[2]) ?? 0
      oneTime[a * n + m] = Money.cents(fromDecimal: r[3]) ?? 0
    }
    return NativeCompany(
      accounts: accounts, firstMonth: firstMonth, asOf: asOf, mrr: mrr, oneTime: oneTime)
  }

  /// The records of a CSV file written by the generator (quoted fields with doubled quotes).
  static func records(_ bytes: [UInt8]) -> [[String]] {
    var out: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var inQuotes = false
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if inQuotes {
        if c == UInt8(ascii: "\"") {
          if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
            field.append(c)
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          field.append(c)
        }
      } else if c == UInt8(ascii: "\"") {
        inQuotes = true
      } else if c == UInt8(ascii: ",") {
        row.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
      } else if c == 10 {
        row.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        out.append(row)
        row = []
      } else if c != 13 {
        field.append(c)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(String(decoding: field, as: UTF8.self))
      out.append(row)
    }
    return out
  }
}
