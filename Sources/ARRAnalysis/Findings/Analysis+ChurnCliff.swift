import ARRCore
import ARRMetrics

extension Analysis {
  /// What a cliff month's leavers say about it.
  struct CliffLeavers: Sendable, Equatable {
    /// Accounts paying the month before and nothing in the month.
    var leavers = 0
    /// Of them, pilots and accounts whose contract term ended in the month before or in the
    /// month itself (its end date given in accounts.csv): non-renewals on schedule.
    var atTermEnd = 0
    /// Of ``atTermEnd``, the pilots (the rest ended on their contract's end date).
    var pilots = 0
    /// Of them, those not at term end with a cancellation on file dated on or before the
    /// month's end (`cancel_date`): departures the data records (trial 37, T37-8: five
    /// accounts that gave notice a month before read "A data cut-off or a real cliff?").
    var withNotice = 0
    /// Of them, annual and multi-year accounts whose term runs past the month (its end date after it), with no
    /// cancellation on file: a stop the terms do not explain, a missing row or an unpaid invoice
    /// as likely as a departure (trial 37, T37-25: an annual account at 90% of MRR, its term to
    /// 2027-10, "left … not a data cut-off" for one missing row).
    var midTerm = 0
    /// Of them, those paying again within 12 months (within the data).
    var returned = 0
    /// Whether the data runs 12 months past the month (else `returned` counts what it can).
    var seesAYear = false
    /// Of them, those paying in the last month of the data.
    var payingAtLast = 0
    /// Of those, the earliest and the latest month one of them first paid again after the
    /// month, as offsets from the as-of month (≤ 0): what "all pay again" names (trial 37,
    /// T37-7: leavers back in 2025-12 read "all pay again in 2026-10", the as-of month).
    var firstBackEarliest: Int? = nil
    var firstBackLatest: Int? = nil
    /// The smallest MRR a leaver paid in the month before, cents (0 without leavers): a row
    /// skipped under `--lenient` carrying less could not be any leaver's.
    var smallestMRR: Int64 = 0
    /// The first leavers as prose names them (``Account/quotedLabel``), at most
    /// ``Finding/churnCliffMinimumLeavers`` of them, in account order; empty without a company.
    var firstLabels: [String] = []
    /// The ids of those leavers, in the same order.
    var firstIDs: [String] = []
  }

  /// Whether the importer's findings (``DataQuality/notes``, the first
  /// ``DataQuality/findingCount``) name the account `id`, quoted or opening a parenthesis
  /// (`"Birch Media" (cus_002, …)`): ids of three characters or more, so that `(1 account`
  /// names no account `1`.
  static func isNamedByImportFinding(_ id: String, _ company: Company) -> Bool {
    guard id.count >= 3 else { return false }
    let dq = company.dataQuality
    // Only a finding saying an account may be another's (one customer under two ids, a
    // rename): a finding quoting the account for another reason doubts no churn.
    let doubts = [
      "written two ways", "one customer", "same customer", "another id", "new id", "two ids",
      "renamed",
    ]
    return dq.notes.prefix(dq.findingCount).contains { text in
      guard doubts.contains(where: { text.contains($0) }) else { return false }
      if text.contains("\"\(id)\"") { return true }
      var rest = Substring(text)
      while let r = rest.firstRange(of: "(" + id) {
        let after = rest[r.upperBound...].first
        if after.map({ !$0.isLetter && !$0.isNumber }) ?? true { return true }
        rest = rest[r.upperBound...]
      }
      return false
    }
  }

  /// One month that qualifies as a cliff.
  struct CliffMonth {
    var index: Int
    var month: BridgeMonth
    var norm: Double
    var share: Double
  }

