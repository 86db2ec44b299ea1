import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRStress

/// Which accounts a `lose_top_accounts` scenario removed, and the payer it cannot remove (trial
/// 37, T37-31: on a company whose largest payer, 90% of headline, is a pilot, "Top customer
/// loss" removed a $100-a-month account, named nobody, and read as "losing the top customer
/// costs 1% of headline").
extension StressMarkdown {
  /// The most accounts a note names one by one; the rest are counted.
  static let namedLostAccounts = 5

  /// For each scenario that loses its top accounts, the accounts it removed with their
  /// recurring ARR, the larger ones it passed over because they have already given notice
  /// (``StressOutcome/topAccountLoss``: their loss is in the base; trial 22, T22-15), and,
  /// once, the largest payer outside recurring ARR when it is larger than every account
  /// removed (``largestPayerOutsideRecurring(_:)``).
  /// - Returns: One paragraph, or "" when no scenario loses accounts.
  /// - Complexity: O(accounts) once, for the largest payer, plus O(accounts named).
  static func lostAccounts(_ result: StressResult, format f: NumberFormat) -> String {
    let company = result.analysis.company
    let recurring = result.analysis.metrics.recurringMRR
    // Said once, beside the first scenario whose accounts it outpays: found once, and only
    // when a scenario loses accounts.
    var payer =
      result.scenarios.contains { ($0.scenario.loseTopAccounts ?? 0) > 0 }
      ? largestPayerOutsideRecurring(result) : nil
    let last = company.monthCount - 1
    var sentences: [String] = []
    for o in result.scenarios {
      guard let n = o.scenario.loseTopAccounts, n > 0 else { continue }
      let (lost, passed) = (o.topAccountLoss.lost, o.topAccountLoss.passedOver)
      func named(_ i: Int) -> String {
        "\(accountName(company, i)), \(f.money(cents: 12 * recurring[i]))"
      }
      var text = "In **\(o.scenario.name)** "
      if passed.isEmpty {
        text += lostWords(lost.map(named), total: lost.reduce(0) { $0 + recurring[$1] }, f)
      } else {
        text +=
          (passed.count == 1 ? "a larger account has" : "larger accounts have")
          + " already given notice (\(namedList(passed.map(named)))): "
          + (passed.count == 1 ? "its loss is" : "their loss is")
          + " in the base already (a chance of staying of 0), so the scenario removes "
          + (lost.isEmpty
            ? "no other account."
            : "the next largest instead (\(namedList(lost.map(named)))).")
      }
      text += tieWords(o.topAccountLoss, recurring: recurring, f)
      // One column, two bases (render review 40, R40-5): the ARR rows drop the account now,
      // the projection keeps it in today's base as a loss within the year (retention 0).
      if !lost.isEmpty {
        text +=
          " The ARR rows drop \(lost.count == 1 ? "it" : "them") now; projected NDR and GRR "
          + "keep \(lost.count == 1 ? "it" : "them") in today's base as lost within the year."
      }
      // `lost` is ranked largest first.
      let largestLost = lost.first.map { recurring[$0] } ?? 0
      if let p = payer, company.revenue.mrr(account: p.account, month: last) > largestLost {
        payer = nil
        let headline = 12 * company.revenue.mrr(account: p.account, month: last)
        let (kind, shock) =
          p.treatment == .pilotRemoved
          ? ("a pilot", "`pilots_renew` tests pilots")
          : ("in a trial", "`trial_conversion` tests trials")
        text +=
          " The largest payer, \(accountName(company, p.account)), "
          + "\(f.money(cents: headline)) of headline ARR, is \(kind): outside recurring ARR, so "
          + "losing top accounts never removes it (\(shock))."
      }
      sentences.append(text)
    }
    return sentences.isEmpty ? "" : sentences.joined(separator: " ") + "\n\n"
  }

  /// The accounts lost, by recurring ARR, in words after "In **Scenario** ": one named, up to
  /// ``namedLostAccounts`` listed, more counted with their total (`totalMRR`, cents a month: at
  /// most the company's recurring MRR, so it cannot overflow).
  static func lostWords(_ named: [String], total totalMRR: Int64, _ f: NumberFormat) -> String {
    let count = CountText.grouped(named.count)
    switch named.count {
    case 0: return "no account has recurring ARR, so none is lost."
    case 1: return "the account lost is \(named[0]) of recurring ARR."
    case ...namedLostAccounts:
      return "the \(count) accounts lost, by recurring ARR, are \(namedList(named))."
    default:
      return "the \(count) accounts lost hold \(f.money(cents: 12 * totalMRR)) of recurring "
        + "ARR; the largest: \(namedList(named))."
    }
  }

  /// When the last account lost is tied with accounts the scenario keeps: " It is the first in
  /// file order of the 5 accounts tied at $600 of recurring ARR." (render review 40, R40-8:
  /// seed-example's Top customer loss removed S01 of five accounts at $600, unsaid). Accounts
  /// passed over for a notice are not candidates and do not count
  /// (``TopAccountLoss/tiedAtCut``). Empty otherwise.
  /// - Complexity: O(accounts lost).
  static func tieWords(_ loss: TopAccountLoss, recurring: [Int64], _ f: NumberFormat) -> String {
    let lost = loss.lost
    guard let last = lost.last else { return "" }
    let cut = recurring[last]
    let lostTied = lost.count { recurring[$0] == cut }
    let tied = loss.tiedAtCut
    guard tied > lostTied else { return "" }
    let subject =
      lost.count == 1
      ? " It is the first"
      : lostTied == 1 ? " The last is the first" : " The last \(lostTied) are the first"
    return subject + " in file order of the \(CountText.grouped(tied)) accounts tied at "
      + "\(f.money(cents: 12 * cut)) of recurring ARR."
  }

  /// The account paying the most in the as-of month among those recurring ARR leaves out (a
  /// trial or a pilot, ``RecurringRevenue/Treatment``), with its treatment; `nil` when none
  /// pays. Ties go to the first account in file order.
  /// - Complexity: O(accounts).
  static func largestPayerOutsideRecurring(_ result: StressResult)
    -> (account: Int, treatment: RecurringRevenue.Treatment)?
  {
    let company = result.analysis.company
    let last = company.monthCount - 1
    var best: (account: Int, treatment: RecurringRevenue.Treatment)?
    var bestMRR: Int64 = 0
    for i in 0..<company.accountCount {
      let mrr = company.revenue.mrr(account: i, month: last)
      guard mrr > bestMRR else { continue }
      let terms = company.terms(of: i)
      let treatment = RecurringRevenue.treatment(
        trial: terms.trialStatus, contract: terms.contractType)
      guard treatment == .trialRemoved || treatment == .pilotRemoved else { continue }
      best = (i, treatment)
      bestMRR = mrr
    }
    return best
  }

  /// Named accounts ("Name (id), $ARR") joined with semicolons, since each holds a comma: `a`,
  /// `a and b`, `a; b and c`; past ``namedLostAccounts``, the first ones and "and N more".
  static func namedList(_ items: [String]) -> String {
    guard items.count > namedLostAccounts else {
      guard items.count > 1 else { return items.first ?? "" }
      return items.dropLast().joined(separator: "; ") + " and " + items.last!
    }
    let rest = items.count - namedLostAccounts
    return items.prefix(namedLostAccounts).joined(separator: "; ")
      + " and \(CountText.grouped(rest)) more"
  }
}
