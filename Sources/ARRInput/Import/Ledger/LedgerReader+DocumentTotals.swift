import ARRCore

/// An invoice's own row beside its item lines (session 42, crm lane; trial 41, T41-4): NetSuite's
/// transaction saved search without the `Main Line = false` filter writes each invoice's main
/// line (`Main Line` "*", no item, the invoice's total) above its item lines, and invoicing
/// tools' "invoice details" exports write an invoice-level row (no item, the invoice's total)
/// beside them. Read as lines, every invoice was counted twice ($72,000 for $36,000, no word).
extension LedgerReader {
  /// Headers of NetSuite's main-line flag (`Main Line`: `*` on an invoice's header row).
  static let mainLineNames: Set<String> = ["main line", "mainline", "is main line"]

  /// The rows of a ledger that are their document's total, found before the lines are read.
  struct DocumentTotals {
    /// Per source line of such a row: its document and what its document's other lines sum to.
    var rows: [Int: (document: String, cents: Int64, lines: Int64)] = [:]
    /// The main-line flag column, when the header has one.
    var mainLine: Int?
    /// Per source line of a total that is its lines' sum plus their tax (the invoice's gross
    /// beside lines net of tax): that tax.
    var withTax: [Int: Int64] = [:]
    /// Source lines of main lines that are their lines' sum in the opposite sign (a posting's
    /// receivable debit beside its revenue credits).
    var opposite: Set<Int> = []
    /// Source lines of rows labelled as the document's summary (`Subtotal`, `Total`) and equal
    /// to its lines (``summaryTotals(_:)``).
    var labelled: Set<Int> = []
    /// Source lines of rows with no item or label, neither flagged nor holding tax, read as
    /// their document's total only because they equal its other rows (review 44, W-12).
    var equalOnly: Set<Int> = []
    /// Per source line of a row below an invoice's summary row saying a payment (`Amount paid`)
    /// or what is left to pay (`Balance due`): its document, and whether a payment (review 45,
    /// Y-16). Neither a line nor a total.
    var settlement: [Int: (document: String, isPayment: Bool)] = [:]
    /// Per source line of an invoice's summary row below its lines and their tax (a discount
    /// the export writes only in its total; review 45, Y-10): the gap.
    var discounted: [Int: Int64] = [:]
    /// Per source line of a line of such an invoice: its amount as read here, and that amount
    /// less its share of the gap.
    var rescaled: [Int: (read: Int64, net: Int64)] = [:]
    /// Source lines and amounts of bare rows read as lines though each is above its invoice's
    /// other rows by 5% to 30% on four in five invoices, at shares no rule reads as tax (review
    /// 45, Y-13: such rows went unsaid).
    var grossLike: [(line: Int, cents: Int64)] = []
    /// Source lines of rows between an invoice's subtotal and total that are their difference
    /// at a standard rate: tax lines whatever their labels (review 46, R46-10).
    var taxRows: Set<Int> = []
    /// Of ``settlement``, the source lines of rows no label names: found by their amounts
    /// alone (review 46, R46-9, R46-13).
    var unlabelledSettlement: Set<Int> = []
    /// Invoices whose rows read as lines sum to zero or less, a negative one below a positive
    /// total: each one's number and first source line (review 46, R46-9).
    var wipedOut: [(document: String, line: Int)] = []
    /// Of ``discounted``, the summary rows whose gap is their invoice's set-up or services
    /// lines to the cent, taken from them alone (a fee waived; review 46, R46-15).
    var waived: Set<Int> = []
    /// Per source line of a row of an invoice whose summary rows name a currency (`Total GBP`),
    /// that currency: filled only when the file has no currency column and its invoices' labels
    /// name two currencies or more (review 47, R47-5: `Total GBP` and `Total EUR` invoices were
    /// summed as one currency, silently). The first code an invoice's labels name is its own
    /// (`Total GBP` above an informational `Total EUR` is a GBP invoice).
    var labelCurrency: [Int: String] = [:]
    /// Source lines of a printout's page totals (``pageTotals(_:)``): neither lines nor totals.
    var pageTotals: Set<Int> = []

