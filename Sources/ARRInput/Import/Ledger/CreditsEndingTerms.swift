import ARRCore

/// A credit that refunds the unused part of a term invoice ends that invoice's service early
/// (`docs/import.md`, "Credits ending a term"; session 24, t24a lane: trial 22, T22-13, a Xero
/// credit note "Refund of unused months, INV-0248" for £2,200 of an annual £2,400 left the
/// customer live, retained and committed until its renewal, and the credit was a note about
/// credits without a service period).
///
/// A credit (a negative line with no service period, not one-time) is tied to an invoice line of
/// its account when it names the invoice's number (its reference cell, or a word of its
/// description) and credits less than that line, or, naming no invoice of its account, when it
/// credits at least ``unnamedShare`` of the account's latest charge dated before it. The line's
/// service then keeps the share not credited, `(A − C) / A` of its term, when the credit reads
/// as a refund of the rest from its own date:
/// - a line with a service period: its kept share of the period (whole months when the period
///   is whole months and the share is a whole number of them, else days) ends within
///   ``dateSlackDays`` of the credit's date; the period ends there;
/// - a line without one (the billings rules read its term from its rhythm): the term the
///   credit implies, `days from the line to the credit × A / (A − C)`, is a term, from
///   ``minimumTermDays`` to ``maximumTermDays``; the service ends the day before the credit.
/// Both must be read through the billings rules or by their period (not one-time, not a month's
/// credit). The line then bills `A − C` over the shortened period and the credit is taken into
/// it (both lines' sum is unchanged, so the tie-out is too); a line without a period keeps its
/// month in its account's billing rhythm, as a refunded charge does, so the account's other
/// invoices keep their term. A finding names each. A goodwill
/// credit a month into an annual term implies no term (a month's credit of a month's service)
/// or a kept share far from its date, so it stays a credit for the other rules.
enum CreditsEndingTerms {
  /// Share of the charge an unnamed credit must refund.
  static let unnamedShare = 0.5
  /// Days the kept share's end may be from the credit's date, on a line with a period.
  static let dateSlackDays = 45
  /// Shortest term a credit on a line without a period can imply (two months).
  static let minimumTermDays = 56
  /// Longest (three years).
  static let maximumTermDays = 1_100
  /// Months the file must run past a whole refund's month for "nothing billed after" to say
  /// the customer left.
  static let wholeRefundMonthsAfter = 2

  /// One credit read as ending a term.
  struct Ended: Sendable {
    var credit: LedgerEntry
    var invoice: LedgerEntry
    var end: CivilDate
    var isNamed: Bool
    /// Whether the credit refunds the whole charge (``isWholeRefund(of:by:lines:in:lastMonth:)``): the
    /// charge then bills nothing.
    var isWhole = false
  }

  /// Whether `credit`, equal to the whole of charge `invoice` (an index of `entries`, dated on
  /// or before the credit), refunds it in full: within the charge's service period when it has
  /// one, the file's lines run at least ``wholeRefundMonthsAfter`` months past the credit's
  /// month (`lastMonth`), and no other charge of the account (`lines`, indices of `entries`;
  /// one-time charges aside) is dated on or after the credit's day. A customer billed again
  /// stays a customer, and near the file's end nothing tells it: the credit is left to the
  /// other rules (a month credited in goodwill, an invoice cancelled and issued again,
  /// ``ReissuedCharges``).
  static func isWholeRefund(
    of invoice: Int, by credit: LedgerEntry, lines: [Int], in entries: [LedgerEntry],
    lastMonth: Month
  ) -> Bool {
    if let (_, end) = entries[invoice].period, credit.date > end { return false }
    guard credit.date.month.adding(months: wholeRefundMonthsAfter) <= lastMonth else {
      return false
    }
    return !lines.contains { i in
      let e = entries[i]
      return i != invoice && e.amount > 0 && e.kind != .oneTime && e.date >= credit.date
    }
  }

