import ARRCore

/// A ledger line whose description says its customer is leaving (`docs/import.md`, "Invoice
/// ledger", "Cancellation in a line's words"; session 52, crm lane; trial 51, T51-52).
///
/// A ledger has no status column, so the description is where a cancellation is written: "Final
/// invoice - subscription cancelled, service ends 31 Oct 2026", "Monthly subscription (notice
/// received: last month November)". Both accounts were "retained" with no reason, and
/// quality-adjusted ARR counted them: $49,020 where the steady customers make $24,000.
///
/// Decided: an account whose latest day of positive lines holds a line saying so
/// (``saysLeaving(_:)``) leaves on the day the line names (``namedEnd(_:after:)``), else when the
/// line's service ends, else at the end of the line's month: its cancel date, inferred (the
/// cancellation signal in its score), unless the data gives one; a note counts them. A line so
/// worded followed by a later line of its account is not read (it stayed). Words only a
/// product's (`Cancellation insurance add-on`, `cancel anytime`, `Notice period 30 days`, `Price
/// change notice`) say nothing.
extension LedgerCancellations {
  /// Phrases (whole words) saying a customer leaves: the last bill.
  static let finalBillWords = [
    "final invoice", "final bill", "final billing", "last invoice", "final charge",
  ]
  /// Phrases (whole words) naming a fee for ending the contract early: the customer leaves
  /// (session 55, crm lane; review 55, R55-17: `Early termination charge (contract ends 31 Oct
  /// 2026)`, `Cancellation fee`, `Penalización por cancelación anticipada del contrato` beside
  /// the last month were retained), unless after a word of ``notEndingFeeWords``.
  static let endingFeeWords = [
    "termination fee", "termination charge", "termination penalty", "cancellation fee",
    "cancellation charge", "cancellation penalty", "early termination", "early cancellation",
    "exit fee", "kündigungsgebühr", "vorzeitige kündigung", "frais de résiliation",
    "indemnité de résiliation", "pénalité de résiliation", "résiliation anticipée",
    "penalización por cancelación", "cancelación anticipada", "cargo por cancelación",
    "rescisión anticipada", "penale di recesso", "recesso anticipato", "penale per recesso",
  ]
  /// Words before a fee for ending saying it is another's: an appointment's, a late one's
  /// (`Late cancellation fee`, `No-show cancellation fee`), or none (`No cancellation fee`).
  static let notEndingFeeWords: Set<String> = [
    "late", "show", "appointment", "booking", "meeting", "session", "class", "reservation",
    "order", "no", "without", "waived",
  ]

  /// Whether `words` name a fee for ending (``endingFeeWords``) not after a word of
  /// ``notEndingFeeWords``.
  static func namesEndingFee(_ words: [String]) -> Bool {
    endingFeeWords.contains { phrase in
      let p = phrase.split(separator: " ").map(String.init)
      guard words.count >= p.count else { return false }
      return (0...(words.count - p.count)).contains { i in
        Array(words[i..<(i + p.count)]) == p
          && (i == 0 || !notEndingFeeWords.contains(words[i - 1]))
      }
    }
  }
  /// Words saying a subscription was ended, unless after a word of ``notEndedWords``: English,
  /// and German, French and Spanish participles (`gekündigt zum 31.10.2026`, `résilié au
  /// 30/11/2026`; session 53, crm lane; review 53, R53-5).
  static let endedWords: Set<String> = [
    "cancelled", "canceled", "terminated", "churned", "churning", "cancels", "cancelling",
    "canceling", "terminating", "terminates", "gekündigt", "gekuendigt", "résilié", "résiliée",
    "resilie", "resiliee", "cancelado", "cancelada",
    // Italian, Dutch and Portuguese (review 55, R55-17: `Abbonamento modulo base - disdetto`).
    "disdetto", "disdetta", "cancellato", "cancellata", "annullato", "annullata", "opgezegd",
    "beëindigd", "rescindido", "rescindida",
  ]
  /// Words before an end word that deny it or say it was undone.
  static let notEndedWords: Set<String> = [
    "not", "no", "never", "un", "previously", "formerly", "reactivated", "after", "nicht",
    "pas", "non", "nessuna", "nessun", "niet", "keine", "kein",
  ]
  /// Words after an end word saying it was undone (`cancelled in error - reinstated`).
  static let undoneWords: Set<String> = [
    "error", "reinstated", "reversed", "withdrawn", "rescinded", "revoked", "undone",
    "reactivated", "retracted", "restored",
    // An order or invoice cancelled and issued again (`pedido cancelado y reemitido`; review 53,
    // R53-21).
    "reissued", "reemitido", "reemitida", "réémis", "réémise", "reemis", "reemise",
  ]
  /// Words after `notice` (or before it) saying it was given (`notice received`, `notice of
  /// cancellation given`), never a notice's term (`30 days notice of cancellation required`) nor
  /// a notice of something else (`notice of price increase`; review 53, R53-5).
  static let givenWords: Set<String> = ["given", "received", "served", "submitted", "gave"]

