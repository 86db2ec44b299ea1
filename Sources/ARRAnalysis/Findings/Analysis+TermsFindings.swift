import ARRCore
import ARRMetrics

/// The as-of MRR of paying accounts whose terms the data does not give, split by what is
/// unknown: the contract type, the billing cadence or both. One pass feeds `unknown_terms` and
/// `low_commitment`, so each says which term is unknown and never claims what the other
/// figures contradict (session 18, import5 lane; trial 18a, T2: "counted in no committed ARR"
/// beside $2.17M of committed ARR from the same accounts, whose cadence alone was unknown).
struct UnknownTermsSplit {
  /// As-of MRR and paying accounts.
  struct Part {
    var mrr: Int64 = 0
    var accounts = 0
    mutating func add(_ cents: Int64) {
      mrr += cents
      accounts += 1
    }
  }
  /// Contract type unknown, cadence given.
  var typeOnly = Part()
  /// Cadence unknown, contract type given.
  var cadenceOnly = Part()
  /// Both unknown.
  var both = Part()
  /// As-of MRR of the accounts of unknown contract type not counted as committed (their MRR
  /// less their committed MRR: a minimum, or rows billed a year ahead).
  var typeUnknownUncommitted: Int64 = 0
  /// Of ``cadenceOnly``: the accounts whose contract type the import inferred from the data's
  /// shape (`Account.Terms.inferred`), not read from a column.
  var cadenceOnlyInferred = Part()
  /// Of ``cadenceOnly``: the committed MRR (their annual and multi-year contracts, minimums).
  var cadenceOnlyCommitted: Int64 = 0

  var any: Part {
    Part(
      mrr: typeOnly.mrr + cadenceOnly.mrr + both.mrr,
      accounts: typeOnly.accounts + cadenceOnly.accounts + both.accounts)
  }
  var typeUnknown: Part {
    Part(mrr: typeOnly.mrr + both.mrr, accounts: typeOnly.accounts + both.accounts)
  }
  var cadenceUnknown: Part {
    Part(mrr: cadenceOnly.mrr + both.mrr, accounts: cadenceOnly.accounts + both.accounts)
  }

  /// - Parameter committedMRR: each account's committed MRR (``CompanyMetrics/committedMRR``).
  init(_ company: Company, committedMRR: [Int64]) {
    let last = company.monthCount - 1
    // Compared by raw value so the rule holds whichever enumerations carry `unknown`.
    let unknownTypes = ContractType.allCases.filter { $0.rawValue == "unknown" }
    let unknownCadences = BillingCadence.allCases.filter { $0.rawValue == "unknown" }
    // In account ranges on every core, whole numbers added in range order (session 17, perf).
    let ranges = Concurrent.ranges(accounts: company.accountCount, cellsPerAccount: 1 << 4)
    let parts = Concurrent.map(ranges) { _, range -> UnknownTermsSplit in
      var part = UnknownTermsSplit()
      company.withAccountRows { rows in
        for a in range {
          let terms = rows.terms(a)
          let type = unknownTypes.contains(terms.contractType)
          let cadence = unknownCadences.contains(terms.billingCadence)
          guard type || cadence else { continue }
          let mrr = company.revenue.mrr(account: a, month: last)
          guard mrr > 0 else { continue }
          switch (type, cadence) {
          case (true, true): part.both.add(mrr)
          case (true, false): part.typeOnly.add(mrr)
          default:
            part.cadenceOnly.add(mrr)
            if terms.inferred.contains(.contractType) { part.cadenceOnlyInferred.add(mrr) }
            part.cadenceOnlyCommitted += a < committedMRR.count ? min(committedMRR[a], mrr) : 0
          }
          if type {
            let committed = a < committedMRR.count ? committedMRR[a] : 0
            part.typeUnknownUncommitted += max(mrr - committed, 0)
          }
        }
      }
      return part
    }
    for p in parts {
      typeOnly.mrr += p.typeOnly.mrr
      typeOnly.accounts += p.typeOnly.accounts
      cadenceOnly.mrr += p.cadenceOnly.mrr
      cadenceOnly.accounts += p.cadenceOnly.accounts
      both.mrr += p.both.mrr
      both.accounts += p.both.accounts
      typeUnknownUncommitted += p.typeUnknownUncommitted
      cadenceOnlyInferred.mrr += p.cadenceOnlyInferred.mrr
      cadenceOnlyInferred.accounts += p.cadenceOnlyInferred.accounts
      cadenceOnlyCommitted += p.cadenceOnlyCommitted
    }
  }

  private init() {}
}

