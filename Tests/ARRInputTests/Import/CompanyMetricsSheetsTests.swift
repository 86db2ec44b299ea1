import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A KPI sheet, the company's metrics as rows and months as columns, is refused as company
/// totals with or without `--lenient` (trial 54, T54-29: a real Danish KPI sheet was refused
/// for its `%` cells and, with `--lenient`, read as 25 customers). The rows are the real sheet's
/// first ones (Hededamj/dashboard `KPI sheet.xlsx`), rounded.
@Suite struct CompanyMetricsSheetsTests {
  static let kpi = """
    Ultimo måned,Dec-24,Jan-25,Feb-25,Mar-25
    MRR (Monthly recurring revenue) ultimo ex moms.,2467,10140,14016,25998.8
    ARPS (average revenue per subscriber) ultimo ex. Moms,112.13,146.95,149.1,150.28
    Antal abonnenter (ultimo),22,69,94,173
    CAC (customer acquisition cost),3638.16,3638.1,9376.3,10895.2
    Churn månedligt,#VALUE!,90.909091%,20.289855%,47.872340%
    Monthly membership,22,69,94,173
    """

  @Test(arguments: [false, true])
  func aKPISheetIsRefusedAsCompanyTotals(isLenient: Bool) throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(Self.kpi, options: ImportOptions(isLenient: isLenient), name: "kpi.csv")
    }
    #expect(error.message.contains("its rows name company metrics, not customers"))
    #expect(error.message.contains("\"MRR (Monthly recurring revenue) ultimo ex moms.\" (line 2)"))
  }

  /// Twins: a customer cube whose first customer holds a metric's letters (`MRR Labs (UK)`),
  /// or a short metric name a company bears (`CAC`), is read.
  @Test func customersNamedLikeMetricsAreRead() throws {
    let c = try importCube(
      """
      Customer,Jan-25,Feb-25,Mar-25
      MRR Labs (UK),1000,1000,1000
      Churn Buster Inc,500,500,500
      Acme,700,700,700
      """)
    #expect(c.accounts.count == 3)
  }

  @Test(arguments: [
    ("MRR (Monthly recurring revenue) ultimo ex moms.", true),
    ("ARPS (average revenue per subscriber) ultimo ex. Moms", true),
    ("CAC (customer acquisition cost) ", true), ("Antal abonnenter (ultimo)", true),
    ("Churn månedligt", true), ("MRR Labs (UK)", false), ("ARR (Annual) Partners", false),
    ("Acme (MRR customer)", false), ("Churn Buster", false),
  ])
  func metricLabels(label: String, isMetric: Bool) {
    #expect(CompanyMetrics.isMetric(label) == isMetric)
  }

  /// T54-8 (c05): `metric,period,amount` is the company's totals in long form, refused as such,
  /// not told to rename its columns. Twin: `customer,period,amount` reads.
  @Test func companyTotalsInLongFormAreRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(
        """
        metric,period,amount
        Opening Deferred Revenue,2025-10,415000
        Billings,2025-10,362000
        Revenue Recognized (balanced),2025-10,241000
        """, name: "revenue_summary.csv")
    }
    #expect(error.message.contains("the company's totals in long form"))
    #expect(!error.message.contains("rename those columns"))
  }
}
