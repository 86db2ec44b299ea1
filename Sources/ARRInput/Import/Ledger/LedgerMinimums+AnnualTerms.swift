import ARRCore

/// The contract type and term of a ledger's accounts whose lines say it (`docs/import.md`,
/// "Invoice ledger", "Minimum commitments"; session 53, crm lane; trial 51, T51-49).
///
/// Trial 51's `c68`: Ivy's `Annual agreement 2026, billed monthly (month 10 of 12)` committed its
/// 2,000 a month, but as "a minimum commitment … the revenue above it as usage": contract type
/// unknown, no term end, its 24,000 renewing in 2026-Q4 listed under "usage minimum" and the
/// renewal calendar empty; Kiwi's `Monthly subscription (cancel anytime)` stayed unknown.
///
/// Decided: an account committed by lines naming an annual contract or a yearly term billed
/// monthly (``LedgerMinimums/namesContract(_:)``, not a minimum's words) whose contract type no
/// column gave is `annual`, inferred, its term ending (unless the data gives an end) at the end
/// of the month its latest such line's instalment counter names the twelfth (`month 10 of 12` in
/// October: December), else at the end of the term year, counted from the first such line's
/// month, that holds the latest one (a second year's line renews the term). An account
/// every positive line of which says it can be left any month (``LedgerMinimums/isCancellable(_:)``:
/// `cancel anytime`; or `month-to-month`, `no commitment`) is `monthly`, inferred.
extension LedgerMinimums {
  /// Phrases beside ``cancellableWords`` saying a plan runs month to month.
  static let monthToMonthWords = [
    "month to month", "no commitment", "no contract", "no minimum term", "rolling monthly",
  ]

  /// The instalment `k` a description counts out of 12 (`month 3 of 12`, `3 of 12`, `3/12`;
  /// ``countsOutOfTwelve(_:)``), or `nil`.
  static func instalmentOutOfTwelve(_ text: String) -> Int? {
    guard countsOutOfTwelve(text) else { return nil }
    let w = UsageMonths.words(text)
    if w.count >= 3 {
      for i in 0...(w.count - 3) where w[i + 1] == "of" && w[i + 2] == "12" {
        if let k = Int(w[i]), (1...12).contains(k) { return k }
      }
    }
    for i in w.indices.dropLast() where w[i + 1] == "12" {
      if let k = Int(w[i]), (1...12).contains(k), text.contains("\(w[i])/12") { return k }
    }
    return nil
  }

  /// The month the latest agreement of an account billed in `months` began: its first month
  /// after the last gap of two months or more without such a line (a customer won back signs
  /// a new agreement; session 55, crm lane; review 55, R55-12: a win-back's term was counted
  /// from its lost agreement's start, renewal 2026-Q4 for 2027-Q1), else its first.
  static func agreementStart(_ months: Set<Month>) -> Month {
    let sorted = months.sorted()
    var start = sorted[0]
    for (a, b) in zip(sorted, sorted.dropFirst()) where b.months(since: a) > 2 { start = b }
    return start
  }

  /// Types the accounts of `entries` whose lines say their term (see the notes); returns how
  /// many were typed annual and monthly.
  /// - Complexity: O(lines).
  @discardableResult
  static func readTerms(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], file: String,
    into company: inout ImportedCompany
  ) -> (annual: Int, monthly: Int) {
    var months = [Int: Set<Month>]()
    var latest = [Int: LedgerEntry]()
    var cancellable = [Int: Bool]()
    // Each distinct description read once (hostile 55, H55-2): whether it says the plan can be
    // left any month, and whether it names an annual term (a contract, no shortfall, no
    // minimum's words).
    var reading = DescriptionMemo { text -> (says: Bool, namesTerm: Bool) in
      let w = UsageMonths.words(text)
      let says = isCancellable(w) || UsageMonths.hasPhrase(w, of: monthToMonthWords) { _ in false }
      guard namesContract(text), !namesShortfall(text) else { return (says, false) }
      let t = CubeLayout.normalized(text)
      return (says, !words.contains(where: { t.contains($0) }))
    }
    for (e, use) in zip(entries, uses) where e.amount > 0 && e.account < company.accounts.count {
      switch use {
      case .oneTime, .refund, .monthCredit, .oneOffCredit: continue
      default: break
      }
      let read = reading(e.description)
      cancellable[e.account] = (cancellable[e.account] ?? true) && read.says
      guard read.namesTerm else { continue }
      months[e.account, default: []].insert(e.date.month)
      if let l = latest[e.account], l.date > e.date { continue }
      latest[e.account] = e
    }
    var counts = (annual: 0, monthly: 0)
    for (a, e) in latest.sorted(by: { $0.key < $1.key }) {
      var account = company.accounts[a]
      guard account.committedMRR != nil, isUntyped(account) else { continue }
      account.contractType = .annual
      account.inferred.insert(.contractType)
      if account.contractEndDate == nil {
        // Else the term year from the first such line that holds the latest one: an account
        // billing past its first year renewed (session 54, crm lane; review 54, R54-8: its
        // second year's term "ended" a year ago, committed 24,000 -> 0).
        let first = agreementStart(months[a] ?? [e.date.month])
        let years = e.date.month.months(since: first) / 12 + 1
        let last =
          instalmentOutOfTwelve(e.description).map { e.date.month.adding(months: 12 - $0) }
          ?? first.adding(months: 12 * years - 1)
        account.contractEndDate = CivilDate.lastDay(of: last)
        account.inferred.insert(.contractEndDate)
      }
      company.accounts[a] = account
      counts.annual += 1
    }
    for (a, says) in cancellable.sorted(by: { $0.key < $1.key })
    where says && latest[a] == nil && isUntyped(company.accounts[a]) {
      company.accounts[a].contractType = .monthly
      company.accounts[a].inferred.insert(.contractType)
      counts.monthly += 1
    }
    var parts = [String]()
    if counts.annual > 0 {
      parts.append(
        "\(Counted.phrase(counts.annual, "account")) \(counts.annual == 1 ? "bills" : "bill") "
          + "lines naming an annual term: read as annual contracts, inferred, each term ending "
          + "where its instalment counter (`month 10 of 12`) ends it, else at the end of the "
          + "term year from its first such line that holds its latest")
    }
    if counts.monthly > 0 {
      parts.append(
        "\(Counted.phrase(counts.monthly, "account")) \(counts.monthly == 1 ? "says" : "say") "
          + "on every line it can be left any month (`cancel anytime`): read as monthly, inferred")
    }
    if !parts.isEmpty { company.log.notes.append("\(file): " + parts.joined(separator: "; ")) }
    return counts
  }

  /// Whether no column gave `account`'s contract type and none was inferred but `unknown`.
  static func isUntyped(_ account: ImportedAccount) -> Bool {
    guard let type = account.contractType else { return true }
    return account.inferred.contains(.contractType) && type == .unknown
  }
}
