import ARRCore
import Testing

@testable import ARRInput

/// Grouped ledger reports (QuickBooks' "Sales by Customer Detail"): the customer's name on a
/// row of its own, its lines below with the customer cell empty, `Total for <customer>` rows.
@Suite struct GroupedLedgerTests {
  /// A QuickBooks Online "Sales by Customer Detail" export: title lines, a header whose first
  /// cell is blank, three customers with subtotals, a grand total and the "Accrual basis" footer.
  static let salesByCustomer = """
    Sales by Customer Detail
    Acme Analytics Inc.
    "January - June, 2024"

    ,Date,Transaction Type,Num,Product/Service,Memo/Description,Qty,Sales Price,Amount,Balance
    Alpha Corp,,,,,,,,,
    ,01/05/2024,Invoice,1001,Subscription,Monthly plan,1,500.00,500.00,500.00
    ,02/05/2024,Invoice,1005,Subscription,Monthly plan,1,500.00,500.00,"1,000.00"
    ,03/05/2024,Invoice,1009,Subscription,Monthly plan,1,500.00,500.00,"1,500.00"
    ,04/05/2024,Invoice,1013,Subscription,Monthly plan,1,500.00,500.00,"2,000.00"
    ,05/05/2024,Invoice,1017,Subscription,Monthly plan,1,500.00,500.00,"2,500.00"
    ,06/05/2024,Invoice,1021,Subscription,Monthly plan,1,500.00,500.00,"3,000.00"
    Total for Alpha Corp,,,,,,,,"$3,000.00",
    Delta Partners,,,,,,,,,
    ,01/20/2024,Invoice,1003,Subscription,Monthly plan,1,300.00,300.00,300.00
    ,02/20/2024,Invoice,1007,Subscription,Monthly plan,1,300.00,300.00,600.00
    ,03/20/2024,Invoice,1011,Subscription,Monthly plan,1,300.00,300.00,900.00
    ,04/20/2024,Invoice,1015,Subscription,Monthly plan,1,300.00,300.00,"1,200.00"
    Total for Delta Partners,,,,,,,,"$1,200.00",
    Gamma Ltd,,,,,,,,,
    ,03/01/2024,Invoice,1010,Subscription,Monthly plan,1,200.00,200.00,200.00
    ,03/01/2024,Invoice,1010,Services,Onboarding,1,"1,000.00","1,000.00","1,200.00"
    ,04/01/2024,Invoice,1014,Subscription,Monthly plan,1,200.00,200.00,"1,400.00"
    ,05/01/2024,Invoice,1018,Subscription,Monthly plan,1,200.00,200.00,"1,600.00"
    ,06/01/2024,Invoice,1022,Subscription,Monthly plan,1,250.00,250.00,"1,850.00"
    Total for Gamma Ltd,,,,,,,,"$1,850.00",
    TOTAL,,,,,,,,"$6,050.00",

    "Accrual basis Monday, July 1, 2024 09:15 AM GMT-07:00"
    """

