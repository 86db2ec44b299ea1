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
    /// The charge issued again in place of the one credited in full (``reissue(of:lines:in:)``),
    /// when the credit cancels it rather than refunds the customer.
    var reissue: LedgerEntry?
  }

  /// Whether `credit`, equal to the whole of charge `invoice` (an index of `entries`, dated on
  /// or before the credit), refunds it in full: within the charge's service period when it has
  /// one, and the charge is not billed again (``isBilledAgain(_:after:lines:in:)``). A charge
  /// whose term is a month (a period of a month or less, or none: its rhythm is not read yet)
  /// also needs the file's lines to run at least ``wholeRefundMonthsAfter`` months past the
  /// credit's month (`lastMonth`): near the file's end nothing tells a refunded customer from a
  /// month credited in goodwill, unless the credit's words say the contract is cancelled
  /// (``cancelWords``; trial 51, T51-38). A term charge is never billed again within its term, so there
  /// the credit's words decide instead (``cancelWords``: review 45b, Z-8, an annual refunded
  /// "cancelled" a month before the file's end stayed live; review 46b, R46b-2, a quarter
  /// credited in goodwill there churned). A customer billed again stays a customer: the credit is left to
  /// the other rules (a month credited in goodwill; an invoice cancelled and issued again,
  /// ``reissue(of:lines:in:)``, ``ReissuedCharges``).
  static func isWholeRefund(
    of invoice: Int, by credit: LedgerEntry, lines: [Int], in entries: [LedgerEntry],
    lastMonth: Month
  ) -> Bool {
    if let (_, end) = entries[invoice].period, credit.date > end { return false }
    // Near the file's end a term charge's whole credit ends it only when the credit says the
    // contract is cancelled: a credit in goodwill, one to be issued again, or a duplicate
    // payment refunded says nothing of the customer leaving (review 46b, R46b-2: Z-8's
    // quarterly and annual customers credited so were churned; the baseline kept them).
    // A month's charge credited in full near the end with a word of cancellation is refunded
    // too: the customer left that month (trial 51, T51-38: `Credit - September (cancelled)`
    // kept its month's MRR and the leaver live in one export, a full refund in another, +60%).
    let isNearEnd = credit.date.month.adding(months: wholeRefundMonthsAfter) > lastMonth
    if isNearEnd && !UsageMonths.hasWord(credit.description, of: cancelWords) {
      return false
    }
    return !isBilledAgain(invoice, after: credit.date, lines: lines, in: entries)
  }

  /// Words of a credit saying the contract ends: a term charge credited in full near the file's
  /// end is refunded only with one of them.
  static let cancelWords = [
    "cancel", "cancelled", "canceled", "cancellation", "cancelling", "canceling", "terminated",
    "termination", "churned", "closed account", "account closed",
  ]

  /// Whether the charge `invoice` (an index of `entries`) is billed again on or after `day`: a
  /// charge of its account among `lines` (one-time charges aside) that is the same charge —
  /// the same description (letters only, ``LedgerImporter/repeatKey(_:)``), or the same amount
  /// over as many months (``WrittenOffLines/months(_:)``). Another product of the account billed
  /// on is not the refunded charge billed again (review 45b, Z-7: an annual refunded in full
  /// stayed live and committed because its monthly support add-on went on being billed).
  static func isBilledAgain(
    _ invoice: Int, after day: CivilDate, lines: [Int], in entries: [LedgerEntry]
  ) -> Bool {
    let charge = entries[invoice]
    let key = LedgerImporter.repeatKey(charge.description)
    let months = WrittenOffLines.months(charge.period)
    return lines.contains { i in
      let e = entries[i]
      guard i != invoice, e.amount > 0, e.kind != .oneTime, e.date >= day else { return false }
      return (!key.isEmpty && LedgerImporter.repeatKey(e.description) == key)
        || (e.amount == charge.amount && WrittenOffLines.months(e.period) == months)
    }
  }

  /// The charge issued again in place of `invoice` (an index of `entries`, with a service
  /// period of more than a month) when a credit cancels it in full: another charge of its account
  /// among `lines`, not one-time, of the same amount over as many months, dated on or after it,
  /// whose period overlaps its own (a renewal begins after it). `nil` for none, or for a
  /// charge without a period or of a month (``ReissuedCharges`` reads those by their month).
  /// Review 45b, Z-9: an annual credited in full ("wrong PO") and issued again the next day
  /// counted twice, $66,000 for $42,000.
  static func reissue(of invoice: Int, lines: [Int], in entries: [LedgerEntry]) -> Int? {
    let charge = entries[invoice]
    guard let (start, end) = charge.period else { return nil }
    let months = WrittenOffLines.months(charge.period)
    guard months > 1 else { return nil }
    return lines.filter { i in
      let e = entries[i]
      guard i != invoice, e.amount == charge.amount, e.kind != .oneTime, e.date >= charge.date,
        let (s, t) = e.period, s <= end, t >= start
      else { return false }
      return WrittenOffLines.months(e.period) == months
    }.min { (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line) }
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
      // A credit of the whole of charge `i`: it cancels `i` issued again (review 45b, Z-9), or
      // refunds it in full when it is not billed again (trial 44, T44-9: the match took a refund
      // smaller than the invoice, never one equal to it, and a $30,000 annual refunded in full
      // stayed live, committed ARR). Either way the charge is no revenue: it and the credit
      // become 0.
      func whole(_ i: Int, named isNamed: Bool) -> Ended? {
        let invoice = entries[i]
        // Named, the credit cancels the charge whatever is billed after in its place (review
        // 46b, R46b-3).
        let again =
          reissue(of: i, lines: lines, in: entries)
          ?? (isNamed ? namedReplacement(of: i, by: credit, lines: lines, in: entries) : nil)
          ?? (isNamed ? sameDayReissue(of: i, by: credit, lines: lines, in: entries) : nil)
        guard
          again != nil
            || isWholeRefund(of: i, by: credit, lines: lines, in: entries, lastMonth: lastMonth)
        else { return nil }
        entries[i].amount = 0
        entries[c].amount = 0
        changed.insert(i)
        return Ended(
          credit: credit, invoice: invoice,
          end: CivilDate(daysSinceEpoch: credit.date.daysSinceEpoch - 1),
          isNamed: isNamed, isWhole: true, reissue: again.map { entries[$0] })
      }
      // Naming none, a charge of its amount still in its term is the one refunded in full
      // (review 45b, Z-7: the latest charge was the monthly add-on, and the annual's refund
      // matched nothing).
      // Of several, the one its memo describes (review 46b, R46b-4), else the latest.
      let equals =
        named.isEmpty && !namesAny
        ? lines.filter {
          isCharge($0) && entries[$0].amount == 0 &- credit.amount
            && isInTerm(entries[$0], on: credit.date)
        } : []
      let equal = equals.isEmpty ? nil : described(equals, by: credit, in: entries)
      // The one charge of its amount in term is the one it credits, as if named (review 47b,
      // R47b-8: "Seat reduction - annual subscription credited" of the sole annual, re-issued
      // at 15 seats the next day, counted both, $60,000 for $36,000, while the same credit
      // naming "5000" was read right).
      if let i = equal, let x = whole(i, named: equals.count == 1) {
        ended.append(x)
        continue
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
      if 0 &- credit.amount == invoice.amount {
        if i != equal, let x = whole(i, named: !named.isEmpty) { ended.append(x) }
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
    let ended = ended.filter { $0.reissue == nil }
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

  /// The note on the credits of `ended` that cancel a charge issued again (``Ended/reissue``),
  /// `nil` for none: the credited charge and the credit are no revenue, the re-issue counts;
  /// read as two charges, the account would bill the charge's ARR twice.
  static func reissueNote(
    _ ended: [Ended], file: String, accounts: [ImportedAccount], money: (Int64) -> String
  ) -> String? {
    let found = ended.filter { $0.reissue != nil }
    guard !found.isEmpty else { return nil }
    var arr: Int64 = 0
    let parts = found.map { x -> String in
      let again = x.reissue!
      // A charge without a period has the term its rhythm gives, not read here.
      if x.invoice.period != nil {
        let monthly = x.invoice.amount / Int64(WrittenOffLines.months(x.invoice.period))
        arr = arr &+ monthly.multipliedReportingOverflow(by: 12).partialValue
      }
      func name(_ e: LedgerEntry) -> String {
        e.document.isEmpty ? "the charge on line \(e.line)" : "\"\(e.document)\" (line \(e.line))"
      }
      let credit =
        (x.credit.document.isEmpty ? "the credit" : "\"\(x.credit.document)\"")
        + " (line \(x.credit.line))"
      let sameTerm =
        again.amount == x.invoice.amount
        && WrittenOffLines.months(again.period) == WrittenOffLines.months(x.invoice.period)
      return "\(credit) credits the whole \(money(x.invoice.amount)) of \(name(x.invoice)) "
        + "(\"\(accounts[x.invoice.account].id)\", \(x.invoice.date)), issued again as "
        + "\(name(again)) on \(again.date) "
        + (sameTerm
          ? "for the same amount and term" : "for \(money(again.amount)), read on its own")
    }
    let one = found.count == 1
    return "\(file): \(Counted.phrase(found.count, "credit")) cancel\(one ? "s" : "") a term "
      + "charge issued again: " + parts.prefix(3).joined(separator: "; ")
      + (found.count > 3 ? "; …" : "")
      + ". The credited charge\(one ? " is" : "s are") no revenue and the re-issue counts; read as "
      + "two charges, "
      + (arr == 0
        ? "the credited charge\(one ? "" : "s") would count besides"
        : "ARR would be \(found.contains { $0.invoice.period == nil } ? "at least " : "")"
          + "\(money(arr)) higher")
  }
}
