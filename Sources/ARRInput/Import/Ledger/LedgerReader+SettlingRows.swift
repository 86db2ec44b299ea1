import ARRCore

/// The rows of an invoice printout below its lines that no label list names (review 46):
/// payments, deposits and balances carried in under any label (R46-9, R46-13), found by their
/// amounts against the invoice's total and what is left to pay; the tax row between a subtotal
/// and its total under any label (R46-10); and the invoice the rows below its total take to
/// nothing, said.
extension LedgerReader {
  /// `out` with ``SummaryReading/isWipedOut`` set: the rows left as lines (no summary row, no
  /// settling row, no tax line) sum to zero or less, one of them negative below a matched
  /// positive total (review 46, R46-9: an invoice never reads at nothing silently).
  static func withWipeOut(_ out: SummaryReading, rows: [SummaryCandidate]) -> SummaryReading {
    guard let total = out.totals.first(where: { $0.cents > 0 }) else { return out }
    var skipped = Set(out.totals.map(\.line))
    skipped.formUnion(out.settlement.map(\.line))
    skipped.formUnion(out.unmatched.map(\.line))
    let read = rows.filter { !skipped.contains($0.line) && !$0.isTax && !$0.isSummary }
    var out = out
    let sum = read.reduce(Int64(0)) {
      Money.saturatingSum($0, out.discount?.lines[$1.line] ?? $1.cents)
    }
    out.isWipedOut = sum <= 0 && read.contains { $0.line > total.line && $0.cents < 0 }
    return out
  }

  /// The rows of one document below its lines that settle it, whatever their labels (review
  /// 46, R46-9 and R46-13: `Bereits bezahlt`, `Payments/Credits`, `Deposit`, `Previous
  /// balance` read as lines wiped or moved the invoice): a row saying what is left to pay
  /// (``SummaryCandidate/isDue``) and the rows between it and the invoice's total above it (a
  /// summary row other than a subtotal, equal to the rows above it, their tax in or out) that
  /// net to the difference; with no such total, the payment-labelled rows right above it, each
  /// negative, when the lines above them and they net to it (`Payment received` above `Balance
  /// due`). With no row saying what is left: every row below the total, none positive, netting
  /// to minus it (paid in full). Each with whether it pays (negative) and whether a label said
  /// so. Empty when none holds.
  static func settlingTail(
    _ rows: [SummaryCandidate]
  ) -> [(line: Int, isPayment: Bool, isLabelled: Bool)] {
    let sum = { (rs: ArraySlice<SummaryCandidate>) in
      rs.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
    }
    // The invoice's total at index `t`: a summary row, no subtotal, equal to the rows above it.
    func isTotal(_ t: Int) -> Bool {
      let r = rows[t]
      guard r.isSummary, !r.isSubtotal, !r.isDue, r.cents > 0 else { return false }
      let above = rows[..<t].filter { !$0.isSummary }
      guard !above.isEmpty else { return false }
      let gross = sum(above[...])
      let net = sum(above.filter { !$0.isTax }[...])
      let tax = above.reduce(Int64(0)) { Money.saturatingSum($0, $1.tax) }
      return r.cents == gross || r.cents == net || r.cents == Money.saturatingSum(net, tax)
    }
    func settling(_ between: ArraySlice<SummaryCandidate>, labelled: Bool)
      -> [(line: Int, isPayment: Bool, isLabelled: Bool)]
    {
      between.filter { !$0.isSummary && !$0.isTax }.map {
        ($0.line, $0.cents < 0, labelled || $0.isSettlement)
      }
    }
    if let d = rows.lastIndex(where: \.isDue) {
      let due = rows[d]
      if let t = rows[..<d].lastIndex(where: { $0.isSummary && !$0.isDue }), isTotal(t) {
        let between = rows[(t + 1)..<d].filter { !$0.isSummary && !$0.isTax }
        guard between.contains(where: { $0.cents != 0 }),
          sum(between[...]) == due.cents &- rows[t].cents
        else { return [] }
        return settling(between[...], labelled: false) + [(due.line, false, true)]
      }
      // No total: payment-labelled rows right above the row saying what is left, each negative.
      var p = d
      while p > 0, rows[p - 1].isSettlement, rows[p - 1].isPayment, rows[p - 1].cents < 0 {
        p -= 1
      }
      let lines = rows[..<p].filter { !$0.isSummary }
      guard p < d, !lines.isEmpty, !rows[..<p].contains(where: \.isSettlement),
        Money.saturatingSum(sum(lines[...]), sum(rows[p..<d])) == due.cents
      else { return [] }
      return settling(rows[p..<d], labelled: true) + [(due.line, false, true)]
    }
    // Paid in full: every row below the last total, none positive, netting to minus it.
    guard let t = rows.lastIndex(where: \.isSummary), isTotal(t) else { return [] }
    let below = rows[(t + 1)...].filter { !$0.isSummary && !$0.isTax }
    guard below.contains(where: { $0.cents < 0 }), below.allSatisfy({ $0.cents <= 0 }),
      sum(below[...]) == 0 &- rows[t].cents
    else { return [] }
    return settling(below[...], labelled: false)
  }

