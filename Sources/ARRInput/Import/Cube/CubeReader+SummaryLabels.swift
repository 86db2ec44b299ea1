import ARRCore

/// A cube whose rows are labelled by a metadata name (`Segment`, `Region`, `Product`, `Plan`,
/// `Tier`, `Channel`) and by no customer column: a summary by that dimension, not customers
/// (trial 22, T22-10: a data room's visible "MRR by segment" tab, its customer tab hidden, was
/// read as three customers, "the largest account 58%", churn shown as contraction). Such a
/// sheet is left out beside other sheets, and refused alone, naming the workbook's hidden
/// sheets that read as a customer cube and the `--sheet` that reads one (`docs/import.md`,
/// "Customer cube").
extension CubeReader {
  /// Headers (``CubeLayout/normalized(_:)``) that name a dimension customers are grouped by,
  /// never the customers themselves.
  static let summaryLabelWords: Set<String> = [
    "segment", "segments", "customer segment", "market segment", "region", "regions",
    "product", "products", "product line", "plan", "plans", "tier", "tiers", "channel",
    "channels", "sales channel",
  ]

  /// The header of the column labelling the rows of a cube with no id or name column, when it
  /// names a dimension (``summaryLabelWords``); `nil` otherwise.
  /// - Parameters:
  ///   - layout: The cube's layout, before the label column is taken as the name.
  ///   - header: The header row's cells.
  static func summaryLabel(_ layout: CubeLayout, header: [String]) -> String? {
    guard layout.roles[.id] == nil && layout.roles[.name] == nil else { return nil }
    let months = Set(layout.months.map(\.column))
    guard let c = header.indices.first(where: { !months.contains($0) }) else { return nil }
    return summaryLabelWords.contains(CubeLayout.normalized(header[c])) ? header[c] : nil
  }

  /// Whether `table` reads as a customer cube: month columns, and rows labelled by a customer
  /// column (not a dimension). For naming a hidden sheet a summary's refusal points to.
  static func isCustomerCube(_ table: ImportTable) -> Bool {
    guard let found = try? CubeLayout.find(in: table, dateOrder: nil) else { return false }
    return summaryLabel(found, header: table.records[found.headerIndex].cells) == nil
  }

  /// Why a summary by `label` is not read: its first row labels as examples, and the hidden
  /// sheets that read as a customer cube with the `--sheet` that reads one.
  static func summaryReason(
    _ data: CubeData, label: String, file: String, hiddenCubes: [String]
  ) -> String {
    let examples = data.accounts.prefix(3).map { "\"\($0.id)\"" }.joined(separator: ", ")
    var why =
      "\(file): its rows are labelled by \"\(label)\" (\(examples)\(data.accounts.count > 3 ? ", …" : "")), "
      + "a dimension customers are grouped by: a summary by \(label.lowercased()), not a "
      + "customer cube (expected one row per customer)"
    if let first = hiddenCubes.first {
      let names = hiddenCubes.map { "\"\($0)\"" }.joined(separator: ", ")
      why +=
        "; the hidden sheet\(hiddenCubes.count == 1 ? "" : "s") \(names) "
        + "read\(hiddenCubes.count == 1 ? "s" : "") as a customer cube: pass --sheet \(ShellWord.quoted(first)) "
        + "to read it"
    }
    return why
  }
}