    /// The finding on ``equalOnly``: what is left out if those rows are lines. `nil` for none.
    func equalOnlyFinding(file: String, money: (Int64) -> String) -> String? {
      guard let first = equalOnly.min() else { return nil }
      let stake = equalOnly.reduce(Int64(0)) { Money.saturatingSum($0, rows[$1]?.cents ?? 0) }
      return
        "\(file): check: \(Counted.phrase(equalOnly.count, "row")) with no item or description, "
        + "each equal to its invoice's other lines (the first on line \(first)), "
        + "\(equalOnly.count == 1 ? "was" : "were") read as the invoice's own total and left out, "
        + "\(money(stake)) in all; if they are lines billed with no product, revenue is that much "
        + "higher"
    }

    /// The rows whose amount differs from their document's lines, their tax added, in either
    /// sign (a flagged main line only: an unflagged row is a total only when it equals them),
    /// in line order.
    var differing: [(line: Int, document: String, cents: Int64, lines: Int64)] {
      rows.filter {
        $0.value.cents != $0.value.lines && withTax[$0.key] == nil && !opposite.contains($0.key)
          && discounted[$0.key] == nil
      }.sorted { $0.key < $1.key }.map {
        ($0.key, $0.value.document, $0.value.cents, $0.value.lines)
      }
    }
  }

  /// Whether a main-line cell is set: `*` (NetSuite), `header` or `main` (a main line named
  /// beside `line`), or a yes (``yesNo(_:)``).
  static func isMainLine(_ text: String) -> Bool {
    text == "*" || ["header", "main", "main line"].contains(text.lowercased())
      || yesNo(text) == true
  }

  /// Whether the main-line column of `body` sets its flag on some rows and not on others (an
  /// export of main lines only, or of none, flags no document total).
  static func mainLinesMixed(_ body: ArraySlice<ImportTable.Record>, column: Int) -> Bool {
    var flagged = false
    var plain = false
    for r in body where column < r.cells.count {
      if isMainLine(r.cells[column]) { flagged = true } else { plain = true }
      if flagged && plain { return true }
    }
    return false
  }

  /// The tax a document total holds beyond its other rows' sum `lines`: their tax-column sum
  /// `linesTax`, or the total's own tax cell `ownTax`, when the total is `lines` plus it (not
  /// zero). `nil` when neither holds.
  /// `taxed`: how many of those rows hold a tax cell: tax computed on the invoice's total
  /// differs from the lines' rounded taxes by up to a cent each (review 43, V1: 3 × 33.33 of
  /// tax on lines of 333.33, 100.00 on their total), so the lines' tax matches within that;
  /// the tax is then the total less the lines.
  static func taxBeyond(
    _ cents: Int64, lines: Int64, linesTax: Int64, ownTax: Int64, taxed: Int = 0
  ) -> Int64? {
    if linesTax != 0 {
      let gap = cents &- Money.saturatingSum(lines, linesTax)
      if gap == 0 { return linesTax }
      if gap.magnitude <= UInt64(taxed) { return cents &- lines }
    }
    if ownTax != 0, cents == Money.saturatingSum(lines, ownTax) { return ownTax }
    return nil
  }

  /// The rows of `body` that are their document's total: within one document number of one
  /// customer holding two rows or more, a row whose main-line flag is set (when some row of the
  /// document's is not), or else the one row with no item (its description and class blank)
  /// whose amount equals the sum of the document's other rows (not zero). `cents` reads an
  /// amount cell. Empty without a document column.
  /// - Complexity: O(rows).
  /// Words of a description that names the invoice itself, not something billed on it.
  static let documentWords: Set<String> = [
    "invoice", "invoices", "total", "totals", "subtotal", "summary", "balance", "statement",
  ]

  /// Whether a row with no item says nothing of its own in its description: blank, or naming
  /// the document (its number, `Subscription invoice - March 2024`, `Invoice total`). A row
  /// whose description bills something (`Platform fee (monthly)`) is a line with no product,
  /// whatever its amount (review 44, W-1 and W-2: such a fee equal to the other lines, or to
  /// the one item line, was dropped as the invoice's own row, $25,200 for $50,400).
  static func isDocumentsOwn(_ description: String, number: String) -> Bool {
    guard !description.isEmpty else { return true }
    if !number.isEmpty && description.contains(number) { return true }
    return description.lowercased().split { !$0.isLetter }.contains {
      documentWords.contains(String($0))
    }
  }

