import ARRCore
import Testing

@testable import ARRInput

/// A monthly table's usage and one-time columns (the product's own `monthly.csv` has both): usage
/// units are a signal, one-time revenue is kept out of MRR; before, both were ignored.
@Suite struct MonthlyTableExtrasTests {
  static let table = """
    account_id,month,mrr,one_time,usage
    a,2024-01,100,500,1200
    a,2024-02,100,,1300
    b,2024-01,50,0,
    b,2024-02,50,25.50,"1,000"
    """

  @Test func usageAndOneTimeAreReadBesideTheMRR() throws {
    let c = try importCube(Self.table, name: "monthly.csv")
    #expect(c.mrrRow("a") == [10_000, 10_000])
    // Accounts in id order: a then b; cells account × month.
    #expect(c.oneTime == [50_000, 0, 0, 2_550])
    #expect(c.usage == [1_200, 1_300, 0, 1_000])
    // One-time amounts are read amounts: source = MRR 300.00 + one-time 525.50.
    let tie = try c.checkedTieOut()
    #expect(tie.sourceCents == 30_000 + 52_550)
    #expect(tie.isBalanced)
    #expect(c.log.files[0].ignoredColumns.isEmpty)
  }

  @Test func aNegativeOneTimeOrAFractionOfAUnitIsAProblemAtItsCell() throws {
    let text = "account_id,month,mrr,one_time,usage\na,2024-01,100,-5,1\na,2024-02,100,0,2.5\n"
    #expect {
      _ = try importCube(text, name: "monthly.csv")
    } throws: { error in
      let s = "\(error)"
      return s.contains("monthly.csv:2:4") && s.contains("one-time revenue \"-5\" is negative")
        && s.contains("monthly.csv:3:5") && s.contains("usage \"2.5\" is not a whole number")
    }
  }

  /// Beside invoiced amounts, the one-time column is not read: left out, counted, said.
  @Test func besideBillingsTheOneTimeColumnIsLeftOut() throws {
    let text = """
      customer,month,revenue,one_time
      a,2024-01,1200,100
      a,2024-02,0,
      a,2024-03,0,
      """
    let c = try importCube(text, options: ImportOptions(values: .billings), name: "monthly.csv")
    #expect(c.oneTime.allSatisfy { $0 == 0 })
    #expect(c.log.tieOut.leftOutCents >= 10_000)
    #expect(c.log.notes.contains { $0.contains("one-time column is read beside MRR only") })
    #expect(try c.checkedTieOut().isBalanced)
  }
}
