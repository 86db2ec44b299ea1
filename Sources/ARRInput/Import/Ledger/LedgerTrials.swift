import ARRCore

/// Trials written on ledger lines (`docs/import.md`, "Invoice ledger", "Trials in a line's
/// words"; session 52, crm lane; trial 51, T51-53).
///
/// A ledger has no trial column: `Free trial (30 days)` at 0.00, `Paid trial - October 2026
/// (converts to annual if kept)` at 300 are where its trials are written. Read as plain lines,
/// a running paid trial was recurring revenue (+20% in the trial's case), an expired one a churn
/// and a converted one a new customer: the trial conversion table stayed empty.
///
/// Decided: a line naming a trial (``namesTrial(_:)``) marks its account's trial. Its latest
/// such line's month (or service period) ends the trial: when a positive line not naming a trial
/// follows it, the trial converted, ending the day before that line's month (or the trial
/// line's own period end, if later); otherwise it is active when it bills the as-of month, and
/// expired before. A trial the data gives is kept; a note counts each kind.
extension LedgerImporter {
  /// Words right before `trial` saying the line is not one: `after trial`, `no trial`.
  static let notTrialBefore: Set<String> = [
    "after", "post", "from", "no", "without", "end", "ended", "converted", "following",
  ]
  /// Words right after `trial` saying the line is not one: `trial-to-paid migration`.
  static let notTrialAfter: Set<String> = [
    "to", "conversion", "converted", "ended", "expired", "over",
  ]

  /// Words right before `trial` making it the line's own state: `Free trial`, `Paid trial`,
  /// `30-day trial`.
  static let trialQualifiers: Set<String> = [
    "free", "paid", "extended", "evaluation", "pilot", "day", "days", "week", "weeks", "month",
    "months", "product", "software", "saas", "platform", "pro", "premium", "team", "business",
    "enterprise",
  ]
  /// Words right after `trial` making it the line's own state: `Trial period`, `Trial
  /// subscription`, `Trial (30 days)`, `Trial - October 2026`.
  static let trialNouns: Set<String> = [
    "period", "subscription", "plan", "account", "licence", "license", "access", "version",
    "extension", "phase", "edition", "days", "day", "weeks", "week", "month", "months",
  ]
  /// Trials in other languages (whole words in a row; review 53, R53-6's `t04`).
  static let foreignTrialPhrases = [
    "période d essai", "periode d essai", "essai gratuit", "en essai", "testphase",
    "testzeitraum", "kostenlose testphase", "periodo de prueba", "período de prueba",
    "prueba gratuita", "periodo di prova", "prova gratuita", "período de teste",
    "periodo de teste", "teste gratuito", "teste grátis", "proefperiode", "gratis proefperiode",
  ]

  /// Whether `description` names a trial: the word `trial` (or `trials`), not `trialware`, not
  /// after ``notTrialBefore`` nor before ``notTrialAfter`` (`Trial-to-paid migration fee`,
  /// `Subscription after trial` are not trials), as the line's own state: after a word of
  /// ``trialQualifiers`` or a number, or last, or before a word of ``trialNouns``, a number, a
  /// month or a year. `Trial` modifying another noun is a product's name (`Clinical Trial
  /// Management`, `Trial balance & reporting add-on`: session 53, crm lane; review 53, R53-6:
  /// paying customers read as active trials, recurring −45% and −24%). Or a trial in other
  /// words (``foreignTrialPhrases``).
  static func namesTrial(_ description: String) -> Bool {
    let w = UsageMonths.words(description)
    for i in w.indices where w[i] == "trial" || w[i] == "trials" {
      let before = i > 0 ? String(w[i - 1]) : ""
      let after = i + 1 < w.count ? String(w[i + 1]) : ""
      if notTrialBefore.contains(before) || notTrialAfter.contains(after) { continue }
      let isNumber = { (s: String) in !s.isEmpty && s.allSatisfy(\.isNumber) }
      if trialQualifiers.contains(before) || isNumber(before) || after.isEmpty
        || trialNouns.contains(after) || isNumber(after)
        || UsageMonths.monthName(Substring(after)) != nil
      {
        return true
      }
    }
    return UsageMonths.hasPhrase(w, of: foreignTrialPhrases) { _ in false }
  }

  /// Months of trial lines billed above which an account's lines are no trial: a "trial" paid
  /// for more months than this is a product's name (review 53, R53-6).
  static let trialMonthsAtMost = 3

  /// Sets the trial of each account of `entries` with a trial line (see the type's notes),
  /// unless its trial is already known; appends a note.
  /// - Complexity: O(lines × description length).
  static func readTrials(
    _ entries: [LedgerEntry], asOf: Month, file: String, into company: inout ImportedCompany
  ) {
    // Each account's latest trial line's end, and the first later paid line's month.
    var trialEnd = [Int: CivilDate]()
    var paidMonths = [Int: Set<Month>]()
    // Each distinct description read once (hostile 55, H55-2).
    var isTrial = DescriptionMemo(namesTrial)
    for e in entries where e.amount >= 0 && e.account < company.accounts.count {
      guard isTrial(e.description) else { continue }
      if e.amount > 0 { paidMonths[e.account, default: []].insert(e.date.month) }
      let end = e.period?.end ?? CivilDate.lastDay(of: e.date.month)
      if let t = trialEnd[e.account], t >= end { continue }
      trialEnd[e.account] = end
    }
    for (a, months) in paidMonths where months.count > trialMonthsAtMost {
      trialEnd[a] = nil
    }
    guard !trialEnd.isEmpty else { return }
    var paidAfter = [Int: Month]()
    for e in entries where e.amount > 0 {
      guard let t = trialEnd[e.account], e.date.month > t.month, !isTrial(e.description)
      else { continue }
      if let m = paidAfter[e.account], m <= e.date.month { continue }
      paidAfter[e.account] = e.date.month
    }
    var counts = (active: 0, converted: 0, expired: 0)
    var example: String?
    for (a, end) in trialEnd.sorted(by: { $0.key < $1.key }) {
      guard company.accounts[a].trialStatus == .none else { continue }
      let status: TrialStatus
      var day = end
      if let paid = paidAfter[a] {
        status = .converted
        day = max(end, CivilDate(daysSinceEpoch: CivilDate.firstDay(of: paid).daysSinceEpoch - 1))
        counts.converted += 1
      } else if end.month >= asOf {
        status = .active
        counts.active += 1
      } else {
        status = .expired
        counts.expired += 1
      }
      company.accounts[a].trialStatus = status
      company.accounts[a].trialEndDate = day
      company.accounts[a].inferred.formUnion([.trialStatus, .trialEndDate])
      if example == nil { example = company.accounts[a].id }
    }
    guard let example else { return }
    var kinds = [String]()
    if counts.active > 0 { kinds.append("\(counts.active) active (out of recurring ARR)") }
    if counts.converted > 0 { kinds.append("\(counts.converted) converted (paid lines follow)") }
    if counts.expired > 0 { kinds.append("\(counts.expired) expired (nothing paid after)") }
    let n = counts.active + counts.converted + counts.expired
    company.log.notes.append(
      "\(file): lines of \(Counted.phrase(n, "account")) name a trial (e.g. \"\(example)\"): "
        + kinds.joined(separator: ", ") + "; each trial ends with its latest trial line's "
        + "month or service period")
  }
}
