import ARRCore

/// A plain reading of generated files for tests: an RFC 4180 splitter good enough for the
/// generator's own output (quoted names, no embedded newlines), and the revenue per account and
/// month it holds. Deliberately independent of ARRInput, so the two can check each other.
struct GeneratedData {
  var accountHeader: [String]
  var accounts: [[String]]
  var monthlyHeader: [String]
  var monthlyRows: [[String]]
  var firstMonth: Month
  var monthCount: Int
  /// MRR in cents by account id, one entry per month.
  var mrr: [String: [Int64]] = [:]
  var usage: [String: [Int64]] = [:]
  var oneTime: [String: [Int64]] = [:]

  init(accountsCSV: [UInt8], monthlyCSV: [UInt8], firstMonth: Month, monthCount: Int) {
    let a = GeneratedData.records(accountsCSV)
    let m = GeneratedData.records(monthlyCSV)
    accountHeader = a.first ?? []
    accounts = Array(a.dropFirst())
    monthlyHeader = m.first ?? []
    monthlyRows = Array(m.dropFirst())
    self.firstMonth = firstMonth
    self.monthCount = monthCount
    for row in accounts {
      mrr[row[0]] = Array(repeating: 0, count: monthCount)
      usage[row[0]] = Array(repeating: 0, count: monthCount)
      oneTime[row[0]] = Array(repeating: 0, count: monthCount)
    }
    for row in monthlyRows where row.count >= 3 {
      guard let month = Month(row[1]), mrr[row[0]] != nil else { continue }
      let i = month.months(since: firstMonth)
      guard i >= 0 && i < monthCount else { continue }
      mrr[row[0]]![i] = Money.cents(fromDecimal: row[2]) ?? -1
      if row.count > 3 { oneTime[row[0]]![i] = Money.cents(fromDecimal: row[3]) ?? -1 }
      if row.count > 4 { usage[row[0]]![i] = Int64(row[4]) ?? -1 }
    }
  }

  /// Splits CSV bytes into records of fields.
  static func records(_ bytes: [UInt8]) -> [[String]] {
    var out: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if quoted {
        if b == UInt8(ascii: "\"") {
          if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
            field.append(b)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(b)
        }
      } else if b == UInt8(ascii: "\"") {
        quoted = true
      } else if b == UInt8(ascii: ",") {
        row.append(String(decoding: field, as: UTF8.self))
        field = []
      } else if b == UInt8(ascii: "\n") {
        row.append(String(decoding: field, as: UTF8.self))
        out.append(row)
        row = []
        field = []
      } else {
        field.append(b)
      }
      i += 1
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(String(decoding: field, as: UTF8.self))
      out.append(row)
    }
    return out
  }

  func column(_ name: String) -> Int { accountHeader.firstIndex(of: name)! }

  /// Accounts (as rows) whose `column` equals `value`.
  func accounts(where name: String, is value: String) -> [[String]] {
    let c = column(name)
    return accounts.filter { $0[c] == value }
  }

  /// Churn events (positive MRR, then none) per account-month with positive MRR, for the
  /// accounts `include` accepts.
  func monthlyLogoChurn(_ include: ([String]) -> Bool = { _ in true }) -> Double {
    var exposed = 0
    var churned = 0
    for row in accounts where include(row) {
      let v = mrr[row[0]]!
      for m in 1..<monthCount where v[m - 1] > 0 {
        exposed += 1
        if v[m] == 0 { churned += 1 }
      }
    }
    return exposed == 0 ? 0 : Double(churned) / Double(exposed)
  }

  /// Reactivations: positive MRR after at least one month at zero that followed positive MRR.
  func reactivationCount() -> Int {
    var count = 0
    for (_, v) in mrr {
      var seen = false
      for m in 0..<monthCount {
        if m > 0 && v[m] > 0 && v[m - 1] == 0 && seen { count += 1 }
        if v[m] > 0 { seen = true }
      }
    }
    return count
  }

  /// Whether mean usage of the 3 months before `end` fell more than 10% below the 3 before.
  static func usageDeclined(_ u: [Int64], before end: Int) -> Bool {
    let last = u[(end - 3)..<end].reduce(0, +)
    let prior = u[(end - 6)..<(end - 3)].reduce(0, +)
    return prior > 0 && Double(last) < 0.9 * Double(prior)
  }

  /// Share of churn events (6+ paying months, then none) preceded by a usage decline, and the
  /// same share for accounts paying through the as-of month.
  func declineBeforeChurn() -> (churners: Double, stayers: Double) {
    var churnEvents = 0
    var churnDeclines = 0
    var stayers = 0
    var stayerDeclines = 0
    for (id, v) in mrr {
      let u = usage[id]!
      if monthCount >= 7 {
        for m in 6..<monthCount where v[m] == 0 && v[(m - 6)..<m].allSatisfy({ $0 > 0 }) {
          churnEvents += 1
          if GeneratedData.usageDeclined(u, before: m) { churnDeclines += 1 }
        }
      }
      if monthCount >= 6 && v[(monthCount - 6)..<monthCount].allSatisfy({ $0 > 0 }) {
        stayers += 1
        if GeneratedData.usageDeclined(u, before: monthCount) { stayerDeclines += 1 }
      }
    }
    return (
      Double(churnDeclines) / Double(max(1, churnEvents)),
      Double(stayerDeclines) / Double(max(1, stayers))
    )
  }

  /// Of the accounts paying at `asOf − 12` that `include` accepts, the share with no MRR in
  /// some later month (what a 12-month backtest calls churn).
  func churnAfterYearAgo(_ include: ([String]) -> Bool) -> (accounts: Int, rate: Double) {
    let start = monthCount - 13
    var n = 0
    var churned = 0
    for row in accounts where include(row) {
      let v = mrr[row[0]]!
      guard start >= 0 && v[start] > 0 else { continue }
      n += 1
      if v[(start + 1)...].contains(0) { churned += 1 }
    }
    return (n, n == 0 ? 0 : Double(churned) / Double(n))
  }
}
