import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list with an end column beside a subscriptions table without one is refused
/// (`docs/import.md`, "Subscriptions table"; ``DataRoomSources/refuseListEnds(_:tableIndex:log:)``;
/// trial 28, T28-9).
@Suite struct SubscriptionListEndsTests {
  /// novasaas in small: `customers.csv` (start and MRR, no end) and `subscriptions.csv` (a
  /// status and an end per customer). c2 churned on 2023-08-15: joined as a list, its end was a
  /// renewal date and c2 billed 149 on to 2023-10, headline MRR 49 + 149 = 198 where its end
  /// honoured gives 49. Refused, naming the list, its column and the table.
  @Test func aListsEndsBesideATableWithoutEndsAreRefused() throws {
    let table = """
      customer_id,company_name,signup_date,mrr
      c1,One,2023-01-10,49
      c2,Two,2023-02-10,149
      c3,Three,2023-10-02,10
      """
    let list = """
      subscription_id,customer_id,status,start_date,end_date
      S1,c1,Active,2023-01-10,
      S2,c2,Churned,2023-02-10,2023-08-15
      S3,c3,Active,2023-10-02,
      """
    #expect {
      try ImportFixtures.read(
        [("customers.csv", table), ("subscriptions.csv", list)],
        options: ImportOptions(shape: .subscriptions))
    } throws: { error in
      guard let e = error as? ARRQualityError else { return false }
      return e.kind == .invalidData
        && e.message.hasPrefix(
          "subscriptions.csv: an end column (\"end_date\") beside the subscriptions table "
            + "customers.csv, which has none")
    }
  }

  /// The same list beside a table with its own end column joins as before: c1 100 a month,
  /// c2 50 a month to its end in February (the table's end), as-of 2024-03: MRR 100.
  @Test func aTableWithItsOwnEndsTakesTheListsFacts() throws {
    let table = """
      customer_id,start_date,end_date,monthly_fee
      c1,2024-01-01,,100
      c2,2024-01-01,2024-03-01,50
      """
    let list = """
      customer_id,segment,contract_end_date
      c1,smb,2024-12-31
      c2,smb,2024-03-01
      """
    let c = try ImportFixtures.read(
      [("s.csv", table), ("list.csv", list)],
      options: ImportOptions(shape: .subscriptions, asOf: Month(year: 2024, month: 3)))
    #expect(c.mrrRow("c1") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("c2") == [5_000, 5_000, 0])
  }
}
