import ARRCore

/// Turns a generated company's monthly truth into invoice lines (``LedgerLine``).
///
/// Per account, billing periods follow its cadence (monthly 1 month, quarterly 3, semiannual 6,
/// annual and upfront 12; in arrears: each month's usage is invoiced the month after, with that
/// month as its period), aligned on the month the account started. The first invoice of a
/// period bills the period's MRR × its length; a change of MRR inside a period is an add-on (up)
/// or a credit note (down) for the months left, co-termed to the period's end; an account that
/// leaves mid-period gets a credit note for the rest. One-time revenue is one line in its month.
/// Lines dated after the as-of month are left out (the export ends there).
enum LedgerBuilder {
  /// Months per billing period of a cadence.
  static func periodMonths(_ cadence: String) -> Int {
    switch cadence {
    case "quarterly": 3
    case "semiannual": 6
    case "annual", "upfront": 12
    default: 1
    }
  }

  static func lines(_ c: NativeCompany, style: LedgerStyle, seed: UInt64) -> [LedgerLine] {
    let n = c.monthCount
    var out: [LedgerLine] = []
    var invoice = 0
    func nextID() -> String {
      invoice += 1
      var s = String(invoice)
      while s.count < 6 { s = "0" + s }
      return "INV-" + s
    }
    let asOfEnd = CivilDate.lastDay(of: c.asOf)
    for (a, account) in c.accounts.enumerated() {
      var rng = SeededGenerator(seed: seed ^ (UInt64(a) &* 0x9E37_79B9_7F4A_7C15))
      let row = Array(c.mrr[(a * n)..<((a + 1) * n)])
      let isUsage = account.billingCadence == "in_arrears"
      let p = periodMonths(account.billingCadence)
      let phase = account.startDate.month.months(since: c.firstMonth)
      var periodEnd = -1  // last month of the current period
      var level: Int64 = 0  // MRR billed for the current period so far
      func month(_ m: Int) -> Month { c.firstMonth.adding(months: m) }
      func add(_ line: LedgerLine) {
        if line.date <= asOfEnd { out.append(line) }
      }
      func realisticDay(_ m: Int) -> CivilDate {
        let mo = month(m)
        return CivilDate(year: mo.year, month: mo.month, day: rng.int(2...28))!
      }
      for m in 0..<n {
        if isUsage {
          guard row[m] != 0 else { continue }
          // Billed in arrears: the month after, for that month (exact style: on its last day,
          // so the as-of month's usage is in the export too).
          let billed = month(m + 1)
          add(
            LedgerLine(
              invoiceID: nextID(), account: a,
              date: style == .exact
                ? .lastDay(of: month(m))
                : CivilDate(year: billed.year, month: billed.month, day: 3)!,
              serviceStart: .firstDay(of: month(m)), serviceEnd: .lastDay(of: month(m)),
              description: "Usage \(month(m))", kind: .usage, amount: row[m], status: "paid"))
          continue
        }
        if m > periodEnd {
          level = 0
          guard row[m] > 0 else { continue }
          // A new period, aligned on the start month's phase.
          let k = ((m - phase) % p + p) % p
          periodEnd = m + (p - 1 - k)
          level = row[m]
          let length = periodEnd - m + 1
          var date = CivilDate.firstDay(of: month(m))
          let isRenewal = m > 0 && row[m - 1] > 0
          if style == .realistic && isRenewal && p >= 3 && rng.chance(0.3) {
            // Renewal invoiced a month late; the period is still the contract's.
            let late = month(m + 1)
            date = CivilDate(year: late.year, month: late.month, day: 5)!
          }
          add(
            LedgerLine(
              invoiceID: nextID(), account: a, date: date,
              serviceStart: .firstDay(of: month(m)), serviceEnd: .lastDay(of: month(periodEnd)),
              description: p == 1 ? "Subscription" : "Subscription, \(length) months",
              kind: style == .exact || rng.chance(0.5) ? .recurring : nil,
              amount: level * Int64(length), status: "paid"))
          if style == .realistic && length >= 3 && m + 1 < n && rng.chance(0.05) {
            // A service credit the month after: a credit note with no period or type.
            add(
              LedgerLine(
                invoiceID: nextID(), account: a, date: realisticDay(m + 1), serviceStart: nil,
                serviceEnd: nil, description: "Credit note: service credit", kind: nil,
                amount: -(level * Int64(length)) / 10, status: "paid"))
          }
        } else if row[m] != level {
          let delta = row[m] - level
          let months = periodEnd - m + 1
          level = row[m]
          let isCredit = delta < 0
          let text = isCredit ? "Credit note: reduction" : "Add-on, co-termed"
          if style == .exact || p == 1 {
            add(
              LedgerLine(
                invoiceID: nextID(), account: a, date: .firstDay(of: month(m)),
                serviceStart: .firstDay(of: month(m)), serviceEnd: .lastDay(of: month(periodEnd)),
                description: text, kind: .recurring, amount: delta * Int64(months),
                status: "paid"))
          } else {
            // Prorated by days from a day in the month to the period's end.
            let start = realisticDay(m)
            let end = CivilDate.lastDay(of: month(periodEnd))
            let days = end.days(since: start) + 1
            let whole =
              CivilDate.lastDay(of: month(periodEnd)).days(since: .firstDay(of: month(m))) + 1
            let amount = Money.round(Double(delta * Int64(months)) * Double(days) / Double(whole))
            add(
              LedgerLine(
                invoiceID: nextID(), account: a, date: start, serviceStart: start,
                serviceEnd: end, description: text + " (prorated)", kind: .recurring,
                amount: amount, status: "paid"))
          }
        }
      }
      // One-time revenue, and in the realistic style the refunds, void and draft invoices.
      for m in 0..<n where c.oneTime[a * n + m] != 0 {
        let fee = c.oneTime[a * n + m]
        let names = ["Onboarding fee", "Implementation services", "Training workshop"]
        let text = names[Int(rng.int(0...2))]
        let date = style == .exact ? CivilDate.firstDay(of: month(m)) : realisticDay(m)
        add(
          LedgerLine(
            invoiceID: nextID(), account: a, date: date, serviceStart: nil, serviceEnd: nil,
            description: text, kind: style == .exact ? .oneTime : nil, amount: fee,
            status: "paid"))
        if style == .realistic && m + 1 < n && rng.chance(0.1) {
          add(
            LedgerLine(
              invoiceID: nextID(), account: a, date: realisticDay(m + 1), serviceStart: nil,
              serviceEnd: nil, description: "Refund: " + text.lowercased(), kind: .oneTime,
              amount: -fee / 4, status: "paid"))
        }
      }
    }
    if style == .realistic {
      // A few invoices voided or left in draft: the export lists them, the reader skips them.
      var rng = SeededGenerator(seed: seed ^ 0x5EED_F00D)
      let count = out.count
      for i in 0..<count where rng.chance(0.01) {
        var copy = out[i]
        copy.invoiceID += rng.chance(0.5) ? "-V" : "-D"
        copy.status = copy.invoiceID.hasSuffix("-V") ? "void" : "draft"
        out.append(copy)
      }
    }
    return out.sorted { ($0.date, $0.invoiceID) < ($1.date, $1.invoiceID) }
  }
}
