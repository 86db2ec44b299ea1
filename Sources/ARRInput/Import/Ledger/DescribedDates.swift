import ARRCore

/// A line whose description states its period with both dates ("Annual renewal 01/11/2026 -
/// 31/10/2027", "Additional 25 seats, prorated 01/07/2026 - 31/12/2026 (co-termed)") serves
/// those dates, not a term counted from its invoice date (`docs/import.md`, "A period written
/// with its dates"; session 52, imp lane; trial 51, T51-17: a renewal invoiced a week early
/// replaced the current price in the as-of month, an annual term invoiced in December for
/// January was December's, and a co-termed upsell was a one-time fee: headline 52,800 for
/// 70,800).
///
/// Decided: a positive line without a period, not typed usage, whose description holds exactly
/// one range of two dates (`d1 - d2`, `d1 – d2`, `d1 to d2`, `d1 bis d2`, `d1 au d2`, `d1 al
/// d2`, or `d1-d2` glued), each a whole date, one of them at least written one way only (`31/10`,
/// an ISO date), read in the one day/month order that makes the range run forward over 28 days
/// to 37 months and start within 13 months of the invoice: the line's service period is that
/// range.
enum DescribedDates {
  /// Words joining the two dates of a range.
  static let joiners: Set<String> = [
    "-", "–", "—", "to", "bis", "au", "al", "till", "until",
    // `from … through …` (review 53, R53-17), and French, Spanish, Dutch, Italian.
    "through", "thru", "jusqu'au", "jusqu’au", "hasta", "tot", "fino",
  ]