extension Analysis {
  /// The share of headline ARR whose contract type or billing cadence is unknown, as a finding
  /// from ``Finding/unknownTermsInfoShare``, saying which of the two is unknown, each with its
  /// ARR, and what each costs: an unknown contract type gets no contract signal and counts as
  /// committed only for rows billed a year ahead or a minimum; an unknown cadence gets no
  /// billing signal, its given contract type read. `recurring` is the same accounts' recurring
  /// ARR (the summary's **ARR with unknown terms**, ``ARRLadder/unknownTerms``): when it reads
  /// differently from their headline ARR (trials, pilots or usage above its average among
  /// them), the finding gives it too.
  static func unknownTerms(
    _ split: UnknownTermsSplit, headline: Int64, recurring: Int64, f: NumberFormat
  ) -> Finding? {
    guard headline > 0 else { return nil }
    let unknown = split.any
    let share = Double(unknown.mrr) * 12 / Double(headline)
    guard share >= Finding.unknownTermsInfoShare else { return nil }
    let recurringText = f.compactMoney(cents: recurring)
    let recurringPart =
      recurringText == f.compactMoney(cents: unknown.mrr * 12)
      ? "" : "; \(recurringText) of it recurring, the summary's ARR with unknown terms"
    // A part that is the whole is "all of it", not the same figures twice.
    func part(_ p: UnknownTermsSplit.Part) -> String {
      p.mrr == unknown.mrr && p.accounts == unknown.accounts
        ? "all of it" : "\(f.compactMoney(cents: p.mrr * 12)) (\(count(p.accounts, "account", f)))"
    }
    var parts: [String] = []
    if split.typeUnknown.accounts > 0 {
      parts.append(
        "the contract type is not given for \(part(split.typeUnknown)), so it gets no contract "
          + "signal in its score and counts as committed only where billed a year ahead or "
          + "under a committed minimum")
    }
    if split.cadenceUnknown.accounts > 0 {
      parts.append(
        "the billing cadence is not given for \(part(split.cadenceUnknown)), so it gets no "
          + "billing signal in its score")
    }
    if split.cadenceOnly.accounts > 0 {
      // Given or inferred, and what of it is committed, as the data has it (render review
      // 25, finding 7: twelve usage contracts inferred from the data's shape read "given
      // and read …, and its annual and multi-year contracts count as committed").
      let inferred = split.cadenceOnlyInferred.accounts
      let how =
        inferred == 0
        ? "given and read"
        : inferred == split.cadenceOnly.accounts
          ? "inferred from the data" : "given or inferred from the data"
      let committed = split.cadenceOnlyCommitted
      let counted =
        committed == 0
        ? "none of it counts as committed"
        : committed >= split.cadenceOnly.mrr
          ? "all of it counts as committed"
          : "\(f.compactMoney(cents: committed * 12)) of it counts as committed"
      parts.append("the contract type is \(how) for \(part(split.cadenceOnly)), and \(counted)")
    }
    return Finding(
      code: .unknownTerms,
      severity: share >= Finding.unknownTermsWarningShare ? .warning : .info,
      message: "\(f.percent(share)) of headline ARR (\(f.compactMoney(cents: unknown.mrr * 12)), "
        + "\(count(unknown.accounts, "account", f))\(recurringPart)) has terms "
        + "the data does not give: " + parts.joined(separator: "; ") + ".",
      weight: share)
  }

  /// `low_commitment`: committed ARR under ``Finding/lowCommitmentShare`` of headline. What is
  /// not committed is said to carry no commitment only when every account's contract type is
  /// known; ARR of an unknown contract type is named as of unknown commitment (session 18,
  /// import5 lane; trial 18a, R1, K2, W2: "none of it carries a commitment beyond this month"
  /// beside annual plans and prepaid periods the data did not call contracts).
  static func lowCommitment(
    _ company: Company, ladder: ARRLadder, terms: UnknownTermsSplit, f: NumberFormat
  ) -> Finding? {
    let headline = ladder.headline
    guard headline > 0 else { return nil }
    let committedShare = Double(ladder.committed) / Double(headline)
    guard committedShare < Finding.lowCommitmentShare else { return nil }
    let asOf = f.month(company.asOf)
    let unknown = terms.typeUnknownUncommitted * 12
    let message: String
    if unknown > 0 {
      let unknownPart =
        "\(f.compactMoney(cents: unknown)) (\(f.percent(Double(unknown) / Double(headline))) of "
        + "headline) has a contract type the data does not give: its commitment is unknown, not "
        + "known to be none."
      // "Only 0.0%" reads as a rounding artefact when nothing at all is committed.
      message =
        ladder.committed == 0
        ? "None of headline ARR is counted as committed (an annual or multi-year term, or "
          + "a committed minimum, ending in \(asOf) or later). " + unknownPart
          // Not "known": an import's inferred terms count too (render review 40, R40-4).
        : "Only \(f.percent(committedShare)) of headline ARR is counted as committed (an "
          + "annual or multi-year term, or a committed minimum, ending in \(asOf) or later, no "
          + "notice "
          + "given); " + unknownPart
    } else {
      message =
        ladder.committed == 0
        ? "None of headline ARR is committed: no contract term or usage minimum ends in \(asOf) or "
          + "later, so none of it carries a commitment beyond this month."
        : "Only \(f.percent(committedShare)) of headline ARR is committed (under a contract "
          + "term or usage minimum ending in \(asOf) or later, no notice given); the "
          + "rest carries no "
          + "commitment beyond this month."
    }
    return Finding(
      code: .lowCommitment, severity: .info, message: message,
      weight: (Finding.lowCommitmentShare - committedShare) * 0.5)
  }