  /// Ties the credits of `entries` (read through the billings rules, `uses`) to the term lines
  /// they end: such a line gets its shortened period and the amount kept, and is read by it;
  /// the credit's amount becomes 0 (taken into the line). Returns what was done, in line order.
  /// - Complexity: O(credits × lines of their account).
  static func apply(_ entries: inout [LedgerEntry], uses: inout [LedgerImporter.Use]) -> [Ended] {
    var byAccount = [Int: [Int]]()
    for (i, e) in entries.enumerated() { byAccount[e.account, default: []].append(i) }
    var ended = [Ended]()
    var changed = Set<Int>()
    let lastMonth = entries.map(\.date.month).max() ?? Month(year: 1970, month: 1)
    for c in entries.indices {
      let credit = entries[c]
      guard credit.amount < 0, credit.period == nil, uses[c] == .billings,
        credit.kind != .oneTime
      else { continue }
      let lines = byAccount[credit.account] ?? []
      func isCharge(_ i: Int) -> Bool {
        let e = entries[i]
        return e.amount > 0 && e.kind != .oneTime && (uses[i] == .billings || uses[i] == .period)
          && !changed.contains(i) && e.date <= credit.date
      }
      let named = lines.filter { isCharge($0) && credit.names(document: entries[$0].document) }
      let namesAny = lines.contains {
        $0 != c && !entries[$0].document.isEmpty && credit.names(document: entries[$0].document)
      }
      let candidate: Int?
      if !named.isEmpty {
        candidate = named.max { entries[$0].amount < entries[$1].amount }
      } else if !namesAny,
        let latest = lines.filter(isCharge).max(by: {
          (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
        }),
        Double(0 &- credit.amount) >= unnamedShare * Double(entries[latest].amount)
      {
        candidate = latest
      } else {
        candidate = nil
      }
      guard let i = candidate else { continue }
      let invoice = entries[i]
      // Refunded in full: the charge is no revenue at all, when nothing is billed after the
      // credit (trial 44, T44-9: the match took a refund smaller than the invoice, never one
      // equal to it, and a $30,000 annual refunded in full stayed live, committed ARR).
      if 0 &- credit.amount == invoice.amount {
        guard isWholeRefund(of: i, by: credit, lines: lines, in: entries, lastMonth: lastMonth)
        else { continue }
        entries[i].amount = 0
        entries[c].amount = 0
        changed.insert(i)
        ended.append(
          Ended(
            credit: credit, invoice: invoice,
            end: CivilDate(daysSinceEpoch: credit.date.daysSinceEpoch - 1),
            isNamed: !named.isEmpty, isWhole: true))
        continue
      }
      guard 0 &- credit.amount < invoice.amount,
        let end = end(of: invoice, creditedBy: credit)
      else { continue }
      entries[i].period = (invoice.period?.start ?? invoice.date, end)
      entries[i].amount = invoice.amount &+ credit.amount
      uses[i] = .period
      entries[c].amount = 0
      changed.insert(i)
      ended.append(Ended(credit: credit, invoice: invoice, end: end, isNamed: !named.isEmpty))
    }
    return ended
  }

  /// The last day `invoice`'s service runs when `credit` refunds the rest, or `nil` when the
  /// credit does not read so.
  static func end(of invoice: LedgerEntry, creditedBy credit: LedgerEntry) -> CivilDate? {
    let kept = Double(invoice.amount + credit.amount) / Double(invoice.amount)
    if let (start, end) = invoice.period {
      guard credit.date > start, credit.date <= end else { return nil }
      // A period of whole months keeps whole months when its kept share is one ("unused
      // months"); else its days.
      let months = ServicePeriod.wholeMonths(from: start, through: end).map { Double($0) * kept }
      let keptEnd: CivilDate
      if let months, months >= 0.95, abs(months - months.rounded()) <= 0.05 {
        let next = ServicePeriod.adding(months: Int(months.rounded()), to: start)
        keptEnd = CivilDate(daysSinceEpoch: next.daysSinceEpoch - 1)
      } else {
        let days = Double(end.days(since: start) + 1)
        keptEnd = CivilDate(
          daysSinceEpoch: start.daysSinceEpoch + Int32((days * kept).rounded()) - 1)
      }
      guard abs(keptEnd.days(since: credit.date)) <= dateSlackDays else { return nil }
      return max(keptEnd, start)
    }
    let served = credit.date.days(since: invoice.date)
    guard served > 0 else { return nil }
    let term = Double(served) / kept
    guard term >= Double(minimumTermDays), term <= Double(maximumTermDays) else { return nil }
    return CivilDate(daysSinceEpoch: credit.date.daysSinceEpoch - 1)
  }
}

extension CreditsEndingTerms {
  /// The finding naming the credits `ended` read (at most 3, then `…`), `nil` for none.
  static func finding(
    _ ended: [Ended], file: String, accounts: [ImportedAccount], money: (Int64) -> String
  ) -> String? {
    guard !ended.isEmpty else { return nil }
    let n = ended.count
    let parts = ended.prefix(3).map { x -> String in
      let credit =
        (x.credit.document.isEmpty ? "the credit" : "\"\(x.credit.document)\"")
        + " (line \(x.credit.line))"
      let invoice =
        x.invoice.document.isEmpty
        ? "the charge on line \(x.invoice.line)" : "\"\(x.invoice.document)\"'s"
      let start = x.invoice.period?.start ?? x.invoice.date
      if x.isWhole {
        let charge =
          x.invoice.document.isEmpty
          ? "the charge on line \(x.invoice.line)" : "\"\(x.invoice.document)\""
        return "\(credit) refunds the whole \(money(x.invoice.amount)) of \(charge) "
          + "(\"\(accounts[x.invoice.account].id)\", \(x.invoice.date)), and nothing is billed "
          + "after it: that charge is no revenue"
      }
      return "\(credit) credits \(money(-x.credit.amount)) of \(invoice) "
        + "\(money(x.invoice.amount)) (\"\(accounts[x.invoice.account].id)\"), whose service now "
        + "runs \(start) to \(x.end) ("
        + (x.invoice.period == nil
          ? "the day before the credit; the invoice gives no period"
          : "its kept share of the period") + ")"
    }
    let lead =
      ended.allSatisfy(\.isWhole)
      ? "refund\(n == 1 ? "s" : "") a charge in full (none billed after), so that charge "
        + "counts no revenue: "
      : "refund\(n == 1 ? "s" : "") the unused part"
        + (ended.contains(where: \.isWhole) ? " (or the whole) " : " ")
        + "of a term invoice\(ended.allSatisfy(\.isNamed) ? " it names" : ""), so that invoice's "
        + "service ends early: "
    return "\(file): \(Counted.phrase(n, "credit")) " + lead + parts.joined(separator: "; ")
      + (n > 3 ? "; …" : "")
      + (n == 1
        ? "; the account leaves then unless it is billed again"
        : "; each account leaves then unless it is billed again")
  }
}
