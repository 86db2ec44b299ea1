import ARRCore

extension CustomerList {
  /// The finding for a customer list's cells `--lenient` blanked (T22-2): how many, the first
  /// five as `file:line:column: message` (field and value), and how many joined accounts lost
  /// an end or cancel date (their ARR is the finding's stake, named when the import is
  /// converted). `nil` when none was blanked.
  /// - Parameters:
  ///   - file: The list's file log.
  ///   - ends: Joined accounts whose end or cancel date was blanked.
  static func blankedFinding(_ file: ImportLog.FileLog, ends: Int) -> String? {
    let n = file.cellsBlanked
    guard n > 0 else { return nil }
    return
      "\(file.file): --lenient blanked \(Counted.phrase(n, "cell")) of the customer list that "
      + "\(n == 1 ? "does" : "do") not read as \(n == 1 ? "its" : "their") field (the rows are "
      + "used, those facts left blank): "
      + file.blankedCells.prefix(5).map(\.description).joined(separator: "; ")
      + (n > 5 ? "; … (all \(CountText.grouped(n)) in import.md)" : "")
      + (ends > 0
        ? "; \(Counted.phrase(ends, "joined account")) lost an end or cancel date"
        : "")
  }
}