  /// Whether `notice` at `i` of `words` is notice given: a word of ``givenWords`` within the
  /// four words after it or right before it, no `required`/`period`/`policy` after it, and not a
  /// span before it (`30 days notice`), nor a negation (`no notice`).
  static func isNoticeGiven(_ words: [String], at i: Int) -> Bool {
    let before = i > 0 ? words[i - 1] : ""
    if ["no", "not", "without"].contains(before) { return false }
    if SubscriptionStatusCheck.noticeSpans.contains(before) { return false }
    let after = words[(i + 1)..<min(words.count, i + 5)]
    if words[(i + 1)...].contains(where: { ["required", "period", "policy", "terms"].contains($0) })
    {
      return false
    }
    return givenWords.contains(before) || after.contains(where: givenWords.contains)
  }

  /// Whether `description` says its customer is leaving: a last bill (``finalBillWords``), a
  /// subscription ended (``endedWords``, ``endsSubscription(_:at:)``), a cancellation or
  /// termination `effective` (`cancellation effective 31 October 2026`), `notice` given or
  /// received (``isNoticeGiven(_:at:)``), or a refusal to renew (`non renewal`, `not renewing`,
  /// `will not renew`).
  static func saysLeaving(_ description: String) -> Bool {
    let clauses = Clauses(description)
    let words = clauses.words
    guard !words.isEmpty else { return false }
    if UsageMonths.hasWord(description, of: finalBillWords) { return true }
    if namesEndingFee(words) { return true }
    for (i, w) in words.enumerated() {
      if endedWords.contains(w) && endsSubscription(clauses, at: i) { return true }
      if ["cancellation", "termination"].contains(w), i + 1 < words.count,
        words[i + 1] == "effective", endsSubscription(clauses, at: i)
      {
        return true
      }
      if w == "notice" && isNoticeGiven(words, at: i) { return true }
    }
    let t = words.joined(separator: " ")
    return t.contains("non renew") || t.contains("nonrenew") || t.contains("not renewing")
      || SubscriptionStatusCheck.refusesRenewal(words)
  }

  /// The day `description` names as the end, on or after `day`'s month: `31 Oct 2026`, `Oct
  /// 31, 2026`, `2026-10-31` (its last day), `November 2026` or a month alone after `month`,
  /// `until`, `through`, `ends` (`last month November`: the month's last day, the first such
  /// month on or after `day`'s). `nil` when it names none.
  static func namedEnd(_ description: String, after day: CivilDate) -> CivilDate? {
    let w = UsageMonths.words(description)
    let from = day.month
    func accept(_ d: CivilDate?) -> CivilDate? {
      guard let d, d.month >= from, d.month <= from.adding(months: 36) else { return nil }
      return d
    }
    func number(_ s: Substring) -> Int? {
      s.count <= 2 && s.allSatisfy(\.isNumber) ? Int(s) : nil
    }
    for i in w.indices {
      let a = w[i]
      let b = i + 1 < w.count ? w[i + 1] : ""
      let c = i + 2 < w.count ? w[i + 2] : ""
      if let y = UsageMonths.year(a), let m = UsageMonths.monthNumber(b), let d = number(c) {
        if let found = accept(CivilDate(year: y, month: m, day: d)) { return found }
      }
      if let d = number(a), let m = UsageMonths.monthName(b), let y = UsageMonths.year(c) {
        if let found = accept(CivilDate(year: y, month: m, day: d)) { return found }
      }
      // `31.10.2026`, `30/11/2026` (day first, as German and French write it), else `11/30/2026`.
      if let x = number(a), let z = number(b), let y = UsageMonths.year(c) {
        let day = CivilDate(year: y, month: z, day: x) ?? CivilDate(year: y, month: x, day: z)
        if let found = accept(day) { return found }
      }
      if let m = UsageMonths.monthName(a), let d = number(b), let y = UsageMonths.year(c) {
        if let found = accept(CivilDate(year: y, month: m, day: d)) { return found }
      }
      if let m = UsageMonths.monthName(a), let y = UsageMonths.year(b) {
        if let found = accept(CivilDate.lastDay(of: Month(year: y, month: m))) { return found }
      }
      let before = i > 0 ? w[i - 1] : ""
      if let m = UsageMonths.monthName(a), a.count >= 3,
        ["month", "until", "through", "thru", "ends", "end", "ending", "in"].contains(before)
      {
        var month = Month(year: from.year, month: m)
        if month < from { month = Month(year: from.year + 1, month: m) }
        if let found = accept(CivilDate.lastDay(of: month)) { return found }
      }
    }
    return nil
  }

