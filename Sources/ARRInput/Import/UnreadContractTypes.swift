import ARRCore

/// Contract-type cells that name no type the tool reads (`Enterprise Agreement`, `Partner
/// deal`): given, yet read as unknown, so their accounts count as neither committed nor
/// month-to-month. Said as a finding naming each value, its accounts and their ARR, never as
/// "not given" (`docs/import.md`, "Contract types not read").
///
/// Decided (session 44, lead; trial 44, T44-19): `Design Partner` and `Trial (paid)` became
/// `unknown`, the report said "the contract type is not given for $60.0K (2 accounts)", and the
/// values appeared nowhere in it.
enum UnreadContractTypes {
  /// Values shown in the finding; the rest are counted.
  static let shownValues = 5

  /// Adds the finding for `company`'s accounts billing at as-of whose contract-type cell was
  /// not read and whose term nothing else gave, its stake their ARR at as-of.
  /// - Complexity: O(accounts).
  static func apply(_ company: inout ImportedCompany) {
    let n = company.monthCount
    guard n > 0 else { return }
    var byValue = [String: (accounts: [String], arr: Int64)]()
    var order = [String]()
    for a in company.accounts.indices {
      let account = company.accounts[a]
      guard let text = account.unreadContractType, (account.contractType ?? .unknown) == .unknown
      else { continue }
      let mrr = company.mrr[company.cell(a, n - 1)]
      guard mrr > 0 else { continue }
      if byValue[text] == nil { order.append(text) }
      byValue[text, default: ([], 0)].accounts.append(account.id)
      byValue[text]!.arr = Money.saturatingSum(
        byValue[text]!.arr, Money.saturatingProduct(mrr, times: 12))
    }
    guard !order.isEmpty else { return }
    let ranked = order.sorted { (byValue[$0]!.arr, $1) > (byValue[$1]!.arr, $0) }
    let total = ranked.reduce(Int64(0)) { Money.saturatingSum($0, byValue[$1]!.arr) }
    let ids = ranked.flatMap { byValue[$0]!.accounts }
    let currency = company.log.currency.map { " " + $0 } ?? ""
    let shown = ranked.prefix(shownValues).map { value in
      let entry = byValue[value]!
      return "\"\(FieldText.oneLine(value))\" (\(Counted.phrase(entry.accounts.count, "account")), "
        + "\(Money.decimalString(cents: entry.arr))\(currency))"
    }
    let more = ranked.count - shown.count
    company.log.addFinding(
      "\(Counted.phrase(ranked.count, "contract-type value")) \(ranked.count == 1 ? "names" : "name") "
        + "no type the tool reads, so \(Counted.phrase(ids.count, "account")) billing at "
        + "\(company.asOf) (\(Money.decimalString(cents: total))\(currency) of ARR) "
        + "\(ids.count == 1 ? "has" : "have") an unknown term, neither committed nor "
        + "month-to-month: " + shown.joined(separator: ", ")
        + (more > 0 ? " and \(more) more" : "")
        + "; write the term as annual, multi-year, monthly, usage or pilot to have it read",
      accounts: ids, arrCents: total)
  }

}
