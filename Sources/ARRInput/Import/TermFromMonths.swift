import ARRCore

/// A contract's type read from a term-in-months column when no column gives its type
/// (`docs/import.md`, "Term from a term in months"; session 25, t25a lane, the t24b lane's
/// leftover of T22-16: a revenue-recognition schedule's `Term (months)`, 12 on an annual
/// invoice and 1 on a monthly one, was left out and every account read as unknown terms).
///
/// An account whose contract type is not given (nor inferred) and whose rows state a term in
/// whole months is a **monthly** contract at 1 month, **annual** at 12 to 23, **multi-year** at
/// 24 or more (inferred, rule ``ImportRule/termFromMonths``), with a note; 0 or 2 to 11 months
/// (a quarter, half a year) name no contract type and say nothing. A customer's rows that
/// state different terms keep the first, as every fact of a cube's rows (a finding names the
/// other). Runs before ``TermFromDates``: a term stated is read before one measured between
/// dates; a contract type column decides before either.
enum TermFromMonths {
  /// The contract type a term of `months` names, or `nil`.
  static func contractType(months: Int) -> ContractType? {
    switch months {
    case 1: .monthly
    case 12...23: .annual
    case 24...: .multiYear
    default: nil
    }
  }

  /// Types the contracts of `company` whose term in months names one, with a note.
  /// - Complexity: O(accounts).
  static func apply(_ company: inout ImportedCompany) {
    var read = [Int]()
    var silent = 0
    var counts = [ContractType: Int]()
    for a in company.accounts.indices {
      let account = company.accounts[a]
      guard (account.contractType ?? .unknown) == .unknown,
        !account.inferred.contains(.contractType), let months = account.termMonths
      else { continue }
      guard let type = contractType(months: months) else {
        silent += 1
        continue
      }
      company.accounts[a].contractType = type
      company.accounts[a].inferred.insert(.contractType)
      company.accounts[a].apply(.termFromMonths)
      counts[type, default: 0] += 1
      read.append(a)
    }
    guard !read.isEmpty || silent > 0 else { return }
    let parts = [
      (ContractType.annual, "annual"), (.multiYear, "multi-year"), (.monthly, "monthly"),
    ]
    .compactMap { type, word in counts[type].map { "\($0) \(word)" } }
    var note =
      "\(Counted.phrase(read.count + silent, "account")) with no contract type "
      + "\(read.count + silent == 1 ? "states" : "state") a term in months: 1 reads as monthly, "
      + "12 to 23 as annual, 24 or more as multi-year"
    if let first = read.first {
      let a = company.accounts[first]
      note +=
        ": " + parts.joined(separator: ", ") + " (e.g. \"\(a.id)\", \(a.termMonths!) "
        + "month\(a.termMonths == 1 ? "" : "s"))"
    }
    if silent > 0 {
      note +=
        "; \(Counted.phrase(silent, "account")) with a term of 0 or 2 to 11 months "
        + "\(silent == 1 ? "stays" : "stay") unknown (no contract type names it)"
    }
    company.log.notes.append(note + "; a contract type column would decide instead")
  }
}
