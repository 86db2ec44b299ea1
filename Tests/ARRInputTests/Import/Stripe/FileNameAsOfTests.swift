import ARRCore
import Testing

@testable import ARRInput

/// A date in a subscriptions table's file name is its export's month when the table gives no
/// export date and no start (nor end that has happened) is after it (``FileNameDate``,
/// ``SubscriptionTableAsOf``; session 28, t28b lane). Before: the name was not read, and the
/// table was measured at its latest start, months early, a churn after it read as scheduled.
@Suite struct FileNameAsOfTests {
  static let table = """
    customer_id,plan,start_date,end_date,monthly_fee
    C1,Pro,2023-07-01,,500
    C2,Basic,2023-09-15,2024-02-10,200
    C3,Pro,2024-01-01,,500
    C4,Team,2024-03-01,,300
    C5,Basic,2024-04-01,2024-05-20,200
    """

  static func read(_ name: String, _ text: String = table) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: ImportOptions())
  }

  /// By hand, as of 2024-06 (the name's month, after the latest start, 2024-04): C5 ended on
  /// 20 May (May billed), so June's MRR is C1 500 + C3 500 + C4 300 = 1,300.
  @Test func theNamesDateIsTheAsOfMonth() throws {
    let c = try Self.read("subscriptions_2024-06-30.csv")
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("C5").suffix(3) == [20_000, 20_000, 0])
    let june = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(june == 130_000)
    #expect(
      c.log.notes.contains(
        "subscriptions_2024-06-30.csv: the table gives no export date: the as-of month is that "
          + "of the date in the file's name, 2024-06 (\"2024-06-30\"), no earlier than every "
          + "start (the latest 2024-04, line 6), so ends up to it have happened; pass --as-of "
          + "to measure another month"))
  }

  /// A name's date before the latest start is not the export's: the rows decide, as before,
  /// and a note says why the name was not read.
  @Test func aDateBeforeTheLatestStartIsOnlyMentioned() throws {
    let c = try Self.read("subscriptions_2024-03-31.csv")
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(
      c.log.notes.contains(
        "subscriptions_2024-03-31.csv: the date in the file's name, \"2024-03-31\" (2024-03), is "
          + "not read as the export's: the table has a start in 2024-04 (line 6), after it"))
  }

  /// A customer list read as the table: `customers-as-of-2024-06.csv`, latest signup 2024-02.
  @Test func aCustomerListsName() throws {
    let c = try Self.read(
      "customers-as-of-2024-06.csv",
      """
      Customer,Signup Date,MRR,Status
      Acme,2023-05-01,1200,Active
      Beta,2023-11-01,800,Active
      Gamma,2024-02-01,400,Active
      """)
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("Gamma").last == 40_000)
  }

  @Test(arguments: [
    ("customers-as-of-2024-06.csv", "2024-06"),
    ("export_20240630.csv", "2024-06"),
    ("dir/sub.2024.06.30.csv", "2024-06"),
    ("subs 2024_06 final.xlsx", "2024-06"),
    ("subscriptions_2024-06-30_2024-06-30.csv", "2024-06"),
  ])
  func datesInNames(name: String, month: String) {
    #expect(FileNameDate.month(in: name)?.month == Month(month))
  }

  @Test(arguments: [
    "subscriptions.csv", "v120240630.csv", "subs_2024-01_to_2024-06.csv", "june-2024-06-31.csv",
    "report 2024.csv", "data_2024_13.csv", "id-202406301.csv",
  ])
  func noDateInNames(name: String) {
    #expect(FileNameDate.month(in: name) == nil)
  }
}