  static func documentTotals(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    taxLines: Set<Int> = [], cents: (String) -> Int64?
  ) -> DocumentTotals {
    var found = DocumentTotals()
    found.mainLine = header.indices.first {
      mainLineNames.contains(LedgerLayout.normalized(header[$0]))
    }
    guard let doc = layout.columns[.document], let amount = layout.columns[.amount] else {
      return found
    }
    // Per document: its rows (line, amount, flagged, itemless, tax cell), in file order.
    var documents =
      [DocumentKey: [(line: Int, cents: Int64, isMain: Bool, isBare: Bool, tax: Int64)]]()
    // Source lines of rows labelled only `Subtotal`, `Total`, `Invoice Total` (review 44, W-6).
    var summaryLines = Set<Int>()
    // Source lines of rows saying only a payment or a balance, and of those a payment (Y-16).
    var settlementLines = Set<Int>()
    var paymentLines = Set<Int>()
    // Summary rows' labels, lowercased (``SummaryCandidate/label``), and each row's currency cell
    // when the file has a currency column.
    // Every row's labels, lowercased and joined: what a row found by its amount says it is
    // (``isTaxBetweenLabel(_:)``, ``isAdjustmentLabel(_:)``; review 47).
    var rowLabels = [Int: String]()
    // Source lines of rows labelled only as a subtotal (``subtotalLabels``), and of rows naming
    // set-up work or services (``ServicesWords``).
    var subtotalLines = Set<Int>()
    var oneTimeLines = Set<Int>()
    var rowCurrency = [Int: String]()
    // Source lines of rows labelled only as a page total (``pageTotalLabels``).
    var pageLabelled = Set<Int>()
    // Per source line of a summary-labelled row naming a currency (`Total GBP`): the code.
    var summaryCodes = [Int: String]()
    // Per source line of a summary-labelled row: its labels' keys (`Total GBP` is `total`).
    var summaryKeys = [Int: String]()
    // Per document: the currency its first matched summary row naming one names.
    var labelCodes = [DocumentKey: String]()
    var order = [DocumentKey]()
    let taxColumn = taxColumn(layout: layout, header: header)
    // With an item column beside a description, the item decides: an invoice-level row may
    // carry its subject in the description (review 43, V14: Zoho's "Subscription invoice -
    // March 2024" on the row with no item).
    // A class column (`Class`, `Revenue class`) is no item: blank on most lines of a
    // QuickBooks export, it decides nothing.
    let itemNames: Set<String> = [
      "item", "item name", "product", "product name", "product/service", "product service",
    ]
    let item = layout.columns[.lineClass].flatMap { c in
      c < header.count && itemNames.contains(LedgerLayout.normalized(header[c])) ? c : nil
    }
    // Whether bareness is read from a column naming items (not a memo, blank on a genuine line).
    let isItemNamed =
      item != nil
      || layout.columns[.description].map {
        $0 < header.count && itemNames.contains(LedgerLayout.normalized(header[$0]))
      } == true
    // A memo column beside no item column (QuickBooks' `Memo/Description`).
    let isMemo =
      item == nil
      && layout.columns[.description].map {
        $0 < header.count
          && ["memo", "memo/description", "memo description"].contains(
            LedgerLayout.normalized(header[$0]))
      } == true
    for r in body {
      let number = cell(r, doc)
      guard !number.isEmpty, let v = cents(cell(r, amount)) else { continue }
      // A payment on the invoice's number is cash, no line of it (review 43, V11).
      if let t = layout.columns[.type], isPayment(cell(r, t)) || isPurchase(cell(r, t)) {
        continue
      }
      let customer = cell(r, layout.columns[.customerID] ?? layout.columns[.customerName])
      let key = DocumentKey(customer: customer, document: number)
      if documents[key] == nil { order.append(key) }
      // Labels saying only `Subtotal`, `Total`, `Invoice Total` (review 44, W-6).
      let labels = [layout.columns[.lineClass], layout.columns[.description]].map { cell(r, $0) }
        .filter { !$0.isEmpty }
      let isSummary = !labels.isEmpty && labels.allSatisfy(isSummaryLabel)
      rowLabels[r.line] = labels.joined(separator: " ").lowercased()
      if !labels.isEmpty, labels.allSatisfy(isPageTotalLabel) { pageLabelled.insert(r.line) }
      if isSummary, let code = labels.lazy.compactMap(labelCurrency).first {
        summaryCodes[r.line] = code
      }
      if isSummary { summaryKeys[r.line] = labels.compactMap(labelKey).joined(separator: " ") }
      if isSummary {
        summaryLines.insert(r.line)
        if labels.allSatisfy({ labelKey($0).map(subtotalLabels.contains) ?? false }) {
          subtotalLines.insert(r.line)
        }
      }
      if let c = layout.columns[.currency] { rowCurrency[r.line] = cell(r, c).uppercased() }
      // As ``LedgerImporter/isOneTimeText(_:)`` reads a description: normalized only when
      // `-`, `_` or a double space may hide a word's space.
      if labels.contains(where: {
        let lower = $0.lowercased()
        return ServicesWords.isIn(
          lower.contains(where: { $0 == "-" || $0 == "_" }) || lower.contains("  ")
            ? CubeLayout.normalized(lower) : lower)
      }) {
        oneTimeLines.insert(r.line)
      }
      if !labels.isEmpty && labels.allSatisfy(isSettlementLabel) {
        settlementLines.insert(r.line)
        if labels.contains(where: {
          $0.lowercased().split { !$0.isLetter }.contains { paymentWords.contains(String($0)) }
        }) {
          paymentLines.insert(r.line)
        }
      }
      documents[key, default: []].append(
        (
          r.line, v, isMainLine(cell(r, found.mainLine)),
          isSummary
            || (item != nil
              ? cell(r, item).isEmpty
                && isDocumentsOwn(cell(r, layout.columns[.description]), number: number)
              : cell(r, layout.columns[.description]).isEmpty
                && cell(r, layout.columns[.lineClass]).isEmpty),
          cents(cell(r, taxColumn)) ?? 0
        ))
    }
    // A printout's page totals first: out of their invoice's rows (review 47, R47-13).
    if !pageLabelled.isEmpty {
      let nearBreak = pageBreakNeighbours(body, amount: amount, cents: cents)
      for key in order {
        guard let rows = documents[key], rows.contains(where: { pageLabelled.contains($0.line) })
        else { continue }
        let pages = pageTotals(
          rows.map {
            (
              $0.line, $0.cents, pageLabelled.contains($0.line), nearBreak.contains($0.line),
              summaryLines.contains($0.line)
            )
          })
        guard !pages.isEmpty else { continue }
        found.pageTotals.formUnion(pages)
        documents[key] = rows.filter { !pages.contains($0.line) }
      }
    }
    signTaxByAmount(&documents)
    // An itemless row is a document's total only in a file with an item or description
    // column, whose other rows fill it, and only when the rule holds across the file: at least
    // four in five of its documents of several unflagged rows have one, and one such document
    // has two other rows at least (review 42, R4: with no description column every row was
    // itemless, and an invoice of 1,000 + 600 + 400 lost its 1,000, $30,000 for $42,000; a
    // two-line invoice of 500 + 500 lost one).
    let hasItemColumn =
      layout.columns[.description] != nil || layout.columns[.lineClass] != nil
    var candidates = [(line: Int, document: String, cents: Int64, lines: Int64, tax: Int64?)]()
    // Per customer: its documents of several unflagged rows, and the lines of its candidates.
    var documentsOf = [String: Int]()
    var candidateCustomer = [Int: String]()
    // Documents of one itemless row beside item rows that matched no total (a discount,
    // shipping): the document's row once the file's rule holds (review 43, V19).
    var misses = [
      (line: Int, document: String, customer: String, cents: Int64, lines: Int64, others: Int)
    ]()
    var unflaggedDocuments = 0
    var singleDocuments = 0
    var isWide = false
    for key in order {
      guard let rows = documents[key] else { continue }
      guard rows.count > 1 else {
        if !rows[0].isMain { singleDocuments += 1 }
        continue
      }
      let total = rows.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
      let totalTax = rows.reduce(Int64(0)) { Money.saturatingSum($0, $1.tax) }
      let flagged = rows.filter(\.isMain)
      if !flagged.isEmpty && flagged.count < rows.count {
        let plain = rows.filter { !$0.isMain }
        let lines = plain.reduce(Int64(0)) { Money.saturatingSum($0, $1.cents) }
        let linesTax = plain.reduce(Int64(0)) { Money.saturatingSum($0, $1.tax) }
        for f in flagged {
          found.rows[f.line] = (key.document, f.cents, lines)
          // A posting's two sides (review 42, G1): the receivable's debit is its revenue
          // credits' sum, in the other sign.
          if lines != 0, f.cents == 0 &- lines {
            found.opposite.insert(f.line)
          } else if f.cents != lines,
            let tax = taxBeyond(f.cents, lines: lines, linesTax: linesTax, ownTax: f.tax)
          {
            found.withTax[f.line] = tax
          }
        }
        continue
      }
      guard flagged.isEmpty else { continue }
      // Rows labelled `Subtotal`, `Total` equal to the lines (their tax added or not): the
      // document's summary, whatever the rest of the file does (review 44, W-6; X-7).
      // Below them, payments and balances are no lines (review 45, Y-16), and another
      // summary row is the invoice's too, whatever its amount (Y-9, Y-10).
      // A summary or settling row in another currency than the invoice's lines is none of its
      // figures: a line, as before these rules, which the currency check then reads (review 46,
      // R46-3: a second `Total` in GBP under EUR lines was read as a discount, and the file's
      // two currencies, refused before, went unsaid).
      let linesCurrency = rows.first { !summaryLines.contains($0.line) }.flatMap {
        rowCurrency[$0.line]
      }
      func isOwn(_ line: Int) -> Bool {
        guard let own = linesCurrency, !own.isEmpty, let c = rowCurrency[line], !c.isEmpty else {
          return true
        }
        return c == own
      }
      let summary = summaryTotals(
        rows.map {
          SummaryCandidate(
            line: $0.line, cents: $0.cents, tax: $0.tax,
            isSummary: summaryLines.contains($0.line) && isOwn($0.line),
            isSettlement: settlementLines.contains($0.line) && isOwn($0.line),
            isPayment: paymentLines.contains($0.line), isTax: taxLines.contains($0.line),
            label: rowLabels[$0.line] ?? "", isSubtotal: subtotalLines.contains($0.line),
            isOneTime: oneTimeLines.contains($0.line))
        })
      found.taxRows.formUnion(summary.taxRows)
      if summary.isWipedOut { found.wipedOut.append((key.document, rows.first?.line ?? 0)) }
      found.unlabelledSettlement.formUnion(summary.unlabelledSettlement)
      // The first code the invoice's summary rows name is its currency, but a row repeating
      // an earlier plain row's label in a currency (`Total` then `Total USD`) is a conversion
      // (review 48, R48-3: a GBP file whose converted `Total USD` rows were read as USD
      // invoices was refused as two currencies).
      var plainKeys = Set<String>()
      for line in (summary.totals.map(\.line) + summary.unmatched.map(\.line)).sorted() {
        let labelKey = summaryKeys[line] ?? ""
        guard let code = summaryCodes[line] else {
          plainKeys.insert(labelKey)
          continue
        }
        if plainKeys.contains(labelKey) { continue }
        labelCodes[key] = code
        break
      }
      if !summary.totals.isEmpty || !summary.settlement.isEmpty || !summary.unmatched.isEmpty {
        for s in summary.totals {
          found.rows[s.line] = (key.document, s.cents, s.lines)
          found.labelled.insert(s.line)
          if let tax = s.tax { found.withTax[s.line] = tax }
        }
        for s in summary.settlement { found.settlement[s.line] = (key.document, s.isPayment) }
        for u in summary.unmatched {
          found.rows[u.line] = (key.document, u.cents, u.lines)
          found.labelled.insert(u.line)
        }
        if let d = summary.discount {
          found.discounted[d.line] = d.gap
          if d.isWaiver { found.waived.insert(d.line) }
          for r in rows { if let net = d.lines[r.line] { found.rescaled[r.line] = (r.cents, net) } }
        }
        continue
      }
      unflaggedDocuments += 1
      documentsOf[key.customer, default: 0] += 1
      // An itemless row equal to the sum of the others: twice it is the document's whole. Or
      // equal to their sum plus their tax (review 42, G2: an invoice-level row holding the
      // invoice's gross beside lines net of tax was read as a line, $73,080 for $34,800).
      // Among several itemless rows, the one equal to all the others is the total; the
      // others are lines with no product (review 43, V20).
      var bare = [(line: Int, cents: Int64, lines: Int64, tax: Int64?)]()
      for r in rows where r.isBare && r.cents != 0 {
        let others = total &- r.cents
        if others == r.cents {
          bare.append((r.line, r.cents, others, nil))
        } else if let tax = taxBeyond(
          r.cents, lines: others, linesTax: totalTax &- r.tax, ownTax: r.tax,
          taxed: rows.count(where: { $0.line != r.line && $0.tax != 0 }))
        {
          bare.append((r.line, r.cents, others, tax))
        }
      }
      let itemless = rows.filter(\.isBare)
      guard hasItemColumn, itemless.count < rows.count else { continue }
      if bare.count == 1, let b = bare.first {
        candidates.append((b.line, key.document, b.cents, b.lines, b.tax))
        candidateCustomer[b.line] = key.customer
        // A total with the tax added is no coincidence of two equal lines.
        // Not under a memo column with no item column: a blank memo is a line's, and a line
        // equal to the other two is no total without their tax (review 44, W-11: `Seat` 400 +
        // `Seat` 400 + a blank memo's 800 lost the 800, $25,200 for $50,400).
        // Written first, before its lines, it is the invoice's own row (QuickBooks; review
        // 45, Y-2: read as a line again, $93,600 for $46,800).
        let isFirst = rows.first?.line == b.line
        if (rows.count >= 3 && (!isMemo || isFirst)) || b.tax != nil { isWide = true }
      } else if bare.isEmpty, itemless.count == 1, itemless[0].cents != 0 {
        misses.append(
          (
            itemless[0].line, key.document, key.customer, itemless[0].cents,
            total &- itemless[0].cents, rows.count - 1
          ))
      }
    }
    // Rows equal to their document's other rows (0% of tax), with their customers.
    let equalRows = candidates.filter { $0.tax == nil }.map {
      (line: $0.line, customer: candidateCustomer[$0.line] ?? "")
    }
    // One row with no item beside one item row of its amount on every invoice of the file
    // (six at least, none of a single row), the item column naming items (a blank memo is a
    // line's; review 42, R4): the invoice-row shape of an export with no tax, never a
    // coincidence (review 43, V2: each invoice was read twice, $93,600 for $46,800).
    let isEveryInvoice =
      isItemNamed && candidates.count >= 6 && candidates.count == unflaggedDocuments
      && singleDocuments == 0
    if isWide || isEveryInvoice, candidates.count * 5 >= unflaggedDocuments * 4 {
      for c in candidates {
        found.rows[c.line] = (c.document, c.cents, c.lines)
        if let tax = c.tax { found.withTax[c.line] = tax } else { found.equalOnly.insert(c.line) }
      }
      for m in misses { found.rows[m.line] = (m.document, m.cents, m.lines) }
    } else if taxColumn == nil, misses.count >= 3, misses.count * 5 >= unflaggedDocuments * 4,
      Set(misses.map(\.lines)).count >= 2,
      commonTaxRate(misses.map { ($0.cents, $0.lines) }) != nil
        || Dictionary(grouping: misses, by: \.customer).values.allSatisfy({ rows in
          standardTaxRate(rows.map { ($0.cents, $0.lines) }) != nil
        })
    {
      // Each document's one bare row is its other rows' sum times one factor (1 + a tax rate)
      // across the file, on lines of two sums at least: the invoice's gross, no tax column
      // beside it (review 44, W-7: read as a line, silently, $102,960 for $46,800). With a
      // tax column the gross matches the lines' tax, or is a line (review 43, V1's twin).
      // Or one factor per customer, each a standard rate (an EU seller charging each customer
      // its country's VAT; review 45, Y-13: read as lines, $103,200 for $46,800).
      for m in misses {
        found.rows[m.line] = (m.document, m.cents, m.lines)
        found.withTax[m.line] = m.cents &- m.lines
      }
      // A customer's bare rows equal to its lines beside its gross rows: 0% from some month (a
      // reverse charge; review 47, R47-8: read as lines beside the others' gross, $66,000 for
      // $56,400).
      let perCustomer = grossRowsByCustomer(
        misses: misses.map { ($0.line, $0.customer, $0.cents, $0.lines, $0.others) },
        equal: equalRows, documentsOf: documentsOf)
      for c in candidates where perCustomer?.equal.contains(c.line) == true {
        found.rows[c.line] = (c.document, c.cents, c.lines)
        found.equalOnly.insert(c.line)
      }
    } else if taxColumn == nil,
      let perCustomer = grossRowsByCustomer(
        misses: misses.map { ($0.line, $0.customer, $0.cents, $0.lines, $0.others) },
        equal: equalRows, documentsOf: documentsOf)
    {
      // Decided per customer (review 46, R46-11: one VAT-exempt customer, or a rate change,
      // turned every gross row of the file into revenue, $99,300 for $46,800).
      for m in misses where perCustomer.gross.contains(m.line) {
        found.rows[m.line] = (m.document, m.cents, m.lines)
        found.withTax[m.line] = m.cents &- m.lines
      }
      for c in candidates where perCustomer.equal.contains(c.line) {
        found.rows[c.line] = (c.document, c.cents, c.lines)
        found.equalOnly.insert(c.line)
      }
    } else if taxColumn == nil, misses.count >= 3, misses.count * 5 >= unflaggedDocuments * 4,
      misses.allSatisfy({
        $0.lines > 0 && $0.cents > $0.lines && $0.cents < Int64.max / 20
          && ($0.cents - $0.lines) * 20 >= $0.lines
          && Double($0.cents - $0.lines) <= maximumTaxShare * Double($0.lines)
      })
    {
      // Read as lines, but said: each could be its invoice's gross at a rate no rule accepts.
      found.grossLike = misses.map { ($0.line, $0.cents) }
    }
    if layout.columns[.currency] == nil, Set(labelCodes.values).count > 1 {
      for (key, code) in labelCodes {
        for r in documents[key] ?? [] { found.labelCurrency[r.line] = code }
      }
    }
    return found
  }