  /// `rows` with each row between a subtotal and the total below it that is their difference,
  /// a standard rate of the subtotal (``standardTaxRates``), read as a tax line whatever its
  /// label (review 46, R46-10: Xero's `Total VAT 20%`, Zoho's `Standard Rate (20%)` were read
  /// as revenue, $56,160 for $46,800); the subtotal equal to the rows above it and the one row
  /// between. With those rows' source lines.
  static func withTaxBetween(_ rows: [SummaryCandidate]) -> ([SummaryCandidate], [Int]) {
    var rows = rows
    var found = [Int]()
    for s in rows.indices where rows[s].isSummary && rows[s].isSubtotal && rows[s].cents > 0 {
      guard let t = rows[(s + 1)...].firstIndex(where: \.isSummary), !rows[t].isSubtotal else {
        continue
      }
      let between = rows[(s + 1)..<t].indices.filter { !rows[$0].isTax }
      let above = rows[..<s].filter { !$0.isSummary && !$0.isTax }
      guard between.count == 1, let x = between.first, !above.isEmpty,
        above.reduce(Int64(0), { Money.saturatingSum($0, $1.cents) }) == rows[s].cents,
        rows[x].cents > 0, rows[x].cents == rows[t].cents &- rows[s].cents,
        standardTaxRate([(rows[t].cents, rows[s].cents)]) != nil
      else { continue }
      rows[x].isTax = true
      if !rows[x].isSummary { found.append(rows[x].line) }
    }
    return (rows, found)
  }
}

extension LedgerReader.DocumentTotals {
  /// The finding on ``unlabelledSettlement``: rows read as paying an invoice, or carrying a
  /// balance in, by their amounts alone. `nil` for none.
  func unlabelledSettlementFinding(file: String, money: (Int64) -> String) -> String? {
    guard let first = unlabelledSettlement.min() else { return nil }
    let n = unlabelledSettlement.count
    return
      "\(file): check: \(Counted.phrase(n, "row")) below invoices' lines with no label saying a "
      + "payment or a balance (the first on line \(first)) net to the difference between the "
      + "invoice's total and what is left to pay, or to minus the total: read as settling the "
      + "invoice (a payment, a deposit, a balance carried in), not revenue; if any is a credit "
      + "or a charge of the invoice, its revenue differs by that row"
  }

  /// The finding on ``wipedOut``: invoices read at zero or less because of rows below their
  /// total. `nil` for none.
  func wipedOutFinding(file: String) -> String? {
    guard let first = wipedOut.min(by: { $0.line < $1.line }) else { return nil }
    let n = wipedOut.count
    return
      "\(file): check: \(Counted.phrase(n, "invoice")) \(n == 1 ? "reads" : "read") at zero or "
      + "less (\"\(first.document)\", line \(first.line) first): negative rows below \(n == 1 ? "its" : "their") "
      + "total that no rule reads as a payment; if they are payments the export writes as rows, "
      + "revenue is understated by them"
  }
}
