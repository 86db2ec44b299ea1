import ARRCore

/// Parts of one company's revenue read as one cube: periods joined in time (``RevenuePeriods``)
/// or slices added up (``RevenueSheets``). Both place each part's accounts by customer name on
/// one month axis and differ only in what a customer-month two parts both hold means
/// (``Overlap``).
///
/// Decided (session 25, lane t25b): the two joins were written twice and had drifted; the periods
/// join dropped the parts' pivot members and ambiguous as-of cells, so the headline's range lost
/// a pivot's other reading once a second year was joined to it. A part's as-of ambiguities
/// (``CubeData/pivotMembers``, ``CubeData/alternativeAsOf``) reach the whole when the part holds
/// the whole's last month; an earlier part's price a month that is no longer the as-of month.
enum CubeParts {
  /// What a customer-month held by two parts means.
  enum Overlap {
    /// Periods of one history: the same month read twice must agree, and is read once.
    case agree
    /// Slices of one company: added up, so at most one part may have revenue in it.
    case add
    /// Slices of one company whose customers may buy from two of them (a group's entities):
    /// added up, a customer-month in two parts included (trial 51, T51-11).
    case share
  }

  /// A customer-month two parts hold against ``Overlap``: the error to throw names it.
  struct Clash {
    /// The customer.
    var account: ImportedAccount
    /// The month.
    var month: Month
    /// The part (an index into the parts given) that set the cell first, and its row's line.
    var earlier: (part: Int, line: Int)
    /// The cell the earlier part set.
    var earlierCents: Int64
    /// The part read now, and its row's line.
    var later: (part: Int, line: Int)
    /// The cell the later part holds.
    var laterCents: Int64
  }

  /// The parts as one cube of `months` months from `first`: accounts in order of first
  /// appearance, cells placed by each part's first month, negatives re-indexed, usage and
  /// one-time columns kept when any part has them. Fields that say how to read the cells
  /// (currency, labels, level header) are the first part's that has one.
  /// - Throws: `clash(…)` for the first customer-month the rule refuses.
  static func combine(
    _ parts: [CubeData], from first: Month, months: Int, overlap: Overlap,
    clash: (Clash) -> ARRQualityError
  ) throws(ARRQualityError) -> CubeData {
    let last = first.adding(months: months - 1)
    var merged = parts[0]
    merged.accounts = []
    merged.negatives = []
    merged.firstMonth = first
    merged.monthCount = months
    merged.currency = parts.lazy.compactMap(\.currency).first
    merged.annualLabel = parts.lazy.compactMap(\.annualLabel).first
    merged.levelHeader = parts.lazy.compactMap(\.levelHeader).first
    merged.mrrLabel = parts.lazy.compactMap(\.mrrLabel).first
    merged.thousandsLabel = parts.lazy.compactMap(\.thousandsLabel).first
    merged.cumulativeLabel = parts.lazy.compactMap(\.cumulativeLabel).first
    merged.bookingsLabel = parts.lazy.compactMap(\.bookingsLabel).first
    merged.salesLabel = parts.lazy.compactMap(\.salesLabel).first
    merged.pivotMembers = []
    merged.alternativeAsOf = []
    merged.listAnnual = []
    var cells = [Int64]()
    var usage: [Int64]? = parts.contains { $0.usage != nil } ? [] : nil
    var oneTime: [Int64]? = parts.contains { $0.oneTime != nil } ? [] : nil
    var row = [String: Int]()
    // For each merged cell: the part and the account row that set it, for a clash.
    var setBy = [Int: (part: Int, line: Int)]()
    for (n, d) in parts.enumerated() {
      let shift = d.firstMonth.months(since: first)
      for (a, account) in d.accounts.enumerated() {
        let target: Int
        if let known = row[account.id] {
          target = known
        } else {
          target = merged.accounts.count
          row[account.id] = target
          merged.accounts.append(account)
          cells += repeatElement(0, count: months)
          usage?.append(contentsOf: repeatElement(0, count: months))
          oneTime?.append(contentsOf: repeatElement(0, count: months))
        }
        for m in 0..<d.monthCount {
          let source = a * d.monthCount + m
          let v = d.cells[source]
          let i = target * months + shift + m
          if let earlier = setBy[i] {
            let refused =
              overlap == .agree ? v != cells[i] : overlap == .add && v != 0 && cells[i] != 0
            if refused {
              throw clash(
                Clash(
                  account: account, month: first.adding(months: shift + m), earlier: earlier,
                  earlierCents: cells[i], later: (n, account.source.line), laterCents: v))
            }
            if overlap == .agree {
              // One-time revenue of a month both parts hold is read once too: the later part's
              // when it has one (the earlier export may predate the invoice; review 48L, RL-7).
              if let o = d.oneTime, o[source] != 0 { oneTime![i] = o[source] }
              continue
            }
          }
          if overlap == .agree || v != 0 { setBy[i] = (n, account.source.line) }
          cells[i] = cells[i] &+ v
          if let u = d.usage { usage![i] = usage![i] &+ u[source] }
          if let o = d.oneTime { oneTime![i] = oneTime![i] &+ o[source] }
        }
      }
      if d.firstMonth.adding(months: d.monthCount - 1) == last {
        for a in d.pivotMembers { merged.pivotMembers.insert(row[d.accounts[a].id]!) }
        for alt in d.alternativeAsOf {
          merged.alternativeAsOf.append(
            (account: row[d.accounts[alt.account].id]!, cents: alt.cents))
        }
      }
      for var negative in d.negatives {
        negative.account = row[d.accounts[negative.account].id]!
        negative.month += shift
        merged.negatives.append(negative)
      }
    }
    merged.cells = cells
    merged.usage = usage
    merged.oneTime = oneTime
    return merged
  }
}