  /// The note, or the finding, saying what the document totals were (``documentTotals``).
  static func documentTotalsReport(
    _ totals: DocumentTotals, header: [String], file: String, money: (Int64) -> String
  ) -> (text: String, isFinding: Bool)? {
    let n = totals.rows.count
    guard n > 0 else { return nil }
    let why =
      totals.mainLine.map { "its \"\(header[$0])\" set, or no item" } ?? "no item on it"
    var text =
      "\(file): \(Counted.phrase(n, "row")) \(n == 1 ? "is an invoice's" : "are invoices'") own "
      + "total beside \(n == 1 ? "its" : "their") item lines (the same document number, \(why)): "
      + "excluded and checked against the lines, as a totals row is"
    if !totals.labelled.isEmpty {
      let k = totals.labelled.count
      text +=
        "; \(CountText.grouped(k)) of them \(k == 1 ? "is" : "are") labelled as the invoice's summary "
        + "(`Subtotal`, `Total`, line \(totals.labelled.min() ?? 0) first), each the sum of the "
        + "lines above it, below it or all of them (their tax added or not), or beside one that "
        + "is: not revenue"
    }
    if let (line, tax) = totals.withTax.min(by: { $0.key < $1.key }) {
      text +=
        "; \(CountText.grouped(totals.withTax.count)) of them hold\(totals.withTax.count == 1 ? "s" : "") "
        + "the lines' sum plus their tax (line \(line): \(money(tax)) of tax): the invoice's "
        + "gross, the lines read net of it"
    }
    if let line = totals.opposite.min() {
      text +=
        "; \(CountText.grouped(totals.opposite.count)) of them \(totals.opposite.count == 1 ? "is" : "are") "
        + "the lines' sum in the opposite sign (line \(line)): the receivable's side of the "
        + "posting beside the revenue's"
    }
    let differing = totals.differing
    guard let first = differing.first else {
      let plain = n - totals.withTax.count - totals.opposite.count - totals.discounted.count
      guard plain > 0 else { return (text, false) }
      return (
        text
          + (plain == n ? "; each equals its lines' sum" : "; the others equal their lines' sum"),
        false
      )
    }
    text +=
      "; \(CountText.grouped(differing.count)) of them differ\(differing.count == 1 ? "s" : ""): "
    if first.lines != 0, (first.cents < 0) != (first.lines < 0) {
      // A posting's receivable side beside its revenue (review 43, V21): the two are compared
      // as magnitudes, the gap what the main line holds beyond its lines (tax the export left
      // out), never the two sides added.
      let (whole, lines) = (first.cents.magnitude, first.lines.magnitude)
      let gap = whole > lines ? whole - lines : lines - whole
      let tenths = gap > UInt64.max / 1_000 ? gap / lines * 1_000 : gap * 1_000 / lines
      text +=
        "line \(first.line) (\"\(first.document)\") is \(money(Int64(clamping: whole))) in the opposite sign "
        + "to its lines, which sum to \(money(Int64(clamping: lines))) (\(money(Int64(clamping: gap))) "
        + "\(whole > lines ? "beyond" : "short of") them, \(tenths / 10).\(tenths % 10)%): tax, a "
        + "discount or a line missing from the export; the lines are read"
    } else {
      text +=
        "line \(first.line) (\"\(first.document)\") says \(money(first.cents)), its lines sum to "
        + "\(money(first.lines)) (\(money(first.cents &- first.lines))): a discount, tax or a line "
        + "missing from the export; the lines are read"
    }
    return (text, true)
  }

