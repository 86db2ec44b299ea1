import ARRCore

/// An invoice's summary rows written as rows of its own (Sage's `Subtotal`, `VAT 20%`, `Total`
/// below the lines; an `Invoice Total` item; a `Total` description holding the gross): the
/// document's totals, not lines (review 44, W-6: a Sage export's `Subtotal` and `Total` rows
/// were both read as revenue, $111,360 for $34,800; X-7: a gross row described `Total` was
/// read as a line and taxed, $73,080). A row is one when its labels say only a summary word and
/// its amount is what the document's other rows sum to (all of them, those above it, those
/// below it, or all of them plus their tax column): a product named `Total Care`, or a `Total`
/// row of another amount, is a line.
extension LedgerReader {
  /// Labels of an invoice's summary rows, their letters' words lowercased and joined by one
  /// space (`Sub-total:` is `sub total`, `Total (incl. VAT)` is `total incl vat`).
  static let summaryLabels: Set<String> = [
    // Not `balance` alone: a product's name, or a deposit's second half (review 45, Y-1: a
    // `Balance` add-on equal to the line above was dropped, $34,800 for $46,800).
    "total", "totals", "subtotal", "sub total", "invoice total", "total invoice", "net total",
    "total net", "grand total", "total amount", "total due", "amount due", "balance due",
    "gross total", "total gross", "invoice amount", "total incl tax", "total incl vat",
    "total including tax", "total including vat", "total excl tax", "total excl vat",
    "total excluding tax", "total excluding vat", "total before tax", "total after tax",
    "gesamt", "gesamtbetrag", "summe", "zwischensumme", "endbetrag", "rechnungsbetrag",
    "total ttc", "total ht", "sous total", "montant total", "importe total", "totaal",
    // Review 46, R46-12: Spanish and German summary rows read as lines ($150,228 for $46,800).
    "base imponible", "total a pagar", "importe neto", "total factura", "zahlbetrag",
    "nettobetrag",
    // Review 47, R47-7: Italian, Dutch and Portuguese summary rows read as lines ($150,696 for
    // $46,800).
    "imponibile", "totale imponibile", "subtotale", "totale", "totale documento",
    "totale fattura", "totale da pagare", "subtotaal", "totaal incl btw", "totaal excl btw",
    "te betalen", "base tributável", "total do documento", "valor total",
    "total da fatura",
  ]

  /// Summary labels of a part of the invoice before its tax or its final amount (a subtotal):
  /// never the total that payments below it settle (``settlingTail(_:)``).
  static let subtotalLabels: Set<String> = [
    "subtotal", "sub total", "net total", "total net", "total excl tax", "total excl vat",
    "total excluding tax", "total excluding vat", "total before tax", "zwischensumme", "total ht",
    "sous total", "base imponible", "importe neto", "nettobetrag",
    // Review 47, R47-7 (Italian, Dutch, Portuguese).
    "imponibile", "totale imponibile", "subtotale", "subtotaal", "totaal excl btw",
    "base tributável",
  ]

  /// A row's label as the label lists hold it: its letters' words lowercased and joined by one
  /// space, a last word naming a currency (`Total GBP`, `Amount Due (USD)`: review 46, R46-10)
  /// dropped, and an `in` or `en` before it (`Total in EUR`: review 47, R47-10). `nil` for none
  /// or more than four words.
  static func labelKey(_ text: String) -> String? {
    var words = text.split { !$0.isLetter }.map(String.init)
    if labelCurrency(text) != nil {
      words.removeLast()
      if words.count > 1, let last = words.last, ["in", "en"].contains(last.lowercased()) {
        words.removeLast()
      }
    }
    guard !words.isEmpty, words.count <= 4 else { return nil }
    return words.joined(separator: " ").lowercased()
  }

  /// The currency a label names after its words (`Total GBP`, `Amount Due (USD)`, `Total in
  /// EUR`): an ISO code in capitals, its last word, after another. `nil` for none.
  static func labelCurrency(_ text: String) -> String? {
    let words = text.split { !$0.isLetter }
    guard words.count > 1, let last = words.last, last == last.uppercased(),
      LedgerLayout.headerCurrencies.contains(String(last))
    else { return nil }
    return String(last)
  }

  /// Whether `text` says only a summary word of an invoice (``summaryLabels``).
  static func isSummaryLabel(_ text: String) -> Bool {
    labelKey(text).map(summaryLabels.contains) ?? false
  }

