/// Says how a cube's sections headed by kinds of revenue were read (trial 50, T50-36).
extension CubeReader {
  /// The note for a cube's sections headed by kinds of revenue (``CubeGroups/typedHeadings``).
  static func typedSectionsNote(_ groups: CubeGroups, file: String) -> String {
    let headings = groups.typedHeadings
    let once = headings.filter { RevenueTypeHeading.kind($0) == .oneTime }
    func quoted(_ names: [String]) -> String {
      names.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ") + (names.count > 4 ? ", …" : "")
    }
    return "\(file): \(Counted.phrase(groups.groups.count, "section")) (a name alone on a row, "
      + "its rows below, a total naming it) headed by a kind of revenue (\(quoted(headings))): "
      + "their rows are customers, one account for a customer under several headings"
      + (once.isEmpty
        ? ""
        : "; the rows under \(quoted(once)) are their customers' one-time revenue, not MRR")
      + ", subtotals checked; the other reading, each heading a customer and its rows its "
      + "products, was not taken"
  }
}