  /// The column of each line's own amount when the amount read is its invoice's, repeated on
  /// each of its lines (an invoice export's `Total` or `SubTotal` beside the line's `Extended
  /// Price`): with a document column, when every invoice of two lines or more writes one amount
  /// on all its lines, at least two such invoices exist, and an unread column of amounts sums,
  /// on every invoice, to that amount, that column is each line's amount (session 42, crm lane;
  /// trial 41, T41-4: an invoice-level amount read on each line counted a two-line invoice
  /// twice). `nil` otherwise.
  /// - Complexity: O(rows × columns).
  static func lineAmountColumn(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>
  ) -> Int? {
    guard let doc = layout.columns[.document], let amount = layout.columns[.amount] else {
      return nil
    }
    let customer = layout.columns[.customerID] ?? layout.columns[.customerName]
    var rows = [DocumentKey: [ImportTable.Record]]()
    for r in body where !cell(r, doc).isEmpty && !cell(r, amount).isEmpty {
      rows[DocumentKey(customer: cell(r, customer), document: cell(r, doc)), default: []].append(r)
    }
    let invoices = rows.values.filter { $0.count > 1 }
    guard invoices.count >= 2,
      invoices.allSatisfy({ lines in
        let first = cell(lines[0], amount)
        return lines.allSatisfy { cell($0, amount) == first }
      })
    else { return nil }
    let used = Set(layout.columns.values)
    let money = { (text: String) -> Int64? in try? CubeMoney.cents(text, isDecimalComma: false) }
    candidates: for c in header.indices where !used.contains(c) {
      let key = LedgerLayout.normalized(header[c])
      guard !LedgerLayout.isTaxHeader(header[c]),
        ![
          "quantity", "qty", "rate", "price", "unit price", "sales price", "list price",
          "item price", "unit amount",
        ].contains(key),
        !["discount", "tax", "balance", "paid", "due"].contains(where: key.contains)
      else { continue }
      for lines in rows.values {
        var sum: Int64 = 0
        for r in lines {
          guard let v = money(cell(r, c)) else { continue candidates }
          sum = Money.saturatingSum(sum, v)
        }
        guard let whole = money(cell(lines[0], amount)), whole == sum else { continue candidates }
      }
      return c
    }
    return nil
  }
}

/// A document of a ledger: its customer and number, as the cells write them.
private struct DocumentKey: Hashable {
  var customer: String
  var document: String
}

/// `r`'s cell in column `c`, or "" (no column, or a short row).
private func cell(_ r: ImportTable.Record, _ c: Int?) -> String {
  guard let c, c < r.cells.count else { return "" }
  return r.cells[c]
}
