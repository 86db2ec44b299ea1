/// The cells of a sheet holding a plain whole number (``CellValue/number(_:)``, no date,
/// percent or currency format): per 0-based column, a bit per sheet row, so a sheet of a
/// million rows costs a bit per number cell, not a set entry.
public struct WholeNumberCells: Sendable, Equatable {
  private var bits: [Int: [UInt64]] = [:]

  public init() {}

  /// Marks the cell at 1-based sheet `row` and 0-based `column`.
  public mutating func insert(row: Int, column: Int) {
    guard row >= 0 else { return }
    // Mutated in place in the dictionary (a copy out and back would copy each time).
    let w = row / 64
    let have = bits[column]?.count ?? 0
    if have <= w {
      bits[column, default: []].append(contentsOf: repeatElement(0, count: w + 1 - have))
    }
    bits[column]![w] |= 1 << UInt64(row % 64)
  }

  /// Whether the cell at 1-based sheet `row` and 0-based `column` holds a plain whole number.
  public func contains(row: Int, column: Int) -> Bool {
    guard let b = bits[column], row >= 0, row / 64 < b.count else { return false }
    return b[row / 64] & (1 << UInt64(row % 64)) != 0
  }
}
