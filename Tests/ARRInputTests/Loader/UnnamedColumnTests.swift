import ARRCore
import Testing

@testable import ARRInput

/// Columns whose header cell is empty: a trailing delimiter on every line, or the row numbers
/// a spreadsheet or pandas writes as a first, unnamed column.
@Suite struct UnnamedColumnTests {
  /// A trailing comma on every line used to list a blank among the ignored columns
  /// ("ignored columns: ").
  @Test func aTrailingDelimiterIsListedAsAnUnnamedColumn() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,",
        "A1,annual,annual,2024-01-15,", "A2,monthly,monthly,2024-02-01,"),
      monthly: csv("account_id,month,mrr,", "A1,2024-01,1,", "A2,2024-02,2,"))
    #expect(c.dataQuality.files[0].ignoredColumns == ["(unnamed column 5)"])
    #expect(c.dataQuality.files[1].ignoredColumns == ["(unnamed column 4)"])
    #expect(c.snapshotColumns.isEmpty)
  }

  /// pandas' `to_csv` writes the row index as a first column with an empty name: it is numeric,
  /// but a column without a name is never a snapshot signal (it used to become one named "").
  @Test func anUnnamedIndexColumnIsNotASnapshot() throws {
    let c = try load(
      accounts: csv(
        ",account_id,contract_type,billing_cadence,start_date,nps",
        "0,A1,annual,annual,2024-01-15,9", "1,A2,monthly,monthly,2024-02-01,7"),
      monthly: csv(",account_id,month,mrr", "0,A1,2024-01,1", "1,A2,2024-02,2"))
    #expect(c.snapshotColumns.map(\.name) == ["nps"])
    #expect(c.activityColumns.isEmpty)
    #expect(c.dataQuality.files[0].ignoredColumns == ["(unnamed column 1)"])
    #expect(c.dataQuality.files[1].ignoredColumns == ["(unnamed column 1)"])
  }
}
