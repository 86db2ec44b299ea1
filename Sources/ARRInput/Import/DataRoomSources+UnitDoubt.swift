import ARRCore

extension DataRoomSources {
  /// Share of the joined customers with a price whose price some invoice line of theirs bills
  /// exactly for the unit to be settled (most of them: a coupon, a quantity change or a usage
  /// price leaves a few apart).
  static let settledUnitShare = 0.5

  /// Settles the subscriptions export's doubt on its unit ("every amount is a whole number …
  /// may be cents") by the invoice lines joined to it, when the lines are not in doubt
  /// themselves and most joined customers' prices equal, in cents, an amount their lines bill
  /// for a whole interval (a monthly price a month's line, an annual price a year's): read as
  /// cents they would be a hundredth of it. The finding is then a note saying so (trial 44,
  /// T44-2: "every figure may be 100 times off", critical on page one, beside invoice lines of
  /// `654.74` whose `500.00` a month were the export's `500`).
  /// - Parameters:
  ///   - pairs: Each joined customer's speaking subscription and its account in `data`.
  ///   - data: The invoice lines.
  ///   - file: The subscriptions export's name.
  ///   - log: The import's log; its unit doubt on `file` becomes a note.
  /// - Complexity: O(lines + customers).
  static func settleUnitDoubt(
    _ pairs: [(sub: StripeSubscription, account: Int)], lines data: LedgerData, file: String,
    log: inout ImportLog
  ) {
    guard
      let doubt = log.findings.firstIndex(where: {
        $0.hasPrefix(file + ":") && log.stakes[$0]?.isUnitDoubt == true
      })
    else { return }
    // The lines' own unit must be sure: no doubt raised on their file.
    let linesFile = log.files[data.fileIndex].file
    guard
      !log.findings.contains(where: {
        $0.hasPrefix(linesFile + ":") && log.stakes[$0]?.isUnitDoubt == true
      })
    else { return }
    // Per account, the amounts its lines bill for a whole interval of 1 or 12 months and more.
    var billed = [Int: Set<Int64>]()
    for e in data.entries where e.amount > 0 && !e.isProration {
      guard let p = e.period, ServicePeriod.wholeMonths(from: p.start, through: p.end) != nil
      else { continue }
      billed[e.account, default: []].insert(e.amount)
    }
    var priced = 0
    var matched = [(id: String, price: Int64)]()
    for (sub, account) in pairs {
      guard let mrr = sub.mrr, mrr > 0, !sub.isPriceUnknown else { continue }
      priced += 1
      let months = Int64(max(1, sub.intervalMonths ?? 1))
      let (interval, overflow) = mrr.multipliedReportingOverflow(by: months)
      guard !overflow, billed[account]?.contains(interval) == true else { continue }
      matched.append((sub.customer, interval))
    }
    guard priced > 0, let first = matched.first,
      Double(matched.count) >= settledUnitShare * Double(priced)
    else { return }
    let text = log.findings.remove(at: doubt)
    log.stakes[text] = nil
    log.notes.append(
      "\(file): its whole-number amounts are read as major units, as the invoice lines settle: "
        + "\(matched.count) of \(priced) joined customers' prices equal an amount their lines "
        + "bill for the same interval (\"\(first.id)\" \(Money.text(cents: first.price, currency: log.currency))); "
        + "read as cents they would be a hundredth of it")
  }
}