  /// Labels of the rows of an invoice printout below its total that settle it: what was paid
  /// (`Amount paid`, `Less payment`, `Deposit applied`) and what is left to pay (`Balance due`),
  /// neither a line nor the total (review 45, Y-16: `Amount paid` rows read as negative lines
  /// wiped every invoice, headline $0 for $46,800). Words as ``summaryLabels``.
  static let settlementLabels: Set<String> = [
    "paid", "amount paid", "total paid", "paid amount", "paid to date", "payment", "payments",
    "payment received", "payments received", "payment made", "payments made", "less payment",
    "less payments", "amount received", "deposit applied", "deposit paid", "payments to date",
    "balance due", "amount due", "total due", "balance remaining", "remaining balance",
    "outstanding", "amount outstanding", "balance outstanding", "outstanding balance",
    "bezahlt", "gezahlt", "zahlung", "zahlungen", "anzahlung", "offener betrag", "restbetrag",
    "zu zahlen", "montant payé", "payé", "acompte", "reste à payer", "solde", "solde dû",
    "net à payer", "pagado", "importe pagado", "pago", "saldo", "saldo pendiente",
    // Review 46, R46-9 and R46-10 (Xero, QuickBooks, German printouts).
    "bereits bezahlt", "payments credits", "less amount paid", "amount paid to date",
    "total a pagar", "zahlbetrag",
    // Review 47, R47-7 (Italian, Dutch, Portuguese).
    "pagato", "importo pagato", "totale da pagare", "betaald", "reeds betaald", "openstaand",
    "openstaand bedrag", "te betalen", "valor pago", "valor em dívida", "em dívida",
  ]

  /// Words of a settlement label (``settlementLabels``) that say a payment, not a balance.
  static let paymentWords: Set<String> = [
    "paid", "payment", "payments", "received", "deposit", "bezahlt", "gezahlt", "zahlung",
    "zahlungen", "anzahlung", "payé", "acompte", "pagado", "pago", "pagato", "betaald",
  ]

  /// Whether `text` says only a payment or a balance of an invoice (``settlementLabels``).
  static func isSettlementLabel(_ text: String) -> Bool {
    guard let key = labelKey(text) else { return false }
    // `Payment on 15 January 2024` (Wave; review 46, R46-9): a payment and its date.
    return settlementLabels.contains(key) || isDatedPayment(text)
  }

  /// Whether `text` is `Payment on` (or `Paid on`, `Payment received on`) and a date.
  static func isDatedPayment(_ text: String) -> Bool {
    let lower = text.lowercased()
    guard
      let on = ["payment on ", "paid on ", "payment received on "].first(where: lower.hasPrefix)
    else { return false }
    let rest = lower.dropFirst(on.count)
    return rest.contains { $0.isNumber } && rest.count <= 24
  }

  /// One row of a document, as ``summaryTotals(_:)`` reads it.
  struct SummaryCandidate {
    var line: Int
    var cents: Int64
    /// Its tax cell, 0 when none.
    var tax: Int64
    /// Whether its labels say only a summary word (``isSummaryLabel(_:)``).
    var isSummary: Bool
    /// Whether its labels say only a payment or a balance (``isSettlementLabel(_:)``).
    var isSettlement = false
    /// Whether its labels say the payment (``paymentWords``), not what is left.
    var isPayment = false
    /// Whether it is a tax line (``taxLines(layout:header:body:cents:)``).
    var isTax = false
    /// Its labels, lowercased and joined (a summary row's word: `total`, `subtotal`).
    var label = ""
    /// Whether its labels say only a subtotal's word (``subtotalLabels``).
    var isSubtotal = false
    /// Whether its labels name set-up work or services billed once (``ServicesWords``).
    var isOneTime = false
    /// Whether its labels say what is left to pay (a settlement label naming no payment).
    var isDue: Bool { isSettlement && !isPayment }
  }

