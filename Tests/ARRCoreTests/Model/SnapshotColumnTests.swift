import Testing

@testable import ARRCore

/// The numeric rule: at least 95% of the non-empty cells parse; blank and `N/A` are missing.
@Suite struct SnapshotColumnTests {
  static func cells(_ numbers: Int, _ words: Int, missing: Int = 0) -> [Substring] {
    Array(repeating: "12.5", count: numbers) + Array(repeating: "lots", count: words)
      + Array(repeating: "", count: missing) + Array(repeating: " n/a ", count: missing)
  }

  @Test func ninetyFivePercentNumericIsNumeric() {
    // 19 of 20 non-missing cells parse (95%); the 10 missing ones do not count.
    #expect(SnapshotColumn.kind(of: Self.cells(19, 1, missing: 5)) == .number)
    // 18 of 20 (90%): text, left ignored.
    #expect(SnapshotColumn.kind(of: Self.cells(18, 2)) == nil)
    // Nothing but missing cells: no kind.
    #expect(SnapshotColumn.kind(of: Self.cells(0, 0, missing: 3)) == nil)
  }

  @Test func trueFalseColumns() {
    let cells: [Substring] = ["true", "FALSE", "yes", "No", "", "N/A"]
    #expect(SnapshotColumn.kind(of: cells) == .boolean)
    #expect(cells.map { SnapshotColumn.value($0, as: .boolean) } == [1, 0, 1, 0, nil, nil])
    // 1 and 0 are numbers first.
    #expect(SnapshotColumn.kind(of: ["1", "0", "1"]) == .number)
  }

  @Test func valuesByHand() {
    #expect(SnapshotColumn.value(" 42 ", as: .number) == 42)
    #expect(SnapshotColumn.value("-0.5", as: .number) == -0.5)
    #expect(SnapshotColumn.value("", as: .number) == nil)
    #expect(SnapshotColumn.value("N/A", as: .number) == nil)
    #expect(SnapshotColumn.value("lots", as: .number)?.isNaN == true)
    #expect(SnapshotColumn.value("inf", as: .number)?.isNaN == true)
  }

  /// A missing cell (`nan`) equals a missing cell: a column, and a company holding it, equal
  /// themselves and their copies (they did not, compared as floats).
  @Test func missingCellsAreEqual() {
    let values: [Float] = [1, .nan, 3]
    let a = SnapshotColumn(name: "nps", kind: .number, values: values)
    #expect(a == a && a == SnapshotColumn(name: "nps", kind: .number, values: values))
    #expect(a != SnapshotColumn(name: "nps", kind: .number, values: [1, 2, 3]))
    #expect(a != SnapshotColumn(name: "nps", kind: .number, values: [1, .nan]))
    let logins = ActivityColumn(name: "logins", values: values)
    #expect(logins == ActivityColumn(name: "logins", values: values))
    #expect(logins != ActivityColumn(name: "logins", values: [1, .nan, 4]))
  }
}
