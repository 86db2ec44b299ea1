import ARRCore

/// A collected charge that pays an account's written-off charges late (`docs/import.md`,
/// "Invoice ledger", "Invoices written off"; review 46b, R46b-5: cus_V's September and October
/// invoices written off, then "Past due balance - Sep, Oct" of 2,000 paid in November beside its
/// November invoice, counted as November's recurring revenue, 3,000 a month for 1,000).
///
/// Decided: a collected charge of an account that no other charge of the account shares a
/// description with (a one-off: a catch-up, not the plan) and whose amount is the sum of the
/// account's latest written-off charges dated before it settles them when it pays two or more,
/// or its text says so (``settlementWords``) or names one of their invoices: those charges
/// count as collected (the months they bill are revenue, a lapse the customer came back from),
/// and the settlement is no revenue of its own month — left out (the tie-out counts it), with a
/// note.
extension WrittenOffLines {
  /// Words of a charge saying it pays what was owed.
  static let settlementWords = [
    "past due", "overdue", "arrears", "balance", "outstanding", "catch up", "catch-up",
    "written off", "written-off", "write off", "unpaid",
  ]

  /// Settles the written-off lines among `lines` (indices of `entries`, one account's positive
  /// charges in date order) that a collected one-off pays (see the extension), counting the
  /// settlements in `rebilled`; the settlements leave `lines`.
  /// - Complexity: O(lines²) for an account with written-off lines, O(lines) otherwise.
  static func settle(
    _ entries: inout [LedgerEntry], lines: inout [Int], into rebilled: inout Rebilled
  ) {
    guard lines.contains(where: { entries[$0].isWrittenOff }) else { return }
    var settled = Set<Int>()
    for (k, j) in lines.enumerated() where !entries[j].isWrittenOff && entries[j].amount > 0 {
      let payment = entries[j]
      let key = LedgerImporter.repeatKey(payment.description)
      guard !key.isEmpty,
        !lines.contains(where: {
          $0 != j && LedgerImporter.repeatKey(entries[$0].description) == key
        })
      else { continue }
      var sum: Int64 = 0
      var taken = [Int]()
      for i in lines[..<k].reversed()
      where entries[i].isWrittenOff && entries[i].amount > 0 && entries[i].date < payment.date {
        sum = Money.saturatingSum(sum, entries[i].amount)
        taken.append(i)
        if sum >= payment.amount { break }
      }
      let text = payment.description + " " + payment.reference
      guard sum == payment.amount,
        taken.count >= 2 || UsageMonths.hasWord(text, of: settlementWords)
          || taken.contains(where: { names(entries[$0].document, in: text) })
      else { continue }
      for i in taken { entries[i].isWrittenOff = false }
      rebilled.settlements += 1
      rebilled.settledCents = rebilled.settledCents &+ payment.amount
      rebilled.firstSettlement = min(rebilled.firstSettlement, payment.line)
      rebilled.settledLines += taken.count
      entries[j].amount = 0
      settled.insert(j)
    }
    if !settled.isEmpty { lines.removeAll { settled.contains($0) } }
  }

  /// The note on the settlements of `rebilled` (``settle(_:lines:into:)``), `nil` for none.
  static func settlementNote(_ rebilled: Rebilled, file: String, money: (Int64) -> String)
    -> String?
  {
    guard rebilled.settlements > 0 else { return nil }
    let one = rebilled.settlements == 1
    return
      "\(file): \(Counted.phrase(rebilled.settlements, "collected charge")) (the first on line "
      + "\(rebilled.firstSettlement), \(money(rebilled.settledCents)) in all) "
      + "\(one ? "pays" : "pay") \(Counted.phrase(rebilled.settledLines, "written-off charge")) "
      + "late (\(one ? "its" : "their") amount is their sum, or \(one ? "it says" : "they say") "
      + "so): those charges count as collected in the months they bill, and the "
      + "settlement\(one ? " is" : "s are") left out as no revenue of \(one ? "its" : "their") "
      + "own month"
  }
}
