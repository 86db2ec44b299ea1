import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The unit economics table names the period of the naive LTV's ARPA and churn, and the
/// paragraph on why DEL-based and naive LTV differ says which is higher, on hand-computed
/// valuations.
@Suite struct LifetimeValueTextTests {
  /// A segment valued with sBG α = 3, β = 6 (undiscounted lifetime (α+β−1)/(α−1) = 4 periods),
  /// ARPA $100 a period, margin 100%, discounted at 1% a period, against a naive churn rate.
  static func segment(naiveChurn: Double) throws -> SegmentLifetimeValue {
    let analysis = try SampleCompanies.analysis("plg-smb")
    var v = try #require(analysis.projection?.lifetimeValues.first)
    v.value = LifetimeValue(
      model: ShiftedBetaGeometric(alpha: 3, beta: 6), discountRate: 0.01, arpa: 100,
      naiveChurnRate: naiveChurn)
    v.naive = v.value?.naive
    v.naiveChurnRate = naiveChurn
    return v
  }

  @Test func theComparisonFollowsTheSign() throws {
    let f = NumberFormat(currency: "USD")
    // Naive $100 ÷ 50% = $200, below DEL (just under 4 periods, $39x): the sorting wins.
    let above = try #require(
      MarkdownReport.ltvComparison(try Self.segment(naiveChurn: 0.5), format: f))
    #expect(above.hasPrefix("Here DEL-based LTV ($3"))
    #expect(
      above.hasSuffix("is above the naive figure ($200): the sorting outweighs the discount."))
    // Naive $100 ÷ 25% = $400, the undiscounted lifetime exactly: only the discount puts DEL
    // below it.
    let discounted = try #require(
      MarkdownReport.ltvComparison(try Self.segment(naiveChurn: 0.25), format: f))
    #expect(
      discounted.hasSuffix("is below the naive figure ($400): the discount outweighs the sorting."))
    // Naive $100 ÷ 10% = $1,000, above even the undiscounted $400.
    let shorter = try #require(
      MarkdownReport.ltvComparison(try Self.segment(naiveChurn: 0.1), format: f))
    #expect(
      shorter.hasSuffix(
        "is below the naive figure ($1,000): the fitted curve keeps accounts for less time than "
          + "the single churn rate implies, and the discount lowers it further."))
  }

  /// At the constant-churn limit (α = 10⁶, β = 99 × 10⁶: one churn rate of 1% a period,
  /// undiscounted lifetime (α+β−1)/(α−1) = 100.0001 periods, $10,000 at $100 a period) no
  /// sorting is claimed (render review 30, R30-8): against a naive churn of 1% ($10,000) the gap
  /// is the discount alone; against 0.8% ($12,500) the undiscounted $10,000 is given.
  @Test func noSortingIsClaimedAtTheConstantChurnLimit() throws {
    let f = NumberFormat(currency: "USD")
    func limit(_ naiveChurn: Double) throws -> SegmentLifetimeValue {
      var v = try Self.segment(naiveChurn: naiveChurn)
      v.value = LifetimeValue(
        model: ShiftedBetaGeometric(alpha: 1e6, beta: 99e6), discountRate: 0.01, arpa: 100,
        naiveChurnRate: naiveChurn)
      v.naive = v.value?.naive
      return v
    }
    let alone = try #require(MarkdownReport.ltvComparison(try limit(0.01), format: f))
    #expect(
      alone.hasSuffix(
        "is below the naive figure ($10,000): there is no sorting, so the gap is the discount "
          + "alone: undiscounted, DEL would equal the naive figure."))
    #expect(!alone.contains("outweighs") && !alone.contains("less time"))
    let apart = try #require(MarkdownReport.ltvComparison(try limit(0.008), format: f))
    #expect(
      apart.hasSuffix(
        "is below the naive figure ($12,500): there is no sorting, so the gap is the discount "
          + "and the curve's churn rate against the observed one: undiscounted, DEL-based LTV "
          + "would be $10,000."))
  }

  /// The LTV chart says its figures are revenue when no margin was given (render review 30,
  /// R30-8): all segments assumed, some, none.
  @Test func theChartCarriesTheMarginCaveat() throws {
    var assumed = try Self.segment(naiveChurn: 0.5)
    assumed.isGrossMarginDefault = true
    var given = assumed
    given.isGrossMarginDefault = false
    #expect(
      ReportChart.marginCaveat([assumed, assumed])
        == "Revenue, not gross profit: no gross margin given (100% assumed)")
    #expect(
      ReportChart.marginCaveat([assumed, given])
        == "Revenue, not gross profit, for the segments with no gross margin given (100% assumed)")
    #expect(ReportChart.marginCaveat([given]) == nil)
  }

  @Test func theNaiveColumnNamesItsPeriod() throws {
    var v = try Self.segment(naiveChurn: 0.5)
    v.periodMonths = 1
    #expect(MarkdownReport.naiveLabel([v]) == "Naive LTV (monthly ARPA ÷ monthly churn)")
    var annual = v
    annual.periodMonths = 12
    #expect(MarkdownReport.naiveLabel([annual]) == "Naive LTV (annual ARPA ÷ annual churn)")
    #expect(MarkdownReport.naiveLabel([v, annual]) == "Naive LTV (ARPA ÷ churn, both per period)")
    // A segment without a naive figure (n/a: no churn observed) does not count: the label
    // names the period of the rows that have one.
    var unvalued = annual
    unvalued.value = nil
    unvalued.naive = nil
    #expect(MarkdownReport.naiveLabel([unvalued, v]) == "Naive LTV (monthly ARPA ÷ monthly churn)")
  }

  /// One account carrying the mean is named beside the other accounts' figures (trial 22,
  /// T22-18): a segment valued as ``segment(naiveChurn:)`` ($100 a period, DEL-based LTV
  /// $100 × DEL) whose "W" is 76.9% of MRR and whose others average $25 a period: ARPA without
  /// it $25 × 12 = $300 a year, LTV without it a quarter of DEL-based LTV.
  @Test func oneAccountCarryingTheMeanIsNamed() throws {
    var v = try Self.segment(naiveChurn: 0.5)
    #expect(
      MarkdownReport.dominantAccounts(
        [v], format: NumberFormat(currency: "USD"), asOf: Month(year: 2024, month: 3)) == "")
    v.arpa = 100
    v.dominant = DominantAccount(id: "W", share: 10.0 / 13, arpaWithout: 25)
    let ltv = try #require(v.value?.ltvNew)
    let text = MarkdownReport.dominantAccounts(
      [v], format: NumberFormat(currency: "USD"), asOf: Month(year: 2024, month: 3))
    let quarter = NumberFormat(currency: "USD").money(cents: Money.round(ltv / 4 * 100))
    #expect(
      text.hasPrefix(
        "**One account carries the mean.** In \(MarkdownReport.segmentWords(v.segment)) \"W\" is "
          + "76.9% of the MRR in 2024-03: without it ARPA is $300 a year and a new account's LTV "
          + "(DEL) \(quarter)."))
  }

  /// The Benchmarks' band follows the mean of the other accounts when one carries it: W pays
  /// 1,000 a month, A, B and C 100 each (recurring ARR 12,000 and 1,200: mean 3,900, the
  /// others' 1,200, 3.25×), so the ACV is $1.20K and W ("Whale Inc"), 10,000 ÷ 13,000 = 76.9%,
  /// is named.
  @Test func theBenchmarkBandLeavesOutAnAccountCarryingTheMean() throws {
    var monthly = "account_id,month,mrr\n"
    for (id, mrr) in [("W", 1000), ("A", 100), ("B", 100), ("C", 100)] {
      for m in 1...3 { monthly += "\(id),2024-0\(m),\(mrr)\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(
        "account_id,name,contract_type,start_date\nW,Whale Inc,monthly,2023-01-01\nA,,monthly,2023-01-01\nB,,monthly,2023-01-01\nC,,monthly,2023-01-01\n"
          .utf8),
      monthlyCSV: Array(monthly.utf8), companyJSON: nil, options: LoadOptions())
    let md = MarkdownReport.render(Analysis.run(company))
    #expect(md.contains("| (no segment) | $1.20K | under $12K |"))
    // Named as the accounts table names it, with its name (hostile trial 35, H35-16).
    #expect(
      md.contains(
        "The ACV of (no segment) leaves out \"Whale Inc\" (W), 76.9% of its recurring ARR: one"))
    #expect(md.contains("**One account carries the mean.**"))
  }
}