  /// What ``summaryTotals(_:)`` finds on one document.
  struct SummaryReading {
    /// Its summary rows: each with the sum it equals and the tax it holds beyond the lines.
    var totals: [(line: Int, cents: Int64, lines: Int64, tax: Int64?)] = []
    /// Its rows below a summary row saying a payment or what is left to pay.
    var settlement: [(line: Int, isPayment: Bool)] = []
    /// Its other summary-labelled rows, equal to nothing: each with its lines and their tax.
    var unmatched: [(line: Int, cents: Int64, lines: Int64)] = []
    /// The last of them when below the lines and their tax (a discount the export does not
    /// itemise): its gap, each line's amount less its share of the gap, and whether the gap is
    /// its set-up or services lines' whole, taken from them alone (a fee waived).
    var discount: (line: Int, gap: Int64, lines: [Int: Int64], isWaiver: Bool)?
    /// Of ``settlement``, the rows found by their amounts alone, no label saying a payment or a
    /// balance (``settlingTail(_:)``).
    var unlabelledSettlement: [Int] = []
    /// Whether the rows read as its lines sum to zero or less though a summary row above some
    /// of them is positive: rows below its total (payments, credits) no rule explains.
    var isWipedOut = false
    /// Source lines of rows between a subtotal and the total that are their difference at a
    /// standard rate: tax lines whatever their labels (``withTaxBetween(_:)``).
    var taxRows: [Int] = []
  }

  /// The rows of one document (its rows in file order) that are its summary rows: labelled as
  /// one, not zero, and equal to the sum of its other (unlabelled) rows, of those above it or
  /// below it (a `Subtotal` above the tax line), of those less its tax lines (a `Zwischensumme`
  /// below the tax line: review 45, Y-9), or to that sum plus their tax column (the gross beside
  /// lines net of tax). Once one matched: the rows below it saying a payment or a balance
  /// (Y-16), and every other summary-labelled row, whatever its amount (Y-10: a `Total` after a
  /// discount the export does not write was read as a line, $88,920 for $42,120); the last of
  /// those, below the lines and their tax by less than the lines, is a discount, spread over
  /// the lines by their amounts (or, by a cent a row at most, their rounded total: review 46,
  /// R46-18); so is a summary row written first, the only one, short of them (R46-14). First, the
  /// tax row between a subtotal and its total (``withTaxBetween(_:)``) and the rows settling the
  /// invoice by their amounts (``settlingTail(_:)``). Empty when no row is labelled or none
  /// matches.
  static func summaryTotals(_ written: [SummaryCandidate]) -> SummaryReading {
    let (rows, taxRows) = withTaxBetween(written)
    let tail = settlingTail(rows)
    guard !tail.isEmpty else {
      var out = matchedTotals(rows)
      out.taxRows = taxRows
      return withWipeOut(out, rows: rows)
    }
    let settled = Set(tail.map(\.line))
    var out = matchedTotals(rows.filter { !settled.contains($0.line) })
    out.taxRows = taxRows
    out.settlement = (out.settlement + tail.map { ($0.line, $0.isPayment) }).sorted {
      $0.line < $1.line
    }
    out.unlabelledSettlement = tail.filter { !$0.isLabelled }.map(\.line)
    return withWipeOut(out, rows: rows)
  }

