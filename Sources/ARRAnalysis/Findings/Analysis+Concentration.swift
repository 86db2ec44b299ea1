import ARRCore
import ARRMetrics

extension Analysis {
  /// `concentration`: the largest account's share of recurring ARR, a warning from
  /// ``Finding/concentrationInfoShare`` (10%, the report's own line: an account past it outranks
  /// import hygiene notices; render review 25, finding 15).
  /// Critical when that account holds at least ``Finding/oneMonthAccountCriticalShare`` and has
  /// paid in one month only: the headline is then mostly one payment, nothing yet showing it
  /// recurs; critical too at that share when no contract holds it for the next 12 months (its
  /// contract type is not committed, or its term ends within 12 months of the as-of month):
  /// the customer may leave within the year, taking most of the headline (trial 50, T50-17: a
  /// month-to-month customer at 78.1% of MRR was the fifth item on page one, a warning).
  ///
  /// Decided (session 25, lane t25b; trial 22, T22-9): a company two months old with 94.7% of
  /// ARR in an account whose first month was the as-of month got the same warning, in the same
  /// words, as a 20% customer of long standing.
  /// - Complexity: O(accounts + months).
  static func concentration(_ company: Company, metrics m: CompanyMetrics, f: NumberFormat)
    -> Finding?
  {
    let conc = m.concentration
    guard conc.top1 >= Finding.concentrationInfoShare else { return nil }
    let reading = readingSentences(company, "These figures rest")
    // An analysis that does not keep each account's recurring MRR (the command line's) has it
    // measured again here, only for a dominant account.
    let recurring =
      conc.top1 < Finding.oneMonthAccountCriticalShare || !m.recurringMRR.isEmpty
      ? m.recurringMRR : RecurringRevenue.recurringMRR(of: company)
    // Accounts tied at the top: none of them is "the" account every figure rests on (trial
    // 37, T37-27: of two converted trials at $50 each, the sort order picked "C0"). Only from
    // the critical share, where each account's recurring MRR is always at hand (the plain
    // warning below is true of a tie too).
    let largest = conc.top1 >= Finding.oneMonthAccountCriticalShare ? recurring.max() ?? 0 : 0
    let tied = largest > 0 ? recurring.lazy.filter { $0 == largest }.count : 0
    if tied > 1 {
      return Finding(
        code: .concentration, severity: .warning,
        message: "The \(f.integer(tied)) largest accounts are tied at \(f.percent(conc.top1)) of "
          + "recurring ARR each (top 10: \(f.percent(conc.top10))); losing any one would cost "
          + "\(f.compactMoney(cents: conc.top1ARR)) of recurring ARR." + reading,
        weight: conc.top1 * Double(min(tied, 2)))
    }
    if conc.top1 >= Finding.oneMonthAccountCriticalShare,
      let top = recurring.indices.max(by: { recurring[$0] < recurring[$1] })
    {
      let revenue = company.revenue
      let paid = (0..<revenue.monthCount).filter { revenue.mrr(account: top, month: $0) > 0 }
      let terms = company.terms(of: top)
      // An account paying in the data's first month whose start_date (read, not inferred) is
      // before it is a customer the data shows one month of, not one that paid once (trial
      // 37, T37-26: a customer since 2019 on a multi-year term read "paid in one month only
      // … nothing yet to show that it recurs", critical). Said, at the warning's severity.
      let isOlderThanTheData =
        paid == [0] && !terms.inferred.contains(.startDate)
        && terms.startDate.month < company.firstMonth
      if paid.count == 1, isOlderThanTheData {
        return Finding(
          code: .concentration, severity: .warning,
          message: "The largest account, \(company.withAccountRows { $0.quotedLabel(top) }), is "
            + "\(f.percent(conc.top1)) of recurring ARR (top 10: \(f.percent(conc.top10))); "
            + "losing it alone would cost \(f.compactMoney(cents: conc.top1ARR)) of recurring "
            + "ARR. The data holds one month of its revenue (\(f.month(company.firstMonth))), "
            + "though its start_date is \(terms.startDate): every figure of this report rests "
            + "mostly on an account whose history is not in the data." + reading,
          weight: 2 + conc.top1)
      }
      if paid.count == 1 {
        let month = company.firstMonth.adding(months: paid[0])
        return Finding(
          code: .concentration, severity: .critical,
          message:
            "One account, \(company.withAccountRows { $0.quotedLabel(top) }), is \(f.percent(conc.top1)) of "
            + "recurring ARR and has paid in one month only (\(f.month(month))): "
            + "\(f.compactMoney(cents: conc.top1ARR)) of the "
            + "\(f.compactMoney(cents: m.ladder.headline)) headline is that one month's revenue "
            + "× 12, with nothing yet to show that it recurs. Every figure of this report rests "
            + "mostly on it." + reading,
          weight: 2 + conc.top1)
      }
    }
    if conc.top1 >= Finding.oneMonthAccountCriticalShare,
      let top = recurring.indices.max(by: { recurring[$0] < recurring[$1] })
    {
      let terms = company.terms(of: top)
      let horizon = company.asOf.adding(months: 12)
      let term: String? =
        if !terms.contractType.isCommitted {
          terms.contractType == .unknown
            ? "terms the data does not give"
            : "a \(terms.contractType.rawValue.replacing("_", with: "-")) plan"
        } else if let end = terms.contractEndDate, end.month < horizon {
          "a term ending \(end)"
        } else {
          nil
        }
      if let term {
        return Finding(
          code: .concentration, severity: .critical,
          // The account is named in the Concentration section, where its label is printed as
          // text; a finding's message is not escaped for Markdown (a hostile name).
          message: "The largest account is "
            + "\(f.percent(conc.top1)) of recurring ARR (top 10: \(f.percent(conc.top10))), on "
            + "\(term): no contract holds it for the next 12 months, and losing it would cost "
            + "\(f.compactMoney(cents: conc.top1ARR)) of the "
            + "\(f.compactMoney(cents: m.ladder.headline)) headline. Every figure of this report "
            + "rests mostly on it." + reading,
          weight: 2 + conc.top1)
      }
    }
    return Finding(
      code: .concentration,
      severity: .warning,
      message: "The largest account is \(f.percent(conc.top1)) of recurring ARR "
        + "(top 10: \(f.percent(conc.top10))); losing it alone would cost "
        + "\(f.compactMoney(cents: conc.top1ARR)) of recurring ARR." + reading,
      weight: conc.top1)
  }
}
