// MonthlyTableReader: a customer-month's rows equal in every column read, differing only in
// columns not read (a warehouse join's fan-out).
import ARRCore

/// Rows of one customer-month that are equal in every column read (the customer, the month, the
/// amount, usage, one-time revenue, the facts) and differ only in columns not read are likely
/// one row fanned out by a join (a contacts table joined to the revenue: one row per contact),
/// not one row per product: nothing read names a product. They are still added up, as the
/// "several rows" finding says, but the other reading, each such customer-month counted once,
/// is priced in the headline's range and the finding names the columns they differ in
/// (`docs/import.md`, "The same customer on several rows"; session 35, H35-4: Beta's rows,
/// each twice with a different `contact_email`, read $95,813.88 for $65,813.88, no range).
///
/// Rows equal in every column, read or not, stay products (review 10, F3: three identical
/// product rows): nothing says a join made them. So do rows differing in a column whose header
/// names what is sold (``namesWhatIsSold(_:)``; review 36, #5: `customer_id,month,product,mrr`
/// with `Platform` and `Support` at 500 each was ranged $15,600-$21,600, two products read as
/// one row fanned out). Any other unread column makes a fan-out: the joins that fan a row out
/// name their columns every way (`first_name`, `contactEmail`, `account_manager`, `region`), so
/// a list of contact words missed the usual ones (review 37, R37-1: $30,000 with no range for
/// $18,000 counted once).
enum JoinDuplicates {
  /// Header words (whole words) naming what is sold: rows differing in such a column are one
  /// row per product, never a join's duplicates, whatever else the header says.
  static let productWords: Set<String> = [
    "product", "products", "plan", "plans", "sku", "skus", "item", "items", "line", "lines",
    "description", "service", "services", "module", "modules", "addon", "addons", "feature",
    "features", "package", "packages", "tier", "tiers", "edition", "editions", "offering",
    "offerings", "subscription", "subscriptions", "bundle", "bundles", "component",
    "components", "charge", "charges", "price", "prices",
  ]

  /// The lowercased words of a header, split at anything not a letter or digit and between
  /// words written together in camel case (`contactEmail` → `contact`, `email`; `LineItem` →
  /// `line`, `item`; ``CubeLayout/headerKey(_:)``).
  static func headerWords(_ header: String) -> [String] {
    UsageMonths.words(CubeLayout.headerKey(header)).map(String.init)
  }

  /// Whether a header names what is sold (a whole word of ``productWords``, camel case split):
  /// `product`, `Product owner`, `line_item`, `LineItem`, `plan_tag` do; `contact_email`,
  /// `first_name`, `contactEmail`, `account_manager`, `region`, an empty header do not.
  static func namesWhatIsSold(_ header: String) -> Bool {
    headerWords(header).contains { productWords.contains($0) }
  }

  /// One row of a summed customer-month, as read.
  struct Row {
    /// The customer-month (account × months + month).
    var cell: Int
    var cents: Int64
    var usage: Int64
    var oneTime: Int64
    var cells: [String]
  }

  /// The customer-months found and what tells their rows apart.
  struct Found {
    /// Each such customer-month and its amount counted once (one row's).
    var once: [Int: Int64] = [:]
    /// The columns (indices) their rows differ in, ascending.
    var columns: [Int] = []
  }

  /// The customer-months of `summed` whose rows are all equal in the `read` columns and in
  /// their amounts, and differ in some column not read, none of those columns' `header` naming
  /// what is sold (``namesWhatIsSold(_:)``).
  static func find(
    _ rows: some Sequence<Row>, summed: Set<Int>, read: Set<Int>, header: [String]
  ) -> Found {
    func isSold(_ c: Int) -> Bool { c < header.count && namesWhatIsSold(header[c]) }
    var byCell = [Int: [Row]]()
    for r in rows where summed.contains(r.cell) { byCell[r.cell, default: []].append(r) }
    var found = Found()
    var differing = Set<Int>()
    for (cell, group) in byCell where group.count > 1 {
      let r0 = group[0]
      func at(_ r: Row, _ c: Int) -> String { c < r.cells.count ? r.cells[c] : "" }
      let width = group.map(\.cells.count).max() ?? 0
      var columns = Set<Int>()
      var isSame = true
      for r in group.dropFirst() {
        guard r.cents == r0.cents, r.usage == r0.usage, r.oneTime == r0.oneTime else {
          isSame = false
          break
        }
        for c in 0..<width where at(r, c) != at(r0, c) {
          if read.contains(c) || isSold(c) {
            isSame = false
            break
          }
          columns.insert(c)
        }
        if !isSame { break }
      }
      guard isSame, !columns.isEmpty else { continue }
      found.once[cell] = r0.cents
      differing.formUnion(columns)
    }
    found.columns = differing.sorted()
    return found
  }

  /// The words added to the "several rows" finding: how many of the `total` customer-months
  /// are such rows, the columns they differ in, and the as-of month counted once; empty when
  /// none is.
  static func words(
    _ found: Found, of total: Int, header: [String],
    asOf: (read: Int64, once: Int64, customers: Int), amount: String, currency: String?
  ) -> String {
    guard !found.once.isEmpty else { return "" }
    let names = found.columns.prefix(3).map {
      FieldMessages.quoted(
        $0 < header.count && !header[$0].isEmpty ? header[$0] : "column \($0 + 1)")
    }
    let more = found.columns.count > 3 ? " and \(found.columns.count - 3) more" : ""
    let n = found.once.count
    let which = n == total ? (n == 1 ? "it" : "all of them") : "\(CountText.grouped(n)) of them"
    let unread = found.columns.count == 1 ? "a column not read" : "columns not read"
    return "; in \(which), the rows are equal in every column read, differing only in "
      + "\(names.joined(separator: ", "))\(more), \(unread) (a join's duplicates, one row per "
      + "contact or tag?)"
      + (asOf.customers == 0
        ? ": none is in the as-of month, so the headline does not depend on it"
        : ": counted once, the as-of month's \(Counted.phrase(asOf.customers, "such customer")) "
          + "would have \(Money.text(cents: asOf.once, currency: currency)) instead of "
          + "\(Money.text(cents: asOf.read, currency: currency)) of \(FieldMessages.quoted(amount)) "
          + "(priced in ambiguous_arr; the history and the bridge read them added up)")
  }
}