  /// `churn_cliff`: months whose churned MRR exceeds both ``Finding/churnCliffMultiple`` × the
  /// mean churned MRR of up to ``Finding/churnCliffNormMonths`` months before it (a norm that
  /// may be zero) and ``Finding/churnCliffShareOfOpening`` of its opening MRR. With `revenue`, a
  /// month that opens a revenue gap whose every leaver pays again when it ends is the gap
  /// (``gapChurn(at:_:asOf:_:)``), not a cliff.
  ///
  /// With `company` and `revenue` a cliff is first explained from its leavers (session 18,
  /// findings lane; trial 18b, G5 and G6: a school year's summer and multi-year terms ending on
  /// their end date were both "a data cut-off or a real cliff?"):
  /// - **at term end**: at least ``Finding/churnCliffExplainedShare`` of its leavers are pilots
  ///   or ended on their contract's end date (the month before or the month itself): info,
  ///   named as non-renewals;
  /// - **seasonal**: the same calendar month qualifies in another year too, and at least
  ///   ``Finding/churnCliffExplainedShare`` of the leavers of this month or of an earlier such
  ///   month paid again within 12 months: info, or a warning when the as-of month is one of them
  ///   (its headline is a seasonal low).
  /// The month named is the largest unexplained one that is recent (within
  /// ``Finding/churnCliffRecentMonths`` of as-of) or large (its churned MRR at least
  /// ``Finding/churnCliffShareOfOpening`` of today's MRR), else the largest unexplained, else the
  /// largest explained. An unexplained cliff is critical in the as-of month (where a cut-off in
  /// the data looks exactly like one), a warning when recent or large, and info when it is
  /// neither: a two-account cliff years ago is context, not what matters most today. With
  /// `company`, the message ends with what its churn rests on when the import's reading is a
  /// guess or before discounts (``readingSentences(_:_:)``).
  static func churnCliff(
    _ bridge: [BridgeMonth], asOf: Month, f: NumberFormat, company: Company? = nil,
    revenue: RevenueMatrix? = nil
  ) -> Finding? {
    var cliffs: [CliffMonth] = []
    for (i, m) in bridge.enumerated() where m.opening > 0 {
      // The churn of a month that opens a revenue gap, every leaver paying again when it ends,
      // is the gap's: `revenue_gap` says it (trial 37, T37-7: the same three empty months
      // read as a gap and as a churn cliff).
      if m.closing == 0, let revenue, gapChurn(at: i, bridge, asOf: asOf, revenue) != nil {
        continue
      }
      let prior = bridge[max(0, i - Finding.churnCliffNormMonths)..<i].filter { $0.opening > 0 }
      guard prior.count >= Finding.churnCliffMinimumNormMonths else { continue }
      let norm = Double(prior.reduce(Int64(0)) { $0 + $1.churn }) / Double(prior.count)
      let share = Double(m.churn) / Double(m.opening)
      guard Double(m.churn) > Finding.churnCliffMultiple * norm,
        share > Finding.churnCliffShareOfOpening
      else { continue }
      cliffs.append(CliffMonth(index: i, month: m, norm: norm, share: share))
    }
    guard !cliffs.isEmpty else { return nil }
    let today = bridge.last?.closing ?? 0
    func age(_ c: CliffMonth) -> Int { asOf.months(since: c.month.month) }
    func isProminent(_ c: CliffMonth) -> Bool {
      age(c) <= Finding.churnCliffRecentMonths
        || Double(c.month.churn) >= Finding.churnCliffShareOfOpening * Double(today)
    }
    // Leavers only for the months that could be explained: the most recent ones, at most
    // ``Finding/churnCliffExplainedMonths`` (each is a pass over the accounts).
    var leavers: [Int: CliffLeavers] = [:]
    if let company, let revenue {
      for c in cliffs.suffix(Finding.churnCliffExplainedMonths) {
        leavers[c.index] = cliffLeavers(c.month.month, asOf: asOf, company, revenue)
      }
    }
    func isAtTermEnd(_ c: CliffMonth) -> Bool {
      guard let l = leavers[c.index], l.leavers > 0 else { return false }
      return Double(l.atTermEnd + l.withNotice)
        >= Finding.churnCliffExplainedShare * Double(l.leavers)
    }
    func returns(_ c: CliffMonth) -> Bool {
      guard let l = leavers[c.index], l.leavers > 0 else { return false }
      return Double(l.returned) >= Finding.churnCliffExplainedShare * Double(l.leavers)
    }
    func sameMonth(_ c: CliffMonth) -> [CliffMonth] {
      cliffs.filter { $0.index != c.index && age($0) % 12 == age(c) % 12 }
    }
    func isSeasonal(_ c: CliffMonth) -> Bool {
      let others = sameMonth(c)
      guard !others.isEmpty else { return false }
      return returns(c) || others.contains { $0.index < c.index && returns($0) }
    }
    let unexplained = cliffs.filter { !isAtTermEnd($0) && !isSeasonal($0) }
    let largest = { (list: [CliffMonth]) in list.max { $0.share < $1.share } }
    let best =
      largest(unexplained.filter(isProminent)) ?? largest(unexplained) ?? largest(cliffs)!
    let isLast = best.month.month == asOf
    let figures =
      "\(count(best.month.churnedAccounts, "account", f)) left"
    let amount =
      "with \(f.compactMoney(cents: best.month.churn)) of MRR, "
      + "\(f.percent(best.share)) of opening MRR"
    let reading = company.map { readingSentences($0, "This churn rests") } ?? ""
    if !unexplained.contains(where: { $0.index == best.index }), let l = leavers[best.index] {
      if isSeasonal(best) {
        let months = ([best] + sameMonth(best)).map(\.month.month).sorted().map(f.month)
        let seasonLow =
          sameMonth(best).contains { $0.month.month == asOf } || isLast
          ? " \(f.month(asOf)) is one of those months: its headline ARR is likely a seasonal "
            + "low." : ""
        let back =
          l.seesAYear || l.returned > 0
          ? "; \(f.integer(l.returned)) of the \(f.integer(l.leavers)) paid again within 12 "
            + "months" : ""
        return Finding(
          code: .churnCliff, severity: seasonLow.isEmpty ? .info : .warning,
          message: "Seasonal churn: in \(f.month(best.month.month)) \(figures) \(amount)"
            + "\(back), and the same month of the year shows such a drop "
            + "\(count(months.count, "time", f)) (\(months.joined(separator: ", "))). A drop in the "
            + "same month every year with the accounts coming back is seasonality, not a data "
            + "cut-off: compare like months." + seasonLow + reading,
          weight: seasonLow.isEmpty ? best.share * 0.5 : 2 + best.share)
      }
      let explained = l.atTermEnd + l.withNotice
      let all = explained == l.leavers
      // Only the causes found are named (review 37, R37-17: five leavers who all gave notice
      // read "at the end of a contract term …, a pilot ending or with a cancellation on file").
      var causes: [String] = []
      if l.atTermEnd > l.pilots {
        causes.append(
          "at the end of a contract term (its end date in that month or the month before)")
      }
      if l.pilots > 0 { causes.append("a pilot ending") }
      if l.withNotice > 0 { causes.append("with a cancellation on file (a cancel_date by then)") }
      let listed =
        causes.count <= 1
        ? causes.joined()
        : causes.dropLast().joined(separator: ", ") + " or " + causes[causes.count - 1]
      let why =
        " \(listed): "
        + (l.withNotice == 0 ? "non-renewals on schedule" : "departures the data records")
        + ", not a data cut-off."
      return Finding(
        code: .churnCliff, severity: .info,
        message: "Churn in \(f.month(best.month.month)): \(figures) \(amount); "
          + (all ? "every one of them" : "\(f.integer(explained)) of the \(f.integer(l.leavers))")
          + why + " They count as churn in the trailing figures." + reading,
        weight: best.share * 0.5)
    }
    // Those of the month's leavers who pay again in the as-of month are not churned by then:
    // said, so "1 account left" does not read against a backtest or an account count in which
    // none churned (session 15, report: page one said both).
    // One pass over the best month's leavers, reused when it is among the explained months.
    let bestLeavers =
      leavers[best.index] ?? revenue.map { cliffLeavers(best.month.month, asOf: asOf, company, $0) }
    var back = ""
    // The month they came back, not the as-of month (trial 37, T37-7: back in 2025-12 read
    // "all pay again in 2026-10").
    if let l = bestLeavers, let earliest = l.firstBackEarliest, let latest = l.firstBackLatest,
      !isLast, l.payingAtLast > 0
    {
      let n = l.payingAtLast
      let from = f.month(asOf.adding(months: earliest))
      let when =
        earliest == latest
        ? "from \(from)" : "by \(f.month(asOf.adding(months: latest))), the first from \(from)"
      back =
        n == best.month.churnedAccounts
        ? " (\(n == 1 ? "it pays" : "all pay") again \(when))"
        : " (\(f.integer(n)) of them pay again \(when))"
    }
    let normWords =
      best.norm == 0
      ? "after months with no churn at all"
      : "\(f.number(Double(best.month.churn) / best.norm, decimals: 1))× the trailing monthly "
        + "average of \(f.compactMoney(cents: Int64(best.norm.rounded())))"
    // "1 other month also qualifies", "2 other months also qualify" (session 15, report).
    let others =
      cliffs.count > 1
      ? " (\(count(cliffs.count - 1, "other month", f)) also qualif\(cliffs.count == 2 ? "ies" : "y"))"
      : ""
    let prominent = isProminent(best)
    // An old, small cliff is context: its age and its size against today's MRR are said.
    let context =
      prominent
      ? ""
      : " It is \(count(age(best), "month", f)) before \(f.month(asOf)), and its churn is "
        + "\(f.percent(today > 0 ? Double(best.month.churn) / Double(today) : 0)) of today's MRR."
    // A skipped row is in no month; it could be a leaver's only when what the skipped rows
    // carried is unknown or at least the smallest leaver's MRR (review 37, R37-17: one skipped
    // row of $0 turned a real departure into "a leaver may be … skipped").
    let dq = company?.dataQuality
    let couldBeALeaver =
      dq.map {
        $0.isSkippedMRRUnknown || $0.isSkippedMRRTooLarge
          || $0.skippedMRRCents >= (bestLeavers?.smallestMRR ?? 0)
      } ?? false
    let skippedRows = couldBeALeaver ? dq?.skippedCount ?? 0 : 0
    let skipped =
      skippedRows == 0
      ? ""
      : " \(count(skippedRows, "input row", f)) \(skippedRows == 1 ? "was" : "were") skipped "
        + "(`--lenient`) and \(skippedRows == 1 ? "is" : "are") in no month: a leaver may be an "
        + "account whose row was skipped, not a departure (Data quality lists them)."
    // One or two leavers are no export's cut-off, however large their share: a large account
    // leaving is the revenue's concentration, named as such and never critical (session 22,
    // lead; trial 22, T22-26: one account of 25 leaving led page one as a critical "data
    // cut-off?").
    if best.month.churnedAccounts < Finding.churnCliffMinimumLeavers {
      let names = company == nil ? nil : bestLeavers?.firstLabels
      let who =
        names.map { $0.isEmpty ? figures : $0.joined(separator: " and ") + " left" }
        ?? figures
      // Leavers whose terms run on with no notice: the stop is as likely a missing row as a
      // departure, critical in the as-of month, where the headline rests on it (trial 37,
      // T37-25).
      if let l = bestLeavers, l.leavers > 0, l.midTerm == l.leavers {
        let one = l.leavers == 1
        return Finding(
          code: .churnCliff, severity: isLast ? .critical : prominent ? .warning : .info,
          message:
            "Churn in \(f.month(best.month.month)) against the terms: \(who)\(back) \(amount), "
            + "\(normWords)\(others), though \(one ? "its" : "their") contract term"
            + "\(one ? " runs" : "s run") past that month with no cancellation on file. A missing "
            + "row or an unpaid invoice, or a departure? Check the source before relying on "
            + (isLast ? "any figure as of this month." : "the retention figures.") + skipped
            + context + reading,
          weight: prominent
            ? 2 + best.share
            : today > 0 ? min(Double(best.month.churn) / Double(today), 1) : best.share)
      }
      let few = best.month.churnedAccounts == 1 ? "One account" : "Two accounts"
      // Leavers an import finding names (one customer under two ids, a rename): the churn is
      // as likely that customer renewing under another id, and the finding said so first
      // (trial 51, T51-40: page one asserted the churn its item 1 called doubtful).
      if let company, let l = bestLeavers, !l.firstIDs.isEmpty, l.leavers == l.firstIDs.count,
        l.firstIDs.allSatisfy({ isNamedByImportFinding($0, company) })
      {
        let one = l.leavers == 1
        return Finding(
          code: .churnCliff, severity: .info,
          message:
            "Churn in \(f.month(best.month.month)), if the import's reading holds: \(who)\(back) "
            + "\(amount), \(normWords)\(others). An import finding names "
            + "\(one ? "this account" : "these accounts") (Data quality): if \(one ? "it is" : "they are")"
            + " a customer also billed under another id, this is no churn but the same customer "
            + "going on." + context + reading,
          weight: 0)
      }
      // Rows skipped under `--lenient` are in no month: a leaver may be a skipped row (trial
      // 37, T37-22: an as-of row with a typo read "Alpha left … not a data cut-off").
      let why =
        skipped.isEmpty
        ? " \(few) leaving is not a data cut-off: it shows how much of the revenue a few "
          + "accounts hold."
        : skipped
      return Finding(
        code: .churnCliff, severity: prominent ? .warning : .info,
        message:
          "Concentrated churn in \(f.month(best.month.month)): \(who)\(back) \(amount), "
          + "\(normWords)\(others)." + why + context + reading,
        weight: prominent
          ? 2 + best.share
          : today > 0 ? min(Double(best.month.churn) / Double(today), 1) : best.share)
    }
    return Finding(
      code: .churnCliff, severity: isLast ? .critical : prominent ? .warning : .info,
      message:
        "Churn cliff in \(f.month(best.month.month)): \(figures)\(back) \(amount), "
        + "\(normWords)\(others). A data cut-off or a real cliff? Check the source before relying on "
        + (isLast ? "any figure as of this month." : "the retention figures.") + skipped + context
        + reading,
      weight: prominent
        ? 2 + best.share
        : today > 0 ? min(Double(best.month.churn) / Double(today), 1) : best.share)
  }

