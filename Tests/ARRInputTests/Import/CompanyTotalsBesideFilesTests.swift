import ARRCore
import Testing

@testable import ARRInput

/// A file of the company's totals by month among several files is left out with a note when
/// another file reads as revenue, and refused as before when none does (`docs/import.md`,
/// "Files that hold no recurring revenue"). Trial 28, T28-17: Linamaho/SaaS-Analytics'
/// `monthly_revenue.csv` (its MRR bridge totals) beside `subscriptions.csv` (the movements log
/// behind them, which reads) stopped the run, telling the user to pass "the subscriptions behind
/// the totals", which they had.
@Suite struct CompanyTotalsBesideFilesTests {
  func read(_ files: [(String, String)]) throws -> ImportedCompany {
    try Importer.read(files.map { Importer.SourceFile(name: $0.0, bytes: Array($0.1.utf8)) })
  }

  /// The movements log: A new at 100 in January, +50 in February, −30 in March; B new at 80 in
  /// February.
  static let movements = """
    subscription_id,customer_id,event_date,event_type,mrr_amount
    s1,A,2024-01-10,new_subscription,100
    s2,B,2024-02-03,new_subscription,80
    s1,A,2024-02-10,upgrade,50
    s1,A,2024-03-10,downgrade,-30
    """

  /// The same company's bridge totals, as the repo's file lays them out (one row a month).
  static let totals = """
    month,new_mrr,churned_mrr,expansion_mrr,contraction_mrr,net_mrr_growth
    2024-01-01,100,0,0,0,100
    2024-02-01,80,0,50,0,130
    2024-03-01,0,0,0,30,-30
    """

  /// By hand: A 100, 150, 120; B 0, 80, 80 (January to March), in either order of the files;
  /// the totals file is named in a note and has no file log (none of its rows is read).
  @Test(arguments: [false, true])
  func theTotalsFileIsLeftOutBesideTheRevenue(isTotalsFirst: Bool) throws {
    let files = [("subscriptions.csv", Self.movements), ("monthly_revenue.csv", Self.totals)]
    let c = try read(isTotalsFirst ? files.reversed() : files)
    #expect(c.mrrRow("A") == [10_000, 15_000, 12_000])
    #expect(c.mrrRow("B") == [0, 8_000, 8_000])
    #expect(c.log.files.map(\.file) == ["subscriptions.csv"])
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "Files not used: monthly_revenue.csv (the company's totals by period, not customers)")
      })
  }

  /// With nothing else that reads as revenue (a customer list beside it), the totals are
  /// refused as before, with their reason.
  @Test func alonePerhapsWithAListTheTotalsAreStillRefused() throws {
    let list = """
      customer_id,segment
      A,SMB
      B,Mid-market
      """
    #expect {
      try read([("monthly_revenue.csv", Self.totals), ("customers.csv", list)])
    } throws: { error in
      (error as? ARRQualityError)?.message.contains(
        "monthly_revenue.csv: the company's totals by period, not customers") == true
    }
  }
}
