import ARRCore
import Testing

@testable import ARRInput

/// A column saying what each row holds (trial 41, T41-1: a cube's `Revenue type` column put
/// services fees into MRR; T41-2: a `Metric` column's ARR and API-call rows were summed with the
/// MRR rows, 150× the headline).
@Suite struct LineLabelsTests {
  /// Acme 1,000 a month plus 8,000 of professional services in March; Bolt 500 plus a 3,000
  /// implementation fee in January; Cato 250 under a plan name. Hand: MRR 1,000 / 500 / 250 every
  /// month, headline 12 × 1,750; services 8,000 (Acme, March) and 3,000 (Bolt, January) are
  /// their customers' one-time revenue, 11,000 in all (trial 44, T44-12: dropped, a claim of
  /// 12 × (MRR + services) could not be diagnosed).
  static let typedCube = """
    Customer,Revenue type,Jan-25,Feb-25,Mar-25
    Acme,Subscription,"1,000","1,000","1,000"
    Acme,Professional services,0,0,"8,000"
    Bolt,Subscription,500,500,500
    Bolt,Implementation,"3,000",0,0
    Cato,Enterprise plan,250,250,250
    """

  @Test func aCubesServicesRowsAreOneTimeRevenue() throws {
    let c = try importCube(Self.typedCube)
    #expect(c.accounts.map(\.id) == ["Acme", "Bolt", "Cato"])
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Bolt") == [50_000, 50_000, 50_000])
    #expect(c.mrrRow("Cato") == [25_000, 25_000, 25_000])
    #expect(c.oneTimeRow("Acme") == [0, 0, 800_000])
    #expect(c.oneTimeRow("Bolt") == [300_000, 0, 0])
    #expect(c.oneTimeRow("Cato") == [0, 0, 0])
    #expect(
      c.log.notes.contains(
        "cube.csv: column \"Revenue type\" labels 2 rows as revenue billed once (Professional "
          + "services, Implementation): read as their customers' one-time revenue, $11,000.00 in "
          + "all, not MRR"))
    let tie = try c.checkedTieOut()
    #expect(tie.isBalanced)
    #expect(tie.oneTimeCents == 1_100_000)
    let f = c.log.files[0]
    #expect(f.skipped[.oneTimeRow] == nil)
    #expect(f.rowsUsed == 5)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
    #expect(f.recognisedColumns.contains("line label: Revenue type"))
    #expect(!f.ignoredColumns.contains("Revenue type"))
    // A services row is no second MRR row of its customer: no "one per product?" finding.
    #expect(!c.log.findings.contains { $0.contains("one per product") })
  }

  /// Twins of the rule: what the one-time path cannot carry safely is left out as before, named
  /// in the note of rows left out, never a refusal of the file (review 48L, RL-1, RL-6, RL-10):
  /// Eve's services row holds a refund (−2,000), a blank customer's setup row, a `TBD` cell, a
  /// row in EUR. Dana, billed only services, is an account of one-time revenue alone (4,000 in
  /// January). The totals row counting every row equals the sums with the rows not read as MRR:
  /// no difference said.
  @Test func whatCannotBeCarriedIsLeftOutAsBefore() throws {
    let cube = """
      Customer,Currency,Revenue type,Jan-25,Feb-25
      Acme,USD,Subscription,"1,000","1,000"
      Dana,USD,Onboarding,"4,000",0
      Eve,USD,Subscription,200,200
      Eve,USD,Professional services,"2,000","-2,000"
      ,USD,Setup fee,500,0
      Acme,USD,Training,TBD,300
      Acme,EUR,Implementation,0,"1,000"
      Total,USD,,"7,700",500
      """
    let c = try importCube(cube)
    #expect(c.accounts.map(\.id) == ["Acme", "Eve", "Dana"])
    #expect(c.mrrRow("Acme") == [100_000, 100_000])
    #expect(c.oneTimeRow("Acme") == [0, 0])
    #expect(c.oneTimeRow("Eve") == [0, 0])
    #expect(c.mrrRow("Dana") == [0, 0])
    #expect(c.oneTimeRow("Dana") == [400_000, 0])
    let f = c.log.files[0]
    #expect(f.skipped[.oneTimeRow] == 4)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
    for why in [
      "(a cell that is no amount)", "(a credit (a negative cell))", "(no customer)",
      "(in EUR, not the file's currency)",
    ] {
      #expect(c.log.skipped.contains { $0.reason.contains(why) }, "\(why)")
    }
    #expect(
      c.log.notes.contains {
        $0.contains("\"Eve: Professional services\" (line 5, other revenue, $0.00 in all)")
      })
    #expect(
      c.log.notes.contains {
        $0.contains("the totals row (line 9) equals the column sums with the rows that are not")
      })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// A totals row that leaves the services out equals the customers' MRR: no difference said
  /// either (review 48L, RL-2).
  @Test func aTotalsRowWithoutTheServicesTiesToo() throws {
    let c = try importCube(Self.typedCube + "\nTotal,,\"1,750\",\"1,750\",\"1,750\"")
    #expect(c.oneTimeRow("Acme") == [0, 0, 800_000])
    #expect(
      c.log.notes.contains { $0.contains("the totals row (line 7) equals the column sums") })
    #expect(!c.log.findings.contains { $0.contains("differs from the sum") })
  }

  /// Review 48L, RL-5: a last month that only a one-time fee reaches (an export made before its
  /// subscriptions were billed) is not the as-of month: it is dropped as a month not reached
  /// yet, the fee after the as-of month in the tie-out. Twin: beside a subscription's cell the
  /// fee's month stays.
  @Test func aFeeAloneDoesNotReachAMonth() throws {
    let c = try importCube(
      """
      Customer,Revenue type,Jan-25,Feb-25,Mar-25
      Acme,Subscription,"1,000","1,000",
      Bolt,Subscription,500,500,
      Bolt,Implementation,0,0,"8,000"
      """)
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("Acme") == [100_000, 100_000])
    #expect(c.oneTimeRow("Bolt") == [0, 0])
    let tie = try c.checkedTieOut()
    #expect(tie.isBalanced)
    #expect(tie.afterAsOfCents == 800_000)
    let kept = try importCube(
      """
      Customer,Revenue type,Jan-25,Feb-25,Mar-25
      Acme,Subscription,"1,000","1,000","1,000"
      Bolt,Implementation,0,0,"8,000"
      """)
    #expect(kept.asOf == Month(year: 2025, month: 3))
  }

  /// Three metrics per customer: MRR read, ARR (12×) and API calls left out. Hand: Acme 1,000,
  /// Bolt 500 a month.
  static let metricCube = """
    Customer,Metric,Jan-25,Feb-25,Mar-25
    Acme,MRR,"1,000","1,000","1,000"
    Acme,ARR,"12,000","12,000","12,000"
    Acme,API calls,"137,000","137,000","137,000"
    Bolt,MRR,500,500,500
    Bolt,ARR,"6,000","6,000","6,000"
    Bolt,API calls,"68,500","68,500","68,500"
    """

  @Test func aCubesOtherMetricsAreLeftOut() throws {
    let c = try importCube(Self.metricCube)
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Bolt") == [50_000, 50_000, 50_000])
    #expect(
      c.log.notes.contains(
        "cube.csv: column \"Metric\" labels each row's metric: the rows labelled MRR are read, "
          + "and the other metrics' rows left out of every figure: ARR (2 rows), API calls "
          + "(2 rows)"))
    #expect(c.log.files[0].skipped[.otherMetric] == 4)
  }

  /// The same with the metric column's header left blank: found by its labels.
  @Test func aBlankHeaderOverMetricsIsTheMetricColumn() throws {
    let blank = Self.metricCube.replacingOccurrences(of: "Customer,Metric,", with: "Customer,,")
    let c = try importCube(blank)
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000])
    #expect(c.log.files[0].skipped[.otherMetric] == 4)
  }

  /// Metrics on every row and none MRR: the amounts are not MRR, refused naming the column.
  @Test func metricsWithoutMRRAreRefused() throws {
    let noMRR = Self.metricCube.split(separator: "\n").filter { !$0.contains(",MRR,") }
      .joined(separator: "\n")
    let error = try #require(throws: ARRQualityError.self) { try importCube(noMRR) }
    #expect(error.kind == .invalidData)
    #expect(
      error.message.hasPrefix(
        "cube.csv:1:2: column \"Metric\" labels the rows by metric (ARR, API calls) and no row "
          + "is MRR"))
  }

  /// A monthly table's services rows are the customer's one-time revenue that month. Hand: Acme
  /// MRR 1,000 both months and 8,000 one-time in February; source 2,000 + 8,000 ties out.
  @Test func aMonthlyTablesServicesRowsAreOneTimeRevenue() throws {
    let table = """
      customer_id,month,revenue_type,mrr
      Acme,2025-01,Subscription,1000
      Acme,2025-02,Subscription,1000
      Acme,2025-02,Professional services,8000
      """
    let c = try importCube(table, name: "monthly.csv")
    #expect(c.mrrRow("Acme") == [100_000, 100_000])
    #expect(c.oneTime == [0, 800_000])
    let tie = try c.checkedTieOut()
    #expect(tie.isBalanced)
    #expect(
      c.log.notes.contains(
        "monthly.csv: column \"revenue_type\" labels 1 row as revenue billed once (Professional "
          + "services): read as their customers' one-time revenue, $8,000.00 in all, not MRR"))
  }

  /// A tidy metric table: only the MRR rows are read; the seats row is left out.
  @Test func aMonthlyTablesOtherMetricsAreLeftOut() throws {
    let table = """
      customer_id,month,metric,mrr
      Acme,2025-01,mrr,1000
      Acme,2025-01,seats,20
      Acme,2025-02,mrr,1000
      Acme,2025-02,seats,20
      """
    let c = try importCube(table, name: "monthly.csv")
    #expect(c.mrrRow("Acme") == [100_000, 100_000])
    let f = c.log.files[0]
    #expect(f.skipped[.otherMetric] == 2)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Labels are keyed as the non-customer rows' are; a plan name is no reason to leave a row.
  @Test(arguments: [
    ("One-time", LineLabels.LeftOut.oneTime), ("Setup fee", .oneTime),
    ("PROFESSIONAL SERVICES", .oneTime), ("API calls", .otherMetric), ("ARR", .otherMetric),
  ])
  func labelsRead(label: String, what: LineLabels.LeftOut) {
    let column = LineLabels.Column(index: 1, header: "Metric", hasMRRRows: true)
    #expect(LineLabels.leftOut(label, in: column) == what)
  }

  @Test func aPlanNameOrUsageRevenueIsRead() {
    let column = LineLabels.Column(index: 1, header: "Type", hasMRRRows: false)
    #expect(LineLabels.leftOut("Enterprise plan", in: column) == nil)
    #expect(LineLabels.leftOut("Usage", in: column) == nil)
    // Without an MRR row, another metric's name is not read as a metric.
    #expect(LineLabels.leftOut("Seats", in: column) == nil)
  }
}