  /// `lapsed_still_paying`: annual and multi-year accounts still paying at as-of after their
  /// contract end date (in a month before as-of), with no notice (trial 21, N1: 10 accounts, 30% of
  /// headline, left committed ARR with no word). Either the contracts renewed and the end dates
  /// in the data are stale (committed), or they run on holdover, cancellable any month (not):
  /// committed ARR counts none of them, and the finding quotes the range between the readings.
  /// - Complexity: O(accounts).
  static func lapsedStillPaying(
    _ company: Company, ladder: ARRLadder, f: NumberFormat
  ) -> Finding? {
    let headline = ladder.headline
    guard headline > 0 else { return nil }
    let last = company.monthCount - 1
    // As committed ARR reads a term: one ending in the as-of month is at its renewal and
    // counts; one ending before it lapsed (``RecurringRevenue/committedMRR(of:)``).
    let lapsedBefore = company.asOf
    let found = CountedAccounts<CivilDate>.of(company) { rows, i in
      let terms = rows.terms(i)
      guard terms.contractType == .annual || terms.contractType == .multiYear,
        terms.cancelDate == nil, terms.trialStatus != .active, terms.trialStatus != .expired,
        let end = terms.contractEndDate, end.month < lapsedBefore
      else { return nil }
      let mrr = company.revenue.mrr(account: i, month: last)
      return mrr > 0 ? (mrr, end) : nil
    }
    guard found.count > 0, let counted = found.first else { return nil }
    let (count, arr) = (found.count, found.arr)
    let first = (
      label: company.withAccountRows { $0.quotedLabel(counted.account) }, end: counted.note
    )
    let share = Double(arr) / Double(headline)
    let high = ladder.committed &+ arr
    let message =
      "\(count == 1 ? "1 annual or multi-year account" : "\(f.integer(count)) annual or multi-year accounts") "
      + "(\(f.compactMoney(cents: arr)) of ARR, \(f.percent(share)) of headline) still "
      + "pay\(count == 1 ? "s" : "") in \(f.month(company.asOf)) after "
      + "\(count == 1 ? "its" : "their") contract end date, with no notice (first: "
      + "\(first.label), ended \(first.end)). Either the contracts renewed and the end dates in "
      + "the data are stale, or they run on holdover, cancellable any month. Committed ARR "
      + "counts none of them: \(f.compactMoney(cents: ladder.committed)), or "
      + "\(f.compactMoney(cents: high)) (\(f.percent(Double(high) / Double(headline))) of headline) "
      + "if they renewed for another term. Update the end dates to settle it."
    return Finding(
      code: .lapsedStillPaying,
      severity: share >= Finding.lapsedStillPayingWarningShare ? .warning : .info,
      message: message, weight: share)
  }
}

extension Analysis {
  /// The ARR whose commitment is unknown: 12 × the as-of MRR of paying accounts whose contract
  /// type the data does not give, less what counts as committed among it (a minimum, rows
  /// billed a year ahead), in cents; `low_commitment`'s figure. Usage and monthly accounts of a
  /// known or inferred type are not in it: they are known uncommitted (session 35, render
  /// review 35, R35-6: movements' committed row said its $48.1M of unknown terms "may be
  /// committed", $16.4M of it usage, where only $31.7M could be).
  /// - Complexity: O(accounts), one pass in account ranges.
  public var unknownCommitmentARR: Int64 {
    UnknownTermsSplit(company, committedMRR: metrics.committedMRR).typeUnknownUncommitted * 12
  }
}
