import Testing

@testable import ARRInput

/// The import tests' view of an imported company: one account, and its months.
extension ImportedCompany {
  /// Account `id`'s MRR by month, in cents; a test failure (and no months) when no account has
  /// that id.
  func mrrRow(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Int64] {
    row(of: mrr, id, sourceLocation)
  }

  /// Account `id`'s one-time revenue by month, in cents, as ``mrrRow(_:sourceLocation:)``
  /// (zeros when no source had one-time revenue: ``oneTime`` is then empty).
  func oneTimeRow(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Int64] {
    row(of: oneTime.isEmpty ? [Int64](repeating: 0, count: mrr.count) : oneTime, id, sourceLocation)
  }

  /// The account whose id is `id`, or `nil`.
  func account(_ id: String) -> ImportedAccount? { accounts.first { $0.id == id } }

  private func row(of cells: [Int64], _ id: String, _ location: SourceLocation) -> [Int64] {
    guard let a = accounts.firstIndex(where: { $0.id == id }) else {
      Issue.record("no account \(id)", sourceLocation: location)
      return []
    }
    return Array(cells[(a * monthCount)..<((a + 1) * monthCount)])
  }
}
