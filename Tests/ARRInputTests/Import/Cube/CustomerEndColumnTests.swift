import ARRCore
import Testing

@testable import ARRInput

/// A cube's end date column is the customer's end when every past one sits where the revenue
/// stops (trial 21, C1: such a column was read as a renewal date, and three customers ending
/// next quarter kept a 0.71 chance of staying).
@Suite struct CustomerEndColumnTests {
  /// As of 2024-06: A, B, C bill throughout with no end; D, E, F stop within a month of their
  /// ends (D: end March, last paid February; E: end April, last paid March; F: end 31 May,
  /// last paid May); G bills 300 a month with an end in August.
  static func cube(
    header: String = "End Date", d: String = "200,200,0,0,0,0", abc: String = "N/A"
  ) -> String {
    """
    Customer,Start Date,\(header),2024-01,2024-02,2024-03,2024-04,2024-05,2024-06
    A,2023-01,\(abc),100,100,100,100,100,100
    B,2023-01,\(abc),100,100,100,100,100,100
    C,2023-01,\(abc),100,100,100,100,100,100
    D,2023-01,2024-03,\(d)
    E,2023-01,2024-04,100,100,100,0,0,0
    F,2023-01,2024-05-31,50,50,50,50,50,0
    G,2023-01,2024-08,300,300,300,300,300,300
    """
  }

  /// 3 past ends, all 3 where the revenue stops, none paid past; the 3 stopped accounts all
  /// have an end; 1 of the 4 billing does. G's August end is notice given: its cancel date,
  /// no longer a renewal date; 300 × 12 = 3,600.00 of ARR.
  @Test func pastEndsWhereRevenueStopsMakeAFutureEndANotice() throws {
    let c = try importCube(Self.cube(), options: ImportOptions(values: .mrr))
    let g = try #require(c.accounts.first { $0.id == "G" })
    #expect(g.cancelDate == CivilDate(year: 2024, month: 8, day: 1))
    #expect(g.contractEndDate == nil)
    #expect(g.inferred.contains(.cancelDate))
    #expect(g.rules.contains(.endIsCustomersEnd))
    #expect(
      c.log.notes.contains(
        "cube.csv: \"End Date\" read as the customer's end, not a renewal date: of 3 ends "
          + "before 2024-06, 3 where the revenue stops within a month and 0 paid more than a "
          + "month past; 3 of the 3 accounts that stopped paying have an end, 1 of the 4 "
          + "billing in 2024-06"))
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("cube.csv: \"End Date\" is the customer's end")
          && $0.contains("1 account billing in 2024-06") && $0.contains("$3,600.00 of headline ARR")
      })
  }

  /// D paid two months past its March end (through May): a renewal the column did not
  /// record, so the column stays the contract's end and G keeps its renewal date.
  @Test func oneAccountPayingPastItsEndKeepsTheRenewalReading() throws {
    let c = try importCube(
      Self.cube(d: "200,200,200,200,200,0"), options: ImportOptions(values: .mrr))
    let g = try #require(c.accounts.first { $0.id == "G" })
    #expect(g.cancelDate == nil)
    #expect(g.contractEndDate == CivilDate(year: 2024, month: 8, day: 1))
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "cube.csv: \"End Date\" read as the contract's end (a renewal date): of 3 "
            + "ends before 2024-06, 2 where the revenue stops within a month and 1 paid more than a month past"
        )
      })
  }

  /// Every account billing has an end (a renewal date on every running contract): the
  /// contract's end, though the past ends coincide with the revenue stopping.
  @Test func endsOnEveryRunningAccountAreRenewals() throws {
    let c = try importCube(Self.cube(abc: "2024-09"), options: ImportOptions(values: .mrr))
    #expect(c.accounts.allSatisfy { $0.cancelDate == nil })
    #expect(
      c.accounts.first { $0.id == "G" }?.contractEndDate == CivilDate(year: 2024, month: 8, day: 1))
  }

  /// A header naming a renewal is never read as the customer's end.
  @Test func aRenewalHeaderIsARenewal() throws {
    let c = try importCube(Self.cube(header: "Renewal Date"), options: ImportOptions(values: .mrr))
    #expect(c.accounts.allSatisfy { $0.cancelDate == nil })
    #expect(!c.log.notes.contains { $0.contains("customer's end") })
  }
}
