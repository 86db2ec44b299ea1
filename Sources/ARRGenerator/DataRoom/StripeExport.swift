import ARRCore

/// Stripe Dashboard style exports of a generated company: the subscriptions export (one
/// subscription per customer, current price only) and the invoice line items export (the
/// realistic ledger's lines, void and draft left out).
///
/// Stripe writes title-case headers with `(UTC)` suffixes, amounts in major units, timestamps
/// `YYYY-MM-DD HH:MM`, and a period end that is exclusive (the next period's first day).
enum StripeExport {
  static let subscriptionsHeader = [
    "id", "Customer ID", "Customer Name", "Status", "Plan", "Amount", "Currency", "Interval",
    "Interval Count", "Quantity", "Created (UTC)", "Start Date (UTC)",
    "Current Period Start (UTC)", "Current Period End (UTC)", "Trial Start (UTC)",
    "Trial End (UTC)", "Canceled At (UTC)", "Cancel At Period End", "Ended At (UTC)",
    "segment (metadata)",
  ]

  static let invoiceLinesHeader = [
    "Line Item ID", "Invoice ID", "Customer ID", "Invoice Created (UTC)", "Description",
    "Amount", "Currency", "Quantity", "Period Start (UTC)", "Period End (UTC)", "Proration",
    "Type",
  ]

  static func timestamp(_ d: CivilDate?) -> String { d.map { $0.description + " 00:00" } ?? "" }

  static func files(_ c: NativeCompany, seed: UInt64) -> (
    subscriptions: [UInt8], invoiceLines: [UInt8]
  ) {
    let n = c.monthCount
    var subs = DataRoomFormat.row(subscriptionsHeader)
    let asOfEnd = CivilDate.lastDay(of: c.asOf)
    for (a, account) in c.accounts.enumerated() {
      let row = c.mrr[(a * n)..<((a + 1) * n)]
      guard let lastPaid = row.lastIndex(where: { $0 > 0 }).map({ $0 - a * n }) else { continue }
      let mrr = row[a * n + lastPaid]
      let p = LedgerBuilder.periodMonths(account.billingCadence)
      let (interval, count) = p == 12 ? ("year", 1) : ("month", p)
      let perInterval = mrr * Int64(p)
      let quantity =
        account.seats > 0 && perInterval % Int64(account.seats) == 0 ? account.seats : 1
      let unit = perInterval / Int64(quantity)
      let isLive = lastPaid == n - 1
      let status: String
      if account.trialStatus == "active" {
        status = "trialing"
      } else if isLive {
        status = "active"
      } else {
        status = "canceled"
      }
      let phase = account.startDate.month.months(since: c.firstMonth)
      let k = ((lastPaid - phase) % p + p) % p
      let periodStart = c.firstMonth.adding(months: lastPaid - k)
      let periodEnd = periodStart.adding(months: p)
      let ended = isLive ? nil : CivilDate.firstDay(of: c.firstMonth.adding(months: lastPaid + 1))
      let cancelAt = account.cancelDate.flatMap { $0 <= asOfEnd ? $0 : nil }
      subs += DataRoomFormat.row([
        "sub_" + account.id, "cus_" + account.id, account.name, status,
        account.contractType + "-" + account.billingCadence, DataRoomFormat.plain(unit), "usd",
        interval, String(count), String(quantity), timestamp(account.startDate),
        timestamp(account.startDate), timestamp(.firstDay(of: periodStart)),
        timestamp(.firstDay(of: periodEnd)),
        account.trialEndDate == nil ? "" : timestamp(account.startDate),
        timestamp(account.trialEndDate), timestamp(cancelAt ?? ended),
        isLive && account.cancelDate != nil ? "true" : "false", timestamp(ended), account.segment,
      ])
    }
    let lines = invoiceLines(c, LedgerBuilder.lines(c, style: .realistic, seed: seed))
    return (Array(subs.utf8), lines)
  }

  /// Stripe's invoice line items export of `ledgerLines`, void and draft left out: customer ids
  /// prefixed `cus_`, amounts in major units, period ends exclusive.
  static func invoiceLines(_ c: NativeCompany, _ ledgerLines: [LedgerLine]) -> [UInt8] {
    var lines = DataRoomFormat.row(invoiceLinesHeader)
    var item = 0
    for l in ledgerLines where l.status != "void" && l.status != "draft" {
      item += 1
      let account = c.accounts[l.account]
      let periodEnd = l.serviceEnd.map { CivilDate(daysSinceEpoch: $0.daysSinceEpoch + 1) }
      lines += DataRoomFormat.row([
        "il_" + String(item), l.invoiceID, "cus_" + account.id, timestamp(l.date), l.description,
        DataRoomFormat.plain(l.amount), "usd", "1", timestamp(l.serviceStart),
        timestamp(periodEnd), l.description.contains("prorated") ? "true" : "false",
        l.kind == .oneTime || l.serviceStart == nil ? "invoiceitem" : "subscription",
      ])
    }
    return Array(lines.utf8)
  }
}