  /// `text` with each date written with its month's name (`1 Nov 2025`, `Nov 1, 2026`, `1.
  /// November 2026`) written as an ISO date, which reads one way (review 53, R53-17: QuickBooks'
  /// and Xero's descriptions write periods so as often as in digits).
  static func isoNamedDates(_ text: String) -> String {
    var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard words.count >= 3, text.contains(where: \.isLetter) else { return text }
    func trimmed(_ w: String) -> Substring {
      var t = Substring(w)
      while let l = t.last, ".,".contains(l) { t = t.dropLast() }
      return t
    }
    func day(_ w: String) -> Int? {
      let t = trimmed(w)
      guard (1...2).contains(t.count), let d = Int(t), (1...31).contains(d) else { return nil }
      return d
    }
    func month(_ w: String) -> Int? {
      let t = trimmed(w).lowercased()
      return t.count >= 3 ? UsageMonths.monthName(Substring(t)) : nil
    }
    var i = 0
    var changed = false
    while i + 2 < words.count {
      let year = UsageMonths.year(trimmed(words[i + 2]))
      var parts: (Int, Int)?
      if let d = day(words[i]), let m = month(words[i + 1]) { parts = (d, m) }
      if parts == nil, let m = month(words[i]), let d = day(words[i + 1]) { parts = (d, m) }
      if let (d, m) = parts, let y = year, let date = CivilDate(year: y, month: m, day: d) {
        let tail = words[i + 2].hasSuffix(",") ? "," : ""
        words.replaceSubrange(i...(i + 2), with: ["\(date)" + tail])
        changed = true
      }
      i += 1
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// The range `description` states, for a line dated `date`; `nil` unless exactly one.
  static func range(in text: String, date: CivilDate) -> (CivilDate, CivilDate)? {
    range(of: datePairs(in: text), date: date)
  }

  /// The range of ``range(in:date:)`` among the readings of `text`'s date pairs
  /// (``datePairs(in:)``), `date` the invoice's.
  static func range(of pairs: [[(CivilDate, CivilDate)]], date: CivilDate) -> (
    CivilDate, CivilDate
  )? {
    var found = [(CivilDate, CivilDate)]()
    for pair in pairs {
      var readings = Set<[Int32]>()
      for (s, e) in pair where isPlausible(s, e, date: date) {
        readings.insert([s.daysSinceEpoch, e.daysSinceEpoch])
      }
      guard readings.count == 1, let r = readings.first else { continue }
      found.append((CivilDate(daysSinceEpoch: r[0]), CivilDate(daysSinceEpoch: r[1])))
    }
    guard found.count == 1 else { return nil }
    return found[0]
  }

  /// The pairs of dates `text` writes as a range (`01/07/2026 - 31/12/2026`), each with its
  /// readings day first and month first: the part of ``range(in:date:)`` that depends on the
  /// text alone, read once per distinct description (hostile 55, H55-2). Two dates that each
  /// read both ways say no order: such a pair is left out.
  static func datePairs(in text: String) -> [[(CivilDate, CivilDate)]] {
    guard text.contains(where: \.isNumber) else { return [] }
    let description = isoNamedDates(text)
    let words = description.split(whereSeparator: \.isWhitespace).map { w in
      let trim: (Character) -> Bool = { "()[],;:".contains($0) }
      var t = w.drop(while: trim)
      while let l = t.last, trim(l) { t = t.dropLast() }
      return String(t)
    }
    var pairs = [(String, String)]()
    for (k, w) in words.enumerated() {
      if k + 2 < words.count, joiners.contains(words[k + 1].lowercased()) {
        pairs.append((w, words[k + 2]))
      }
      // Glued: `01/07/2026-31/12/2026` (not an ISO date's own dashes).
      let parts = w.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 2, parts.allSatisfy({ $0.contains("/") || $0.contains(".") }) {
        pairs.append((String(parts[0]), String(parts[1])))
      }
    }
    var out = [[(CivilDate, CivilDate)]]()
    for (a, b) in pairs where !(LedgerDate.isAmbiguous(a) && LedgerDate.isAmbiguous(b)) {
      guard isDate(a), isDate(b) else { continue }
      var readings = [(CivilDate, CivilDate)]()
      for order in [DateOrder.dmy, .mdy] {
        guard let s = LedgerDate.parse(a, order: order), let e = LedgerDate.parse(b, order: order)
        else { continue }
        readings.append((s, e))
      }
      out.append(readings)
    }
    return out
  }

  /// Whether `text` is written as a whole date: digits in three parts joined by `/`, `.` or
  /// `-`, one of four digits.
  static func isDate(_ text: String) -> Bool {
    let parts = text.split(whereSeparator: { "/.-".contains($0) })
    return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
      && parts.contains { $0.count == 4 }
  }

  /// A range running forward over 28 days to 37 months, starting within 13 months of `date`.
  static func isPlausible(_ start: CivilDate, _ end: CivilDate, date: CivilDate) -> Bool {
    let days = end.days(since: start) + 1
    return days >= 28 && days <= 1_130 && abs(start.days(since: date)) <= 400
  }

  /// The year of `range` starting on the anniversary of its start nearest `date` (not past its
  /// last whole year).
  static func yearOf(_ range: (CivilDate, CivilDate), nearest date: CivilDate) -> (
    CivilDate, CivilDate
  ) {
    let years = max(1, (range.1.month.months(since: range.0.month) + 1) / 12)
    let k = min(years - 1, max(0, Int((Double(date.days(since: range.0)) / 365.25).rounded())))
    let start = ServicePeriod.adding(months: 12 * k, to: range.0)
    return DescribedTerm.period(from: start, months: 12, days: 0)
  }

  /// Words saying a line renews a term.
  static let renewalWords: Set<Substring> = [
    "renewal", "renew", "renews", "renewing", "expiring", "expires", "renouvellement",
    "verlängerung", "vertragsverlängerung", "renovación", "renovacion", "rinnovo", "verlenging",
    "renovação", "renovacao",
  ]

  /// The term after `range` (from the day after its end, as long) when line `e` says it renews
  /// (``renewalWords``) and is invoiced in the range's last month or the two after it, half a
  /// year or more after the range began: the range is the term expiring, not the one paid for.
  /// `nil` otherwise (a renewal stating its new term, a year billed in arrears saying no
  /// renewal).
  static func renewedTerm(_ range: (CivilDate, CivilDate), line e: LedgerEntry) -> (
    CivilDate, CivilDate
  )? {
    let toEnd = range.1.days(since: e.date)
    guard toEnd >= -62, toEnd <= 31, e.date.days(since: range.0) >= 182,
      UsageMonths.words(e.description).contains(where: renewalWords.contains)
    else { return nil }
    let start = CivilDate(daysSinceEpoch: range.1.daysSinceEpoch + 1)
    let months = start.month.months(since: range.0.month)
    if ServicePeriod.adding(months: months, to: range.0) == start {
      return DescribedTerm.period(from: start, months: months, days: 0)
    }
    return DescribedTerm.period(from: start, months: 0, days: range.1.days(since: range.0) + 1)
  }

  /// Gives each line that states its period with both dates that period, with a note.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    var read = [Int]()
    var pairs = DescriptionMemo(datePairs)
    for i in entries.indices {
      let e = entries[i]
      guard e.amount > 0, e.period == nil, e.kind != .usage, !e.description.isEmpty,
        var r = range(of: pairs(e.description), date: e.date)
      else { continue }
      // An agreement's dates on a line that pays one year of it (`Year 2 of 3 - agreement
      // 01/03/2025 - 28/02/2028`, `billed annually`): the agreement's year the invoice falls
      // nearest to (review 53, R53-9: each year's payment was served over all 36 months).
      if r.1.month.months(since: r.0.month) > 12,
        DescribedTerm.paysAYear(UsageMonths.words(e.description))
      {
        r = yearOf(r, nearest: e.date)
      }
      // A renewal quoting the term it renews, invoiced in that term's last weeks (`Renewal of
      // agreement expiring 31/10/2026 (term 01/11/2025 - 31/10/2026)`): the next term, as
      // long (review 53, R53-9's w10: the renewal was read as the year ending, the customer
      // churned the month after).
      if let next = renewedTerm(r, line: e) { r = next }
      entries[i].period = r
      read.append(i)
    }
    guard let first = read.first.map({ entries[$0] }) else { return }
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) state\(read.count == 1 ? "s" : "") the "
        + "dates of the period it pays for (\"\(first.description)\" on line \(first.line)): "
        + "served over those dates, not a term counted from the invoice's date")
  }
}
