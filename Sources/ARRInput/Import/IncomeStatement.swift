import ARRCore

/// An income statement by month (a P&L: revenue lines, cost of revenue, gross profit, operating
/// expenses, EBITDA), the table every data room holds beside the customers' revenue. Its first
/// column names lines of the company's accounts, not customers; read as a customer cube, "Gross
/// profit" and "Subscription revenue" became accounts and were added up as recurring revenue
/// (trial 48, T48-30: $3.11M of headline ARR, exit 0). It is refused as the company's totals
/// are (``CompanyMetrics``), or left out beside the revenue files.
enum IncomeStatement {
  /// Line labels only an income statement has (after ``phrase(_:)``): a customer is never
  /// called "Gross profit" or "EBITDA". Decided: whole labels only, so "Gross Profit Partners
  /// LLC" stays a customer.
  static let lines: Set<String> = [
    "cost of revenue", "cost of revenues", "total cost of revenue", "cost of sales",
    "total cost of sales", "cost of goods sold", "cogs", "gross profit", "gross margin",
    "gross loss", "operating expenses", "total operating expenses", "opex", "total opex",
    "operating income", "operating loss", "operating profit", "income from operations",
    "loss from operations", "ebitda", "adjusted ebitda", "ebit", "net income", "net loss",
    "net profit", "net income loss", "profit before tax", "income before taxes",
    "income before income taxes", "pre tax income", "sales and marketing",
    "research and development", "general and administrative", "depreciation and amortization",
    "interest expense", "income tax expense", "provision for income taxes",
  ]

  /// Revenue lines of a statement (``CompanyMetrics/revenueNames`` and the kinds of revenue a
  /// P&L splits): a statement's only lines under a title naming it.
  static let revenueLines: Set<String> = CompanyMetrics.revenueNames.union([
    "usage revenue", "services revenue", "professional services revenue", "other revenue",
    "subscription and support revenue", "license revenue", "licence revenue",
  ])

  /// Words of `text` in lower case, `&` read as `and`, joined by one space (`Sales & marketing`
  /// → `sales and marketing`, `P&L` → `p and l`).
  static func phrase(_ text: String) -> String {
    text.lowercased().split(separator: "&", omittingEmptySubsequences: false)
      .joined(separator: " and ").split { !$0.isLetter && !$0.isNumber }
      .joined(separator: " ")
  }

  /// Whether `text` (a title line, a sheet's or a file's name) names an income statement.
  static func isTitle(_ text: String) -> Bool {
    let p = " " + phrase(text) + " "
    return [
      " income statement", " profit and loss ", " p and l ", " statement of operations ",
      " statement of income ", " profit loss ",
    ].contains { p.contains($0) }
  }

  /// Why `table` reads as an income statement, with the lines that say so, or `nil`: two
  /// statement lines (``lines``) among the labels of the first column, or, under a title, sheet
  /// or file name naming an income statement, one such line or revenue lines (``revenueLines``)
  /// making at least half of the labelled rows.
  /// - Complexity: O(first cells of the first ``searchRows`` rows).
  static func explain(_ table: ImportTable) -> String? {
    var found = [(text: String, line: Int)]()
    var revenue = [(text: String, line: Int)]()
    var title: String?
    // Rows with a label and an amount or more: a statement's lines, or a cube's customers.
    var labelled = 0
    // The rows with an amount above the first totals row, and the revenue lines among them: a
    // P&L totals its few revenue lines before its costs; a cube totals its customers, and
    // statement lines under that total (`COGS`, `Gross margin` below `Total MRR`) are its
    // summary rows, no sign of a statement (review 50, R50-1: such a cube was refused).
    var aboveTotal: (labelled: Int, revenue: Int)?
    var foundBelowTotal = [(text: String, line: Int)]()
    for r in table.records.prefix(searchRows) {
      guard let label = r.cells.first(where: { !$0.isEmpty }) else { continue }
      // Section labels without amounts are counted nowhere (R50-2: `Subscription revenue`
      // heading a cube's customers counted as a revenue line against rows with amounts).
      let hasAmount = r.cells.lazy.filter({ !$0.isEmpty }).dropFirst().first != nil
      let p = phrase(label)
      if aboveTotal == nil, hasAmount, CubeTotals.kind([label], monthColumns: []) != .none {
        aboveTotal = (labelled, revenue.count)
      }
      if hasAmount { labelled += 1 }
      if lines.contains(p) {
        guard !(found + foundBelowTotal).contains(where: { phrase($0.text) == p }) else { continue }
        if aboveTotal == nil {
          found.append((label, r.line))
        } else {
          foundBelowTotal.append((label, r.line))
        }
      } else if revenueLines.contains(p) {
        if hasAmount { revenue.append((label, r.line)) }
      } else if title == nil, isTitle(label) {
        title = "title \"\(label)\" (line \(r.line))"
      }
    }
    // Lines under the first total count when the rows above it are mostly revenue lines (the
    // header row among those counted), as a P&L's are, or when three or more follow it (a P&L
    // whose revenue lines are its products: costs, gross profit, expenses, EBITDA), never a
    // cube's footer of two.
    if let above = aboveTotal,
      above.revenue * 2 >= above.labelled - 1 || foundBelowTotal.count >= 3
    {
      found += foundBelowTotal
    }
    if title == nil, let sheet = table.sheet?.sheet, isTitle(sheet) {
      title = "sheet name \"\(sheet)\""
    }
    if title == nil {
      let name = (table.sheet?.workbook ?? table.file).split(separator: "/").last.map(String.init)
      if let name, isTitle(name) { title = "file name \"\(name)\"" }
    }
    // Under a title, one statement line, or revenue lines making half the rows: a customer
    // cube's `Total revenue` row under a title naming the P&L is no statement (the header row
    // is among the rows counted).
    let isRevenueOnly = revenue.count >= 2 && revenue.count * 2 >= labelled - 1
    guard found.count >= 2 || (title != nil && (found.count >= 1 || isRevenueOnly)) else {
      return nil
    }
    let shown = (found + (found.count < 3 ? revenue.prefix(3 - found.count) : []))
      .prefix(3).map { "\"\($0.text)\" (line \($0.line))" }.joined(separator: ", ")
    let line = (found.first ?? revenue[0]).line
    return "\(table.file):\(line): reads as an income statement ("
      + (title.map { $0 + "; " } ?? "") + "lines " + shown
      + "): the company's revenue and costs by month, not revenue by customer; read as "
      + "customers, its lines (gross profit and costs among them) would be added up as "
      + "recurring revenue, and a P&L cannot show which customers stay, grow or leave; "
      + CompanyMetrics.instead
  }

  /// How many rows are searched for a statement's lines: a P&L is short, and a customer cube's
  /// first rows are customers.
  static let searchRows = 400
}
