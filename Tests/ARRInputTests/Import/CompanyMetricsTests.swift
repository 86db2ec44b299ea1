import ARRCore
import Testing

@testable import ARRInput

/// A company's SaaS metrics are not its customers' revenue (`docs/import.md`, "Files that hold
/// no recurring revenue"). Found by the tenth session's trial of real public files: an FP&A
/// sample's company totals by month (Khushi0604/FpaInsightAgent `data/mrr.csv`) was told to
/// "transpose the sheet", and transposed it read as a cube of six "customers" (`mrr`,
/// `new_mrr`, …, `arr`), headline ARR $30.8M for a company whose own `arr` column says
/// $2,357,058.96. The fixtures keep the real headers and first rows.
@Suite struct CompanyMetricsTests {
  func refusal(_ text: String, name: String) -> String? {
    do {
      _ = try importCube(text, name: name)
      return nil
    } catch let error as ARRQualityError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  /// Khushi0604/FpaInsightAgent `data/mrr.csv` (b10f4fb), first three months.
  static let totals = """
    month,mrr,new_mrr,expansion_mrr,churned_mrr,contraction_mrr,arr
    2023-01,58441.24,8745.07,2889.39,2388.61,804.61,701294.88
    2023-02,65301.68,7648.77,2812.69,2947.53,653.49,783620.16
    2023-03,73902.72,7295.79,3434.05,1721.95,406.85,886832.64
    """

  /// Refused as company totals, not told to transpose (no "transpose" in the message).
  @Test func companyTotalsByMonthAreRefusedNotToldToTranspose() throws {
    let message = try #require(refusal(Self.totals, name: "mrr.csv"))
    #expect(
      message
        == "mrr.csv:1: reads as the company's totals by month (\"month\", \"mrr\", \"new_mrr\", "
        + "\"expansion_mrr\", …; one row per month and no customer column): company totals "
        + "cannot show which customers stay, grow or leave, so there is no churn, retention or "
        + "risk to measure; export MRR per customer and month instead (a monthly table: "
        + "customer, month, mrr; or a customer cube), or the invoice lines or subscriptions "
        + "behind the totals")
  }