  /// ``summaryTotals(_:)`` once the rows settling the invoice by their amounts are out.
  static func matchedTotals(_ rows: [SummaryCandidate]) -> SummaryReading {
    var out = SummaryReading()
    guard let opening = rows.first(where: \.isSummary)?.line else { return out }
    // Payments and balances below a summary row are no lines of what is billed, in no sum;
    // above every one, a row so named is a line (a payments product).
    let isSettling = { (r: SummaryCandidate) in r.isSettlement && r.line > opening }
    let plain = rows.filter { !$0.isSummary && !isSettling($0) }
    guard !plain.isEmpty else { return out }
    let sum = { (rs: [SummaryCandidate]) in
      rs.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
    }
    let all = sum(plain)
    let allNet = sum(plain.filter { !$0.isTax })
    let allTax = plain.reduce(Int64(0)) { Money.saturatingSum($0, $1.tax) }
    var above: Int64 = 0
    var aboveNet: Int64 = 0
    var labelled = [SummaryCandidate]()
    for r in rows {
      guard r.isSummary else {
        if !isSettling(r) {
          above = Money.saturatingSum(above, r.cents)
          if !r.isTax { aboveNet = Money.saturatingSum(aboveNet, r.cents) }
        }
        continue
      }
      guard r.cents != 0 else { continue }
      let below = all &- above
      if r.cents == all || r.cents == above || r.cents == allNet || r.cents == aboveNet {
        out.totals.append((r.line, r.cents, r.cents, nil))
      } else if r.cents == below {
        out.totals.append((r.line, r.cents, below, nil))
      } else if let tax = taxBeyond(
        r.cents, lines: all, linesTax: allTax, ownTax: r.tax,
        taxed: plain.count(where: { $0.tax != 0 }))
      {
        out.totals.append((r.line, r.cents, all, tax))
      } else {
        labelled.append(r)
      }
    }
    let gross = Money.saturatingSum(all, allTax)
    let net = plain.filter { !$0.isTax }
    guard let first = out.totals.first?.line else {
      // A summary row written first, the only one, short of the lines and their tax: the same
      // discount written only in the total, never a line (review 46, R46-14: QuickBooks' total
      // first, read as a line, $88,920 for $42,120).
      // A row saying what is left to pay is no total, so no discount: what was paid is
      // elsewhere (review 47, R47-4: `Amount due` after a deposit read as a discount); it is
      // a summary row all the same, never a line.
      if labelled.count == 1, let only = labelled.first, only.line == rows.first?.line,
        only.isDue, only.cents > 0, only.cents < gross
      {
        out.unmatched = [(only.line, only.cents, gross)]
        return out
      }
      if labelled.count == 1, let only = labelled.first, only.line == rows.first?.line,
        only.cents > 0, only.cents < gross, gross &- only.cents < allNet, allNet > 0,
        net.allSatisfy({ $0.cents > 0 })
      {
        let gap = gross &- only.cents
        out.unmatched = [(only.line, only.cents, gross)]
        out.discount = discountSpread(gap, over: net, at: only.line)
      }
      return out
    }
    let matched = Set(out.totals.map(\.line))
    for r in rows where r.line > first && r.isSettlement && !matched.contains(r.line) {
      out.settlement.append((r.line, r.isPayment))
    }
    settleBalances(rows, totals: out.totals.map(\.cents), below: first, into: &out)
    let settled = Set(out.settlement.map(\.line))
    var others = labelled.filter { !settled.contains($0.line) }
    // Short of the lines and their tax by a cent a row at most (each line's tax rounded on its
    // own): the total, rounded; no discount (review 46, R46-18: a 1-cent gap was cut from the
    // lines, with a check finding).
    if let last = others.last, last.line > (matched.max() ?? 0), last.cents > 0,
      gross > last.cents, gross &- last.cents <= Int64(plain.count)
    {
      out.totals.append((last.line, last.cents, last.cents, nil))
      others.removeLast()
    }
    out.unmatched = others.map { ($0.line, $0.cents, gross) }
    // The invoice's last summary row, below every matched one, short of the lines and their tax:
    // what was billed after a discount the export writes only in it.
    // Not under a word a matched row already has (review 46, R46-3: a second `Total` in the
    // home currency read as a 15% discount; the invoice's total was matched above it).
    let matchedLabels = Set(rows.filter { matched.contains($0.line) }.map(\.label))
    if let last = others.last, last.line > (matched.max() ?? 0), last.cents > 0,
      !matchedLabels.contains(last.label),
      last.cents < gross, gross &- last.cents < allNet, allNet > 0,
      net.allSatisfy({ $0.cents > 0 })
    {
      let gap = gross &- last.cents
      out.discount = discountSpread(gap, over: net, at: last.line)
    }
    return out
  }

  /// What is left to pay beside a payment skipped below an invoice's matched totals (`totals`,
  /// the first on line `below`): a row below them equal to one of them less the payments (to the
  /// cent, in either sign of the payments; the gross as well as the net: review 47, R47-14,
  /// `Base imponible`, `IVA`, `Total a pagar`, `Pagado`, `Pendiente 0` read at $0) is that
  /// balance whatever its label, and is skipped with them
  /// (review 46, R46-6: `Paid` skipped and `Balance` or `Due` read, the half paid counted
  /// again). Above the first payment only when the total sums rows above it (else the rows
  /// under a total written first are its lines). A row below a payment that nothing explains
  /// keeps every settling row of the invoice in as lines, netting as the file writes them.
  static func settleBalances(
    _ rows: [SummaryCandidate], totals: [Int64], below first: Int, into out: inout SummaryReading
  ) {
    let settled = Set(out.settlement.map(\.line))
    let payments = rows.filter { $0.line > first && settled.contains($0.line) && $0.isPayment }
    guard let firstPayment = payments.first?.line else { return }
    let paid = payments.reduce(Int64(0)) { Money.saturatingSum($0, magnitude($1.cents)) }
    let sumsRowsAbove = rows.contains { $0.line < first && !$0.isSummary }
    var balances = [Int]()
    for r in rows where r.line > first && !r.isSummary {
      guard !settled.contains(r.line) else { continue }
      let isBelowPayment = r.line > firstPayment
      if totals.contains(where: { r.cents == $0 &- paid }) && (sumsRowsAbove || isBelowPayment) {
        balances.append(r.line)
      } else if isBelowPayment {
        out.settlement = []
        return
      }
    }
    for b in balances { out.settlement.append((b, false)) }
  }

