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
    // A row read as settling by its amount alone: a settlement label, or negative under a label
    // naming nothing the invoice charges or takes off. A credit, refund, void or discount is the
    // invoice's own (review 47, R47-3, R47-6: `Credit note CN-12`, `Discount 10%` below the total
    // were read as payments), and a positive row under any other label is a charge (R47-2:
    // `Usage overage` between `Total` and `Total due` was read as a balance carried in).
    func mayBeSettling(_ r: SummaryCandidate) -> Bool {
      r.isSettlement || isCarriedBalanceLabel(r.label)
        || (r.cents <= 0 && !isAdjustmentLabel(r.label))
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
        guard between.contains(where: { $0.cents != 0 }), between.allSatisfy(mayBeSettling),
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
      below.allSatisfy(mayBeSettling), sum(below[...]) == 0 &- rows[t].cents
    else { return [] }
    return settling(below[...], labelled: false)
  }

  /// `rows` with each row between a subtotal and the total below it that is their difference,
  /// a standard rate of the subtotal (``standardTaxRates``), read as a tax line when its label
  /// names a tax and nothing else, or nothing (``isTaxBetweenLabel(_:)``; review 46, R46-10:
  /// Xero's `Total VAT 20%`, Zoho's `Standard Rate (20%)` were read as revenue, $56,160 for
  /// $46,800; review 47, R47-1: any label was, and a support fee at 20% was dropped); the
  /// subtotal equal to the rows above it and the one row between. With those rows' source
  /// lines.
  static func withTaxBetween(_ rows: [SummaryCandidate]) -> ([SummaryCandidate], [Int]) {
    var rows = rows
    var found = [Int]()
    // The rows above the one looked at, no summary or tax row: their sum and count (one pass;
    // a row made tax below is passed after it is made so).
    var above: Int64 = 0
    var aboveCount = 0
    for s in rows.indices {
      defer {
        if !rows[s].isSummary && !rows[s].isTax {
          above = Money.saturatingSum(above, rows[s].cents)
          aboveCount += 1
        }
      }
      guard rows[s].isSummary, rows[s].isSubtotal, rows[s].cents > 0, aboveCount > 0,
        above == rows[s].cents
      else { continue }
      // The next summary row: the scans of each subtotal end there, so O(rows) in all.
      guard let t = rows[(s + 1)...].firstIndex(where: \.isSummary), !rows[t].isSubtotal else {
        continue
      }
      let between = rows[(s + 1)..<t].indices.filter { !rows[$0].isTax }
      if between.count > 1,
        areTaxesAtRates(between.map { rows[$0] }, subtotal: rows[s].cents, total: rows[t].cents)
      {
        for x in between {
          rows[x].isTax = true
          found.append(rows[x].line)
        }
        continue
      }
      guard between.count == 1, let x = between.first, isTaxBetweenLabel(rows[x].label),
        rows[x].cents > 0, rows[x].cents == rows[t].cents &- rows[s].cents,
        standardTaxRate([(rows[t].cents, rows[s].cents)]) != nil
      else { continue }
      rows[x].isTax = true
      found.append(rows[x].line)
    }
    return (rows, found)
  }

  /// Whether `rows`, two or more between a subtotal of `subtotal` and a total of `total`, are
  /// the invoice's taxes at several rates (review 47, R47-9: Xero's `Total VAT 20%` and `Total
  /// VAT 5%` under one subtotal were read as revenue): each labelled a tax and nothing else
  /// (``isTaxBetweenLabel(_:)``) with its rate written, a standard or reduced one, each
  /// positive and that rate of a part of the subtotal (within a cent of rounding), the parts
  /// together not more than the subtotal, and the rows summing to the total less it.
  static func areTaxesAtRates(_ rows: [SummaryCandidate], subtotal: Int64, total: Int64) -> Bool {
    guard subtotal > 0, subtotal < Int64.max / 200_000, total > subtotal,
      rows.reduce(Int64(0), { Money.saturatingSum($0, $1.cents) }) == total &- subtotal
    else { return false }
    let rates = Set(standardTaxRates + LedgerLayout.reducedTaxRates)
    // The parts taxed, in cents, each at its least (a rate is thousandths of a percent).
    var parts: Int64 = 0
    for r in rows {
      guard r.cents > 0, isTaxBetweenLabel(r.label), let rate = writtenRate(r.label),
        rates.contains(rate),
        r.cents < Int64.max / 100_000
      else { return false }
      // `r.cents` is `rate` of a part: the part lies within half a cent of tax either side.
      let low = (r.cents * 100_000 - 50_000) / rate
      guard low <= subtotal else { return false }
      parts = Money.saturatingSum(parts, low)
    }
    return parts <= subtotal
  }

  /// The one rate written in `label` (`VAT 20%`, `IVA 5,5 %`), in thousandths of a percent.
  /// `nil` for none, or two.
  static func writtenRate(_ label: String) -> Int64? {
    let chars = Array(label)
    var found: Int64?
    var i = 0
    while i < chars.count {
      guard chars[i].isASCII, chars[i].isNumber else {
        i += 1
        continue
      }
      var j = i
      var whole: Int64 = 0
      var fraction: Int64 = 0
      var scale: Int64 = 1_000
      var isFraction = false
      while j < chars.count, j - i < 8,
        (chars[j].isASCII && chars[j].isNumber) || (!isFraction && [".", ","].contains(chars[j]))
      {
        if let d = chars[j].wholeNumberValue {
          if isFraction {
            scale /= 10
            fraction += Int64(d) * scale
          } else {
            whole = whole * 10 + Int64(d)
          }
        } else {
          isFraction = true
        }
        j += 1
      }
      var k = j
      while k < chars.count, chars[k] == " " { k += 1 }
      if k < chars.count, chars[k] == "%", whole <= 100 {
        guard found == nil else { return nil }
        found = whole * 1_000 + fraction
      }
      i = max(j, i + 1)
    }
    return found
  }
}