  /// Reads the accounts of `entries` whose latest positive lines say the customer is leaving
  /// (see the type's notes) into `company`, with a note.
  /// - Complexity: O(lines × description length).
  static func applyDescriptions(
    _ entries: [LedgerEntry], file: String, into company: inout ImportedCompany
  ) {
    var latest = [CivilDate?](repeating: nil, count: company.accounts.count)
    for e in entries where e.amount > 0 && e.account < latest.count {
      if let d = latest[e.account], d >= e.date { continue }
      latest[e.account] = e.date
    }
    let parts = partsEnded(entries, latest: latest)
    var read = 0
    var undone = 0
    var example: (id: String, text: String, end: CivilDate)?
    var done = Set<Int>()
    // Each distinct description read once (hostile 55, H55-2).
    var leaving = DescriptionMemo(saysLeaving)
    for e in entries where e.amount > 0 && e.account < latest.count && leaving(e.description) {
      guard let last = latest[e.account] else { continue }
      guard e.date == last else {
        undone += 1
        continue
      }
      guard !done.contains(e.account), company.accounts[e.account].cancelDate == nil,
        !parts.contains(e.account)
      else {
        continue
      }
      done.insert(e.account)
      let end =
        namedEnd(e.description, after: e.date) ?? e.period?.end
        ?? CivilDate.lastDay(of: e.date.month)
      company.accounts[e.account].cancelDate = end
      company.accounts[e.account].inferred.insert(.cancelDate)
      read += 1
      if example == nil { example = (company.accounts[e.account].id, e.description, end) }
    }
    var notes = [String]()
    if let example {
      notes.append(
        "the latest line of \(Counted.phrase(read, "account")) says the customer is leaving "
          + "(e.g. \"\(example.id)\": \"\(example.text)\"): each leaves on the day the line "
          + "names, else when its service ends, read as its cancel date (the cancellation "
          + "signal in its score; \(example.end))")
    }
    if !parts.isEmpty {
      notes.append(
        "the latest day of \(Counted.phrase(parts.count, "account")) holds a line saying it "
          + "ends beside larger lines not saying so: a part ended (a contraction at most), "
          + "not read as leaving")
    }
    if undone > 0 {
      notes.append(
        "\(Counted.phrase(undone, "line")) saying so \(undone == 1 ? "is" : "are") followed by "
          + "a later line of \(undone == 1 ? "its" : "their") account: not read as notice")
    }
    guard !notes.isEmpty else { return }
    company.log.notes.append("\(file): " + notes.joined(separator: "; "))
  }

  /// The accounts whose latest day (`latest`) holds lines saying the customer is leaving
  /// (``saysLeaving(_:)``), each naming a product's part (``namesProductPart(_:)``) and none a
  /// last bill (``finalBillWords`` name the whole bill), summing to less than that day's other
  /// positive lines: what ended is a part beside the continuing plan (`Add-on subscription
  /// cancelled` 200 beside `Monatsabo Plattform` 1,500; session 54, crm lane; review 53, R53-21),
  /// a contraction at most. A line naming no part (`Early termination fee - contract cancelled`)
  /// is the account leaving, smaller or not (session 55, crm lane; review 54, R54-22).
  /// - Complexity: O(lines × description length).
  static func partsEnded(_ entries: [LedgerEntry], latest: [CivilDate?]) -> Set<Int> {
    var sums = [Int: (leaving: Int64, other: Int64, whole: Bool)]()
    // Each distinct description read once (hostile 55, H55-2): whether it says the customer
    // leaves, and whether the whole bill (a last bill's words, or no product's part named).
    var reading = DescriptionMemo { text -> (leaving: Bool, whole: Bool) in
      guard saysLeaving(text) else { return (false, false) }
      return (true, UsageMonths.hasWord(text, of: finalBillWords) || !namesProductPart(text))
    }
    for e in entries where e.amount > 0 && e.account < latest.count {
      guard let last = latest[e.account], e.date == last else { continue }
      var s = sums[e.account] ?? (0, 0, false)
      let read = reading(e.description)
      if read.leaving {
        s.leaving = Money.saturatingSum(s.leaving, e.amount)
        s.whole = s.whole || read.whole
      } else {
        s.other = Money.saturatingSum(s.other, e.amount)
      }
      sums[e.account] = s
    }
    return Set(
      sums.filter {
        $0.value.leaving > 0 && !$0.value.whole && $0.value.other > $0.value.leaving
      }.keys)
  }
}