  /// An invoice's discount of `gap` on its `net` lines (all positive), written only in its
  /// summary row on line `line`: taken from the lines by their amounts, or, when it is the whole
  /// of the lines naming set-up work or services (``ServicesWords``) to the cent and some line
  /// names none, from those alone (a set-up fee waived: review 46, R46-15: a waived `Setup
  /// fee` was spread over the subscription too, its ARR cut by a third).
  static func discountSpread(_ gap: Int64, over net: [SummaryCandidate], at line: Int) -> (
    line: Int, gap: Int64, lines: [Int: Int64], isWaiver: Bool
  ) {
    let once = net.filter(\.isOneTime)
    if !once.isEmpty, once.count < net.count,
      once.reduce(Int64(0), { Money.saturatingSum($0, $1.cents) }) == gap
    {
      return (line, gap, Dictionary(uniqueKeysWithValues: once.map { ($0.line, Int64(0)) }), true)
    }
    return (line, gap, spread(gap, over: net.map { ($0.line, $0.cents) }), false)
  }

  /// Each of `lines` (source line, amount, all positive) less its share of `gap` by its amount,
  /// rounded down, the cents left over taken from the first largest: the lines then sum to
  /// their sum less `gap`.
  static func spread(_ gap: Int64, over lines: [(line: Int, cents: Int64)]) -> [Int: Int64] {
    let whole = lines.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
    guard whole > 0, gap >= 0, gap < whole else { return [:] }
    var out = [Int: Int64]()
    var taken: Int64 = 0
    for l in lines {
      // gap < whole and cents <= whole: the share fits.
      let share = whole.dividingFullWidth(gap.multipliedFullWidth(by: l.cents)).quotient
      out[l.line] = l.cents &- share
      taken = taken &+ share
    }
    if let largest = lines.max(by: {
      $0.cents < $1.cents || ($0.cents == $1.cents && $0.line > $1.line)
    }) {
      out[largest.line] = (out[largest.line] ?? 0) &- (gap &- taken)
    }
    return out
  }
}

extension LedgerReader.DocumentTotals {
  /// The note on ``settlement``: rows below invoices' totals paying them or saying what is left.
  /// `nil` for none.
  func settlementNote(file: String) -> String? {
    // Rows no label names are the finding's (``unlabelledSettlementFinding``).
    let named = settlement.filter { !unlabelledSettlement.contains($0.key) }
    guard let first = named.keys.min() else { return nil }
    let paid = named.values.count(where: \.isPayment)
    return
      "\(file): \(Counted.phrase(named.count, "row")) below invoices' summary rows "
      + "(the first on line \(first)) say a payment (\(CountText.grouped(paid))) or what is left "
      + "to pay (\(CountText.grouped(named.count - paid))): `Amount paid`, `Balance due`; "
      + "settling the invoice, not lines of it: skipped"
  }

  /// The finding on ``discounted``: invoices whose summary row is below their lines and tax, the
  /// lines read at it. `nil` for none.
  func discountFinding(file: String, money: (Int64) -> String) -> String? {
    guard let first = discounted.keys.min() else { return nil }
    let gap = discounted.values.reduce(Int64(0)) { Money.saturatingSum($0, $1) }
    let n = discounted.count
    return
      "\(file): check: \(Counted.phrase(n, "invoice")) \(n == 1 ? "has" : "have") a last summary "
      + "row below \(n == 1 ? "its" : "their") lines and tax (the first on line \(first)), "
      + "\(money(gap)) in all: a discount the export writes only in the total; each invoice's "
      + "lines are read at its total, the gap taken from them by their amounts"
      + (waived.isEmpty
        ? ""
        : " (on \(CountText.grouped(waived.count)) of them the gap is the invoice's set-up or "
          + "services lines to the cent: a fee waived, taken from those lines alone)")
      + " (read before the discount, revenue would be \(money(gap)) higher)"
  }
}