extension LedgerReader {
  /// Words of a label that name only a tax's rate or its place on the printout (`Standard Rate
  /// (20%)`, `Total VAT 20%`, `Zero rated`).
  static let taxRateWords: Set<String> = [
    "standard", "reduced", "zero", "rate", "rated", "total", "exempt", "on", "at", "of",
  ]

  /// Whether a row's label (``SummaryCandidate/label``) may be a tax row's found by its amount
  /// between a subtotal and its total: empty, or naming a tax and nothing else once its rates
  /// and ``taxRateWords`` are aside (``isTaxLineText(_:isAccount:)``). A percentage alone tells
  /// no tax from a charge priced on the subtotal (review 47, R47-1: `Premium support (20% of
  /// licence)`, `Tax Advisory`, `Wartung 19%`, an agency's `Agency fee 15%` on every invoice were
  /// dropped as tax).
  static func isTaxBetweenLabel(_ label: String) -> Bool {
    let words = withoutRates(label.lowercased()).split { !$0.isLetter && !$0.isNumber }
      .map(String.init).filter { !taxRateWords.contains($0) }
    return words.isEmpty || isTaxLineText(words.joined(separator: " "))
  }

  /// Word starts that name a credit, refund, void or discount of an invoice: such a row below
  /// its total is the invoice's own adjustment, never a payment found by its amount (review 47,
  /// R47-3, R47-6).
  static let adjustmentStems = [
    "credit", "refund", "void", "storno", "cancel", "annul", "discount", "rabatt",
    "skonto", "remise", "descuento", "sconto", "korting", "promo", "coupon", "voucher",
    "rebate", "allowance", "gutschrift", "avoir", "abono", "rembours", "reembolso",
    "rückerstatt", "creditnota", "writ",
  ]

  /// Whole words of such adjustments (`CN-12`, `Free month`): as starts they would name other
  /// words (`freelance`).
  static let adjustmentWords: Set<String> = ["cn", "free"]

  /// Labels of a balance carried in from earlier invoices (`Previous balance`): a positive row
  /// below a total settles it only under one of them (review 47, R47-2). Words as
  /// ``labelKey(_:)``.
  static let carriedBalanceLabels: Set<String> = [
    "previous balance", "prior balance", "balance forward", "balance brought forward",
    "brought forward", "opening balance", "balance carried forward", "past due balance",
    "previous amount due", "arrears", "saldo anterior", "saldo previo", "vorheriger saldo",
    "saldovortrag", "saldo vortrag", "alter saldo", "solde précédent", "solde antérieur",
    "report à nouveau",
  ]

  /// Whether `label` says only a balance carried in (``carriedBalanceLabels``).
  static func isCarriedBalanceLabel(_ label: String) -> Bool {
    labelKey(label).map(carriedBalanceLabels.contains) ?? false
  }

  /// Whether `label` holds a word starting with one of ``adjustmentStems``, or one of
  /// ``adjustmentWords``.
  static func isAdjustmentLabel(_ label: String) -> Bool {
    label.lowercased().split { !$0.isLetter }.contains { word in
      adjustmentWords.contains(String(word)) || adjustmentStems.contains { word.hasPrefix($0) }
    }
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
