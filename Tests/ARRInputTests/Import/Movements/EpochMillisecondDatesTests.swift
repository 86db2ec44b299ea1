import ARRCore
import Testing

@testable import ARRInput

/// Dates of digits alone in a movements log's or a monthly table's date column (session 27,
/// t27a lane; trial 25: ChartMogul's activities written with `1673197200000`, as JavaScript and
/// data warehouses write a time, were 127 times "not a date", no hint): Unix milliseconds (13
/// digits) and seconds (10) name their UTC day, and `YYYYMMDD` (8) its day, as a ledger's dates
/// are read, with a note.
@Suite struct EpochMillisecondDatesTests {
  /// VendorExportCentsTests' ChartMogul activities with the times in milliseconds:
  /// `1704880800000` is 2024-01-10 10:00 UTC, `1707127200000` 2024-02-05, `1710237600000`
  /// 2024-03-12, `1713607200000` 2024-04-20, `1712052000000` 2024-04-02. By hand, in cents:
  /// cu1 9,900 from January, 14,850 from March; cu2 4,900 in February and March, churned in
  /// April; cu3 29,900 from April.
  static let activities = """
    uuid,customer-uuid,customer-name,type,date,mrr,mrr-movement,currency,plan,description
    a1,cu1,Acme,new_biz,1704880800000,9900,9900,USD,Pro,purchased the Pro plan
    a2,cu2,Beta,new_biz,1707127200000,4900,4900,USD,Basic,purchased the Basic plan
    a3,cu1,Acme,expansion,1710237600000,14850,4950,USD,Pro,expansion
    a4,cu2,Beta,churn,1713607200000,0,-4900,USD,Basic,churn
    a5,cu3,Gamma,new_biz,1712052000000,29900,29900,USD,Pro,purchased the Pro plan
    """

  @Test func aMovementsLogInMilliseconds() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "activities.csv", bytes: Array(Self.activities.utf8))
    ])
    #expect(c.log.files[0].shape == .movements)
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("cu1") == [9_900, 9_900, 14_850, 14_850])
    #expect(c.mrrRow("cu2") == [0, 4_900, 4_900, 0])
    #expect(c.mrrRow("cu3") == [0, 0, 0, 29_900])
    #expect(
      c.log.notes.contains(
        "activities.csv: date cells of digits alone: 5 written as Unix time in milliseconds "
          + "(read as the UTC day) (e.g. \"1704880800000\" on line 2, 2024-01-10)"))
  }

  /// A monthly table (customer, month, MRR) with one date in each form: `1706745599000` is
  /// 2024-01-31 23:59:59 UTC (January, not February as a local time east of UTC would have it),
  /// `1706745600` 2024-02-01 in seconds, `20240301` March.
  @Test func aMonthlyTableInEachForm() throws {
    let c = try Importer.read([
      Importer.SourceFile(
        name: "monthly.csv",
        bytes: Array(
          """
          customer,month,mrr
          A,1706745599000,100
          A,1706745600,100
          A,20240301,150
          """.utf8))
    ])
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.mrrRow("A") == [10_000, 10_000, 15_000])
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("monthly.csv: date cells of digits alone: 1 written as YYYYMMDD")
          && $0.contains("1 written as Unix time (seconds since 1970, read as the UTC day)")
          && $0.contains("1 written as Unix time in milliseconds")
      })
  }

  /// Thirteen digits outside 2000–2099 are no date: still a problem at the cell.
  @Test func millisecondsOutOfRangeAreNoDate() {
    #expect(throws: ARRQualityError.self) {
      try Importer.read([
        Importer.SourceFile(
          name: "monthly.csv", bytes: Array("customer,month,mrr\nA,9999999999999,100\n".utf8))
      ])
    }
  }
}