  /// The leavers of `month`: accounts paying the month before and nothing in it. Without a
  /// company no term is known (none counts as at term end) and no id is named.
  /// - Complexity: O(accounts × 13).
  static func cliffLeavers(
    _ month: Month, asOf: Month, _ company: Company?, _ revenue: RevenueMatrix
  ) -> CliffLeavers {
    let last = revenue.monthCount - 1
    let col = last - asOf.months(since: month)
    var out = CliffLeavers()
    guard col > 0 else { return out }
    out.seesAYear = col + 12 <= last
    let previous = month.adding(months: -1)
    for a in 0..<revenue.accountCount
    where revenue.mrr(account: a, month: col - 1) > 0 && revenue.mrr(account: a, month: col) == 0 {
      out.leavers += 1
      let before = revenue.mrr(account: a, month: col - 1)
      out.smallestMRR = out.leavers == 1 ? before : min(out.smallestMRR, before)
      if revenue.mrr(account: a, month: last) > 0 {
        out.payingAtLast += 1
        // The first month it paid again (there is one: it pays in the last month).
        let back = ((col + 1)...last).first { revenue.mrr(account: a, month: $0) > 0 } ?? last
        out.firstBackEarliest = min(out.firstBackEarliest ?? 0, back - last)
        out.firstBackLatest = max(out.firstBackLatest ?? (back - last), back - last)
      }
      if col < last,
        ((col + 1)...min(last, col + 12)).contains(where: { revenue.mrr(account: a, month: $0) > 0 }
        )
      {
        out.returned += 1
      }
      guard let company else { continue }
      if out.firstLabels.count < Finding.churnCliffMinimumLeavers {
        out.firstLabels.append(company.withAccountRows { $0.quotedLabel(a) })
        out.firstIDs.append(company.accounts[a].id)
      }
      let terms = company.terms(of: a)
      if terms.contractType == .pilot {
        out.atTermEnd += 1
        out.pilots += 1
      } else if let end = terms.contractEndDate, end.month == month || end.month == previous {
        out.atTermEnd += 1
      } else if let cancel = terms.cancelDate, cancel.month <= month {
        out.withNotice += 1
      } else if terms.contractType == .annual || terms.contractType == .multiYear,
        terms.cancelDate == nil, let end = terms.contractEndDate, end.month > month
      {
        // Only a committed term: a month-to-month account's end date is its next renewal,
        // and leaving before it is how such an account leaves (review 37, R37-5).
        out.midTerm += 1
      }
    }
    return out
  }
}