  @Test func salesByCustomerDetailCarriesEachCustomerToItsLines() throws {
    let c = try importLedger(Self.salesByCustomer, name: "sales.csv")
    #expect(c.accounts.map(\.id) == ["Alpha Corp", "Delta Partners", "Gamma Ltd"])
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 6))
    // By hand: Alpha 500 every month; Delta 300 January to April, then nothing; Gamma 200 from
    // March, 250 in June, and its onboarding fee (1,000) one-time in March.
    #expect(c.mrrRow("Alpha Corp") == Array(repeating: 50_000, count: 6))
    #expect(c.mrrRow("Delta Partners") == [30_000, 30_000, 30_000, 30_000, 0, 0])
    #expect(c.mrrRow("Gamma Ltd") == [0, 0, 20_000, 20_000, 20_000, 25_000])
    #expect(c.oneTimeRow("Gamma Ltd") == [0, 0, 100_000, 0, 0, 0])
    let asOfMRR = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[$1 * c.monthCount + 5] }
    #expect(asOfMRR == 75_000)
    let file = c.log.files[0]
    #expect(file.shape == .ledger)
    #expect(file.headerLine == 5)
    #expect(file.rowsUsed == 15)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(file.skipped[.title] == 3)
    #expect(file.skipped[.customerHeader] == 3)
    #expect(file.skipped[.subtotal] == 3)
    #expect(file.skipped[.totals] == 1)
    #expect(file.skipped[.footnote] == 1)
    #expect(file.recognisedColumns.contains("description: Memo/Description"))
    #expect(file.ignoredColumns.contains("Balance"))
    #expect(c.log.findings.isEmpty)
    #expect(c.log.notes.contains { $0.contains("3 customer groups, 3 subtotals checked") })
    // `Invoice` names the document, not what it bills: no "not recognised" note.
    #expect(!c.log.notes.contains { $0.contains("not recognised") })
    let tie = try c.checkedTieOut()
    #expect(tie.sourceCents == 605_000)
    #expect(tie.isBalanced)
  }

  @Test func aSubtotalThatDoesNotTieOutIsAFindingNamingTheCustomer() throws {
    let text = Self.salesByCustomer.replacingOccurrences(
      of: "Total for Delta Partners,,,,,,,,\"$1,200.00\"",
      with: "Total for Delta Partners,,,,,,,,\"$1,250.00\"")
    let c = try importLedger(text, name: "sales.csv")
    let finding = try #require(c.log.findings.first { $0.contains("subtotal") })
    #expect(finding.contains("Delta Partners"))
    #expect(finding.contains("line 19"))
    #expect(finding.contains("$1,250.00"))
    #expect(finding.contains("$1,200.00"))
    #expect(finding.contains("($50.00)"))
    // The lines are read as they are: the subtotal is reported, not believed.
    #expect(c.mrrRow("Delta Partners") == [30_000, 30_000, 30_000, 30_000, 0, 0])
  }

  static let orphan = """
    ,Date,Transaction Type,Amount
    ,01/05/2024,Invoice,50.00
    Alpha Corp,,,
    ,01/05/2024,Invoice,500.00
    ,02/05/2024,Invoice,500.00
    ,03/13/2024,Invoice,500.00
    Total for Alpha Corp,,,"1,500.00"
    """

  @Test func aLineBeforeAnyCustomerIsAProblemAtItsCell() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(Self.orphan, name: "sales.csv")
    }
    #expect(error.kind == .invalidData)
    let problem = try #require(error.problems.first)
    #expect(problem.line == 2)
    #expect(problem.column == 1)
    #expect(problem.message.contains("before any customer header"))
  }

  @Test func aLineBeforeAnyCustomerIsSkippedWithItsReasonWhenLenient() throws {
    let c = try importLedger(Self.orphan, options: ImportOptions(isLenient: true), name: "s.csv")
    let file = c.log.files[0]
    #expect(file.skipped[.badRow] == 1)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(c.log.skipped.contains { $0.line == 2 && $0.reason.contains("before any customer") })
    #expect(c.mrrRow("Alpha Corp") == [50_000, 50_000, 50_000])
  }

  /// QuickBooks Desktop: indentation columns, `Total <name>` without "for", a sub-customer
  /// (job) inside its customer, and a customer whose name starts with "Total".
  @Test func desktopSubCustomersAndACustomerNamedTotal() throws {
    let c = try importLedger(
      """
      ,,Type,Date,Num,Memo,Name,Amount,Balance
      Freeman Sporting,,,,,,,,
      ,Ocean View Road,,,,,,,
      ,,Invoice,01/15/2024,1036,Monthly,Freeman Sporting:Ocean View Road,100.00,100.00
      ,,Invoice,02/15/2024,1040,Monthly,Freeman Sporting:Ocean View Road,100.00,200.00
      ,Total Ocean View Road,,,,,,200.00,200.00
      ,,Invoice,01/20/2024,1037,Monthly,Freeman Sporting,40.00,240.00
      ,,Invoice,02/20/2024,1041,Monthly,Freeman Sporting,40.00,280.00
      Total Freeman Sporting,,,,,,,280.00,280.00
      Total Fitness Ltd,,,,,,,,
      ,,Invoice,01/02/2024,1038,Monthly,Total Fitness Ltd,70.00,70.00
      ,,Invoice,02/02/2024,1042,Monthly,Total Fitness Ltd,70.00,140.00
      Total Total Fitness Ltd,,,,,,,140.00,140.00
      TOTAL,,,,,,,420.00,420.00
      """)
    #expect(c.accounts.map(\.id) == ["Ocean View Road", "Freeman Sporting", "Total Fitness Ltd"])
    #expect(c.mrrRow("Ocean View Road") == [10_000, 10_000])
    #expect(c.mrrRow("Freeman Sporting") == [4_000, 4_000])
    #expect(c.mrrRow("Total Fitness Ltd") == [7_000, 7_000])
    #expect(c.log.findings.isEmpty)
    #expect(c.log.files[0].skipped[.subtotal] == 3)
    #expect(c.log.files[0].ignoredColumns.contains("Name"))
    #expect(c.log.notes.contains { $0.contains("1 inside another") })
  }

  @Test(arguments: [
    ("TOTAL", false, CustomerGroups.Lead.grandTotal),
    ("Grand Total:", false, .grandTotal),
    ("Total for Alpha Corp", false, .subtotal("Alpha Corp")),
    ("Total Beta", false, .subtotal("Beta")),
    ("Total Fitness", false, .header("Total Fitness")),
    // A row with a date is a line: a customer named so, its name on its first line.
    ("Total Beta", true, .header("Total Beta")),
    ("Total for Kids", true, .header("Total for Kids")),
    ("Accrual basis Monday, July 1, 2024", false, .footer),
    ("Alpha Corp", false, .header("Alpha Corp")),
  ])
  func leadCellsAreClassified(text: String, hasDate: Bool, expected: CustomerGroups.Lead) {
    // "Beta" is open; "Fitness" is not.
    var groups = CustomerGroups()
    groups.begin("Beta", line: 1)
    #expect(groups.lead(text, hasDate: hasDate) == expected)
  }

  /// A customer named "Total …" whose name is written on its first line (the date and amount
  /// beside it) is that customer's first line, not a subtotal; its next line is its own, not
  /// the previous customer's (it was dropped as an unchecked subtotal, and its February line
  /// added to Alpha Inc: Feb 150.00).
  @Test func aCustomerNamedTotalOnItsFirstLineKeepsItsLines() throws {
    let c = try importLedger(
      """
      ,Date,Memo,Amount
      Alpha Inc,01/15/2024,Monthly,100.00
      ,02/15/2024,Monthly,100.00
      Total Fitness,01/20/2024,Monthly,50.00
      ,02/20/2024,Monthly,50.00
      """)
    #expect(c.accounts.map(\.id) == ["Alpha Inc", "Total Fitness"])
    #expect(c.mrrRow("Alpha Inc") == [10_000, 10_000])
    #expect(c.mrrRow("Total Fitness") == [5_000, 5_000])
    let file = c.log.files[0]
    #expect(file.rowsRead == 4)
    #expect(file.rowsUsed == 4)
    #expect(file.skipped[.subtotal] == nil)
    #expect(c.log.findings.isEmpty)
  }

  /// `Total <name>` naming no open customer, with an amount and no date, is a customer's first
  /// line (decided; it was an unchecked subtotal): without a date it is a problem whose message
  /// says why it was not read as a subtotal, never a silent drop.
  @Test func aTotalRowNamingNoOpenCustomerIsALineAndSaysSo() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(
        """
        ,Date,Amount
        Alpha Corp,,
        ,2024-01-05,500.00
        Total Alpha Co,,500.00
        """)
    }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 4)
    #expect(problem.column == 2)
    #expect(problem.message.contains("\"Total Alpha Co\" names no open customer"))
  }

  /// A subtotal naming no open customer closes the open ones: a line below it without a
  /// customer header of its own is a problem at its cell, never the previous customer's.
  @Test func aLineBelowAnUnmatchedSubtotalIsNotThePreviousCustomers() throws {
    let text = """
      ,Date,Amount
      Alpha Corp,,
      ,2024-01-05,500.00
      Total for Alpha Co,,500.00
      ,2024-02-05,70.00
      """
    let error = try #require(throws: ARRQualityError.self) { try importLedger(text) }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 5)
    #expect(problem.message.contains("before any customer header"))
    let c = try importLedger(text, options: ImportOptions(isLenient: true), name: "s.csv")
    // The February line was skipped: the company's months end in January.
    #expect(c.mrrRow("Alpha Corp") == [50_000])
    #expect(c.log.findings.contains { $0.contains("\"Alpha Co\" is open above it") })
    let file = c.log.files[0]
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(file.skipped[.badRow] == 1)
  }

  /// Two detail reports joined into one file: the second's header row starts a new export, so
  /// its lines are read (they were skipped as footnotes "below the grand total", and the
  /// tie-out compared the first total only). The tie-out sums both grand totals.
  static let joined = """
    ,Date,Transaction Type,Amount
    Alpha Corp,,,
    ,01/15/2024,Invoice,100.00
    ,02/15/2024,Invoice,100.00
    Total for Alpha Corp,,,200.00
    TOTAL,,,200.00
    ,Date,Transaction Type,Amount
    Beta Inc,,,
    ,01/20/2024,Invoice,250.00
    ,02/20/2024,Invoice,250.00
    Total for Beta Inc,,,500.00
    TOTAL,,,500.00
    """

  @Test func reportsJoinedBelowARepeatedHeaderAreBothReadAndTiedOut() throws {
    let c = try importLedger(Self.joined)
    #expect(c.accounts.map(\.id) == ["Alpha Corp", "Beta Inc"])
    // By hand: Alpha 100.00 in Jan and Feb; Beta 250.00 in Jan and Feb.
    #expect(c.mrrRow("Alpha Corp") == [10_000, 10_000])
    #expect(c.mrrRow("Beta Inc") == [25_000, 25_000])
    let file = c.log.files[0]
    // 11 rows below the header: 4 lines; 2 customer headers, 2 subtotals, 2 grand totals,
    // 1 repeated header skipped.
    #expect(file.rowsRead == 11)
    #expect(file.rowsUsed == 4)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(file.skipped[.footnote] == nil)
    // 200.00 + 500.00 = 700.00 = 100.00 + 100.00 + 250.00 + 250.00.
    #expect(c.log.notes.contains { $0.contains("totals rows (lines 6, 12) sum to") })
    #expect(c.log.findings.isEmpty)
    #expect(try c.checkedTieOut().sourceCents == 70_000)
  }

  @Test func joinedReportsWhoseTotalsDoNotSumToTheLinesAreAFinding() throws {
    let c = try importLedger(
      Self.joined.replacingOccurrences(of: "TOTAL,,,500.00", with: "TOTAL,,,450.00"))
    // 200.00 + 450.00 = 650.00 against lines of 700.00: 50.00 short.
    let finding = try #require(c.log.findings.first { $0.contains("totals rows") })
    #expect(finding.contains("lines 6, 12"))
    #expect(finding.contains("650.00"))
    #expect(finding.contains("700.00"))
  }

  /// A dated line with an amount below the grand total, no header between, is a problem at its
  /// cell (it was skipped as a footnote, silently).
  @Test func aLineBelowTheGrandTotalIsAProblemNotAFootnote() throws {
    let text = """
      ,Date,Amount
      Alpha Corp,,
      ,01/15/2024,100.00
      TOTAL,,100.00
      Beta Inc,,
      ,02/15/2024,500.00
      """
    let error = try #require(throws: ARRQualityError.self) { try importLedger(text) }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 6)
    #expect(problem.column == 2)
    #expect(problem.message.contains("below the grand total (line 4)"))
    let c = try importLedger(text, options: ImportOptions(isLenient: true))
    let file = c.log.files[0]
    #expect(file.skipped[.badRow] == 1)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
  }

  @Test func aSubtotalNamingNoOpenCustomerIsAFinding() throws {
    let c = try importLedger(
      """
      ,Date,Amount
      Alpha Corp,,
      ,2024-01-05,500.00
      ,2024-02-05,500.00
      Total for Beta Inc,,"1,000.00"
      """)
    #expect(c.log.findings.contains { $0.contains("\"Beta Inc\" is open above it") })
    #expect(c.log.files[0].skipped[.subtotal] == 1)
    #expect(c.mrrRow("Alpha Corp") == [50_000, 50_000])
  }

  /// A pandas export without a customer column: its index under a blank header is row numbers,
  /// not customers (each row was read as its own customer "0", "1", "2").
  @Test func rowNumbersUnderABlankHeaderAreNoCustomers() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(
        """
        ,invoice_date,amount
        0,2024-01-05,100.0
        1,2024-02-05,100.0
        """)
    }
    #expect(error.problems.count == 2)
    #expect(error.problems.allSatisfy { $0.message.contains("is a row number") })
  }

  /// QuickBooks' "Sales by Product/Service Detail" without its Customer column groups by
  /// product: its group names are not customers, and the import says so.
  @Test func aReportGroupedByProductIsRefused() throws {
    let text = Self.salesByCustomer.replacingOccurrences(
      of: "Sales by Customer Detail", with: "Sales by Product/Service Detail")
    let error = try #require(throws: ARRQualityError.self) {
      try importLedger(text, name: "sales.csv")
    }
    #expect(error.message.hasPrefix("sales.csv:1: a report grouped by something other than"))
    #expect(error.message.contains("Sales by Product/Service Detail"))
  }
}
