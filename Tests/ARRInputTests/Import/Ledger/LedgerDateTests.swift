import ARRCore
import Testing

@testable import ARRInput

/// Where a date message points (``LedgerDate/column(of:rows:columns:header:)``).
@Suite struct LedgerDateTests {
  static let header = ["customer", "invoice_date", "service_period"]

  /// Review 37, R37-15: the cell is matched exactly, or exactly a service range's start or
  /// end, never inside another cell: `1/2/2024` is not in `11/2/2024` (column 2), it is the
  /// third column; `3/5/2025` is the end of the third column's range.
  @Test func theColumnHoldsTheCellExactly() {
    let rows = [
      ImportTable.Record(line: 2, cells: ["Acme", "11/2/2024", "1/2/2024"]),
      ImportTable.Record(line: 3, cells: ["Beta", "3/4/2025", "3/4/2025 - 3/5/2025"]),
    ]
    let first = LedgerDate.column(
      of: ("1/2/2024", 2), rows: rows, columns: [1, 2], header: Self.header)
    #expect(first?.number == 3)
    #expect(first?.header == "service_period")
    let end = LedgerDate.column(
      of: ("3/5/2025", 3), rows: rows, columns: [1, 2], header: Self.header)
    #expect(end?.number == 3)
    let start = LedgerDate.column(
      of: ("3/4/2025", 3), rows: rows, columns: [1, 2], header: Self.header)
    #expect(start?.number == 2)
    #expect(
      LedgerDate.column(of: ("1/2", 2), rows: rows, columns: [1, 2], header: Self.header) == nil)
  }
}