  /// LondonWizard/Synthetic-Data-Generator `data/mrr.csv` (0cd97a0): two columns, one month
  /// twice (as the real file has 2024-10).
  @Test func aTwoColumnTotalIsRefusedToo() throws {
    let text = """
      month,recurring_revenue
      2024-09,491192.29
      2024-10,481448.5
      2024-10,501289.24
      """
    let message = try #require(refusal(text, name: "mrr.csv"))
    #expect(
      message.hasPrefix(
        "mrr.csv:1: reads as the company's totals by month (\"month\", \"recurring_revenue\"; "))
  }

  /// The same file transposed, as the old hint said: every row is a metric. Before, each was a
  /// customer and the headline ARR added them all up: 12 × (73,902.72 + 7,295.79 + 3,434.05 +
  /// 1,721.95 + 406.85 + 886,832.64) = 12 × 973,594.00 = $11,683,128 for March, where the
  /// company's own ARR column says $886,832.64.
  @Test func aCubeOfMetricRowsIsRefused() throws {
    let text = """
      month,2023-01,2023-02,2023-03
      mrr,58441.24,65301.68,73902.72
      new_mrr,8745.07,7648.77,7295.79
      expansion_mrr,2889.39,2812.69,3434.05
      churned_mrr,2388.61,2947.53,1721.95
      contraction_mrr,804.61,653.49,406.85
      arr,701294.88,783620.16,886832.64
      """
    let message = try #require(refusal(text, name: "transposed.csv"))
    #expect(
      message
        == "transposed.csv: every row names a company metric, not a customer (\"mrr\" (line 2), "
        + "\"new_mrr\" (line 3), \"expansion_mrr\" (line 4), …): this reads as the company's "
        + "totals by month; read as customers, the metrics would be added up as revenue (the "
        + "new, churned and ARR rows with the MRR); export MRR per customer and month instead "
        + "(a monthly table: customer, month, mrr; or a customer cube), or the invoice lines or "
        + "subscriptions behind the totals")
  }

  /// A founder's sheet: customers, a total, and movement rows below it. The total is checked
  /// and left out as before; the movement rows, once customers (New MRR 300 in January,
  /// Expansion MRR 50 in March: headline 12 × (100 + 250 + 50) = 4,800 for a company of 12 ×
  /// 350 = 4,200) and then refused, are summary rows below the total, skipped with why (trial
  /// 48, T48-2: an `ARR (MRR x 12)` row under `Total MRR` stopped a founder's schedule).
  @Test func metricRowsBelowTheTotalAreSummaryRows() throws {
    let text = """
      Customer,2024-01,2024-02,2024-03
      Acme,100,100,100
      Beta,200,200,250
      Total MRR,300,300,350
      New MRR,300,0,0
      Expansion MRR,0,0,50
      """
    let c = try importCube(text, name: "sheet.csv")
    #expect(c.accounts.map(\.id) == ["Acme", "Beta"])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 35_000)
    #expect(
      c.log.skipped.filter { $0.reason.contains("a summary row below the totals row") }
        .map(\.line) == [5, 6])
  }

  /// Metric rows among the customers, with no total above them, are refused by line.
  @Test func metricRowsAmongTheCustomersAreRefusedByLine() throws {
    let text = """
      Customer,2024-01,2024-02,2024-03
      Acme,100,100,100
      New MRR,300,0,0
      Beta,200,200,250
      Expansion MRR,0,0,50
      """
    let message = try #require(refusal(text, name: "sheet.csv"))
    #expect(
      message
        == "sheet.csv: 2 rows name company metrics, not a customer (\"New MRR\" (line 3), "
        + "\"Expansion MRR\" (line 5)): read as customers, they would be added to the revenue; "
        + "delete these summary rows (a totals row, \"Total\", is recognised and checked; other "
        + "summary rows are not) or export the customer rows only")
  }

  /// Customers whose names merely contain a metric's word are customers.
  @Test func namesContainingAMetricWordAreCustomers() throws {
    #expect(CompanyMetrics.isMetric("New MRR"))
    #expect(CompanyMetrics.isMetric("churned_mrr"))
    #expect(CompanyMetrics.isMetric("ARR (USD)"))
    #expect(!CompanyMetrics.isMetric("MRR Labs"))
    #expect(!CompanyMetrics.isMetric("Churn Buster"))
    let text = """
      Customer,2024-01,2024-02,2024-03
      MRR Labs,100,100,100
      Churn Buster,200,200,250
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("MRR Labs") == [10_000, 10_000, 10_000])
  }

  /// A customer whose name is also a short metric's (ACV Auctions as "ACV", Logos Bible Software
  /// as "Logos") is a customer among customers, with a finding (review 10, F11: the cube was
  /// refused); beside a row that can only be a metric, it is a metric row too.
  @Test func aShortMetricNameAmongCustomersIsACustomerWithAFinding() throws {
    let text = """
      Customer,2024-01,2024-02,2024-03
      ACV,100,100,100
      Beta,200,200,250
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("ACV") == [10_000, 10_000, 10_000])
    #expect(
      c.log.findings.contains { $0.contains("named like a company metric (\"ACV\", line 2)") })
    let withMetric = text + "\nNew MRR,0,0,50"
    #expect(throws: ARRQualityError.self) {
      _ = try importCube(withMetric, options: ImportOptions(values: .mrr))
    }
  }

  /// luckystar30/CohortIQ `data/mrr.csv` (74338ff): every line quoted whole, so one column.
  @Test func linesQuotedWholeGetAHint() throws {
    let text = "\"month,MRR\"\n\"2023-01,26983.3\"\n\"2023-02,24918.65\"\n"
    let message = try #require(refusal(text, name: "mrr.csv"))
    #expect(
      message.hasSuffix(
        "; line 1 is one quoted cell holding \",\" (\"month,MRR\"): each line is quoted whole, "
          + "so the file has one column; remove the quotes around each line"))
  }

  /// umarmk/financial-analyst-copilot `data/processed/revenue_events.csv` (d990a3e): an MRR
  /// tracker's events, whose `event_month` and `mrr_delta` name no ledger's date and amount,
  /// was "shape not recognised", then refused as MRR movements; read as a movements log since
  /// session 21. A-00bed1: 1,159 from November, +1,372 in April. The other two start mid-life
  /// (a contraction, a churn first), their MRR before the log read from `mrr_after_event`:
  /// A-019782 4,364 after −3,184, so 7,548 before; A-180abf 0 after a churn of −12,736.
  @Test func movementsOfNoLedgerShapeAreReadAsMovements() throws {
    let text = """
      event_id,customer_id,event_month,event_date,event_type,mrr_delta,mrr_after_event
      A-00bed1-2023-11,A-00bed1,2023-11,2023-11-30,new,1159.0,1159.0
      A-00bed1-2024-04,A-00bed1,2024-04,2024-04-30,expansion,1372.0,2531.0
      A-019782-2023-12,A-019782,2023-12,2023-12-31,contraction,-3184.0,4364.0
      A-180abf-2023-12,A-180abf,2023-12,2023-12-31,churn,-12736.0,0.0
      """
    #expect(refusal(text, name: "revenue_events.csv") == nil)
    let c = try importCube(text, name: "revenue_events.csv")
    #expect(c.accounts.map(\.id) == ["A-00bed1", "A-019782", "A-180abf"])
    #expect(c.mrrRow("A-00bed1") == [115_900, 115_900, 115_900, 115_900, 115_900, 253_100])
    #expect(c.mrrRow("A-019782") == [754_800, 436_400, 436_400, 436_400, 436_400, 436_400])
    #expect(c.mrrRow("A-180abf") == [1_273_600, 0, 0, 0, 0, 0])
    #expect(c.log.files[0].rowsSkipped == 0)
    #expect(c.log.notes.contains { $0.contains("2 customers start mid-life") })
    #expect(!c.log.findings.contains { $0.contains("does not tie out") })
  }

  /// Trial 14: Bunmii234/hubspot-saas-metrics-dashboard's `data/saas_metrics_summary_export.csv`
  /// (its first rows, columns cut), a public company's totals by quarter from its filings, and
  /// the same by year: "shape not recognised" before; refused as company totals by quarter and
  /// by year now (its revenue columns named first since session 15, import lane).
  @Test(arguments: [
    (
      "quarter,year,total_revenue,subscription_revenue,customers,net_revenue_retention\n"
        + "2023-Q1,2023,501620000,489743000,205091,103.90\n"
        + "2023-Q2,2023,529138000,517678000,205091,103.90\n",
      "saas_metrics.csv:1: reads as the company's totals by quarter (\"quarter\", "
        + "\"total_revenue\", \"subscription_revenue\", \"customers\", …; one row per quarter "
        + "and no customer column)"
    ),
    (
      "year,customers,avg_subscription_revenue_per_customer,net_revenue_retention\n"
        + "2022,167386,11163,110.3%\n2023,205091,11384,103.9%\n",
      "saas_metrics.csv:1: reads as the company's totals by year (\"year\", \"customers\", "
        + "\"net_revenue_retention\"; one row per year and no customer column)"
    ),
  ])
  func companyTotalsByQuarterOrYearAreRefused(text: String, says: String) throws {
    let message = try #require(refusal(text, name: "saas_metrics.csv"))
    #expect(message.hasPrefix(says))
  }

  /// Revenue alone by quarter or year (a board deck's table: `quarter`, `revenue`; no metric
  /// the list names, no customer): "shape not recognised" before session 15 (import lane);
  /// refused as company totals now, the message naming what is needed, rows per customer.
  @Test(arguments: [
    (
      "quarter,revenue\n2023-Q1,120000\n2023-Q2,135000\n2023-Q3,150000\n",
      "quarters.csv:1: reads as the company's totals by quarter (\"quarter\", \"revenue\"; one "
        + "row per quarter and no customer column): company totals cannot show which customers "
        + "stay, grow or leave, so there is no churn, retention or risk to measure; export MRR per "
        + "customer and month instead (a monthly table: customer, month, mrr; or a customer "
        + "cube), or the invoice lines or subscriptions behind the totals"
    ),
    (
      "Fiscal Quarter,Total Revenue,Subscription Revenue\nFY24 Q1,\"$1,200,000\",\"$1,100,000\"\n"
        + "FY24 Q2,\"$1,350,000\",\"$1,240,000\"\n",
      "quarters.csv:1: reads as the company's totals by quarter (\"Fiscal Quarter\", \"Total "
        + "Revenue\", \"Subscription Revenue\"; one row per quarter and no customer column)"
    ),
    (
      "year,net_revenue\n2023,1400000\n2024,2100000\n",
      "quarters.csv:1: reads as the company's totals by year (\"year\", \"net_revenue\"; one "
        + "row per year and no customer column)"
    ),
  ])
  func revenueAloneByQuarterOrYearIsRefused(text: String, says: String) throws {
    let message = try #require(refusal(text, name: "quarters.csv"))
    #expect(message.hasPrefix(says))
  }

  /// A quarter or year column's cells are quarters (`2023-Q1`, `Q1 2023`, `FY24 Q1`) or years
  /// (`2024`, `FY2024`); other cells are neither.
  @Test func quartersAndYearsAreRead() {
    #expect(
      ["2023-Q1", "Q1 2023", "2023 q4", "FY24 Q1"].allSatisfy {
        CompanyMetrics.isPeriod($0, isQuarter: true)
      })
    #expect(
      !["2023", "Q5 2023", "2023-01", "Acme"].contains {
        CompanyMetrics.isPeriod($0, isQuarter: true)
      })
    #expect(["2024", "FY2024"].allSatisfy { CompanyMetrics.isPeriod($0, isQuarter: false) })
    #expect(!["2023-Q1", "24", "Acme"].contains { CompanyMetrics.isPeriod($0, isQuarter: false) })
  }
}
