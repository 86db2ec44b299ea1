/// A title naming a cube's groups a cut of its customers (`docs/import.md`, "Customer cube",
/// customer groups; session 56, crm lane; trial 55, tr13): `MRR Kunden nach Branche` (MRR,
/// customers by industry) heads blocks whose headings are industries and whose rows are
/// customers. A label under two of them (`Sonstige`, "other", in each industry) had made the
/// headings customers and the rows their products: two industries read as two accounts.
enum CutTitle {
  /// Phrases of a grouping by customer (QuickBooks' *Sales by Customer Summary*, `Umsatz nach
  /// Kunden und Produkt`): its groups are customers, its rows products, whatever cut it names.
  static let byCustomer = [
    " by customer", " by account", " by client", " per customer", " per account",
    " per client", " nach kunde", " pro kunde", " par client", " por cliente", " per cliente",
  ]

  /// The first of `titles` (the lines above a cube's header, its label column's header) naming
  /// a cut of the customers (``TransposedCube/cutWords``: `industry`, `Branche`, `region`,
  /// `segment`, `product`…) and no grouping by customer (``byCustomer``); `nil` otherwise.
  static func find(_ titles: [String]) -> String? {
    titles.first { title in
      let p = " " + IncomeStatement.phrase(title) + " "
      return TransposedCube.cutWords.contains { p.contains($0) }
        && !byCustomer.contains { p.contains($0) }
    }
  }
}

extension CubeReader {
  /// The lines above `table`'s header (each line's written cells joined) and its label
  /// column's header, for ``CutTitle/find(_:)``.
  static func cubeTitles(_ table: ImportTable, layout: CubeLayout) -> [String] {
    let header = table.records[layout.headerIndex].cells
    let label = (layout.roles[.name] ?? layout.roles[.id]).map {
      $0 < header.count ? header[$0] : ""
    }
    return table.records[..<layout.headerIndex].map {
      $0.cells.filter { !$0.isEmpty }.joined(separator: " ")
    } + [label ?? ""]
  }
}
