import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A cube's bytes and how it imports.
func importCube(
  _ text: String, options: ImportOptions = ImportOptions(), name: String = "cube.csv"
) throws -> ImportedCompany {
  try ImportFixtures.read([(name, text)], options: options)
}

@Suite struct CubeReaderTests {
  static let messy = """
    ACME Corp — customer revenue by month
    Confidential,,,,
    ,,,,
    Customer,Segment,Jan-24,Feb-24,Mar-24,Apr-24
    Alpha,smb,"$1,000.00","$1,000.00","$1,200.00","$1,200.00"
    Beta,enterprise,500,500,-,
    ,,,,,
    Gamma,smb,,250.5,250.5,(0.00)
    Alpha,smb,10,10,10,10
    Total,,"$1,510.00","$1,760.50","$1,460.50","$1,500.00"
    * Figures unaudited
    """

  /// A cube whose cells say only `$` is read as USD with the finding the other shapes give (it
  /// had none); a cell naming US dollars (`US$`) or `--currency` leaves nothing to say. Acme
  /// 100, 100, 120; Beta 200 a month.
  @Test(arguments: [
    ("$100", "$100", ImportOptions(values: .mrr), true),
    ("US$100", "$100", ImportOptions(values: .mrr), false),
    ("$100", "$100", ImportOptions(values: .mrr, currency: "CAD"), false),
  ])
  func aDollarOnlyCubeIsUSDWithAFinding(
    first: String, second: String, options: ImportOptions, isSaid: Bool
  ) throws {
    let c = try importCube(
      """
      Customer,2024-01,2024-02,2024-03
      Acme,\(first),\(second),$120
      Beta,$200,$200,$200
      """, options: options)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 12_000])
    #expect(c.mrrRow("Beta") == [20_000, 20_000, 20_000])
    let f = c.log.findings.filter { $0.contains("written only as \"$\"") }
    #expect(f.count == (isSaid ? 1 : 0))
    if isSaid { #expect(f.first?.hasPrefix("cube.csv: ") == true && f[0].contains("line 2")) }
  }

  @Test func skipsAndReportsTitleBlankTotalsAndFootnoteLines() throws {
    let c = try importCube(Self.messy, options: ImportOptions(values: .mrr))
    let f = try #require(c.log.files.first)
    #expect(f.headerLine == 4)
    #expect(f.skipped[.title] == 2)
    #expect(f.skipped[.totals] == 1)
    #expect(f.skipped[.footnote] == 1)
    #expect(f.blankLines == 1)
    #expect(f.rowsUsed == 4)
    #expect(f.rowsRead == f.rowsUsed + f.rowsSkipped)
    #expect(c.log.skipped.map(\.line) == [1, 2, 10, 11])
    #expect(c.log.skipped[2].reason.hasPrefix("totals row"))
  }

  @Test func sumsRowsOfTheSameCustomerAndReportsThem() throws {
    let c = try importCube(Self.messy, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["Alpha", "Beta", "Gamma"])
    #expect(Array(c.mrr[0..<4]) == [101_000, 101_000, 121_000, 121_000])
    #expect(Array(c.mrr[4..<8]) == [50_000, 50_000, 0, 0])
    #expect(Array(c.mrr[8..<12]) == [0, 25_050, 25_050, 0])
    #expect(c.log.findings.contains { $0.contains("\"Alpha\" on lines 5, 9") })
  }

  @Test func aTotalsRowThatDiffersIsAFindingPerMonth() throws {
    let c = try importCube(Self.messy, options: ImportOptions(values: .mrr))
    // Sums: Jan 1,510.00, Feb 1,760.50, Mar 1,460.50, Apr 1,210.00; the row says 1,500.00 in Apr.
    let finding = try #require(c.log.findings.first { $0.contains("totals row") })
    #expect(finding.contains("in 1 month"))
    #expect(finding.contains("2024-04 total $1,500.00 vs sum $1,210.00 ($290.00)"))
  }

  @Test func aTotalsRowThatMatchesIsANote() throws {
    let text = "Customer,2024-01,2024-02,2024-03\nA,1,2,3\nB,1,1,1\nGrand total,2,3,4\n"
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.log.notes.contains { $0.contains("equals the column sums") })
    #expect(c.log.findings.isEmpty)
    #expect(c.accounts.count == 2)
  }

  @Test func tieOutIncludesEveryCell() throws {
    let c = try importCube(Self.messy, options: ImportOptions(values: .mrr))
    let t = try c.checkedTieOut()
    #expect(t.sourceCents == 101_000 * 2 + 121_000 * 2 + 100_000 + 50_100)
    #expect(t.isBalanced)
  }

  @Test func negativeMRRIsAnErrorNamingTheCell() throws {
    let text = "Customer,2024-01,2024-02,2024-03\nA,1,(2.00),3\n"
    #expect {
      try importCube(text, options: ImportOptions(values: .mrr))
    } throws: { e in
      let p = (e as? ARRQualityError)?.problems.first
      return p?.line == 2 && p?.column == 3 && p?.message.contains("negative") == true
    }
    let lenient = try importCube(text, options: ImportOptions(values: .mrr, isLenient: true))
    #expect(Array(lenient.mrr) == [100, 0, 300])
    #expect(lenient.log.tieOut.leftOutCents == -200)
    #expect(lenient.log.findings.contains { $0.contains("negative MRR") })
  }

  @Test func badCellsNameFileLineAndColumn() throws {
    let text = "Customer,2024-01,2024-02,2024-03\nA,1,x,3\nB,1,2,3.456\n"
    #expect {
      try importCube(text, options: ImportOptions(values: .mrr))
    } throws: { e in
      guard let e = e as? ARRQualityError else { return false }
      return e.kind == .invalidData && e.problemCount == 2
        && e.problems[0].description.hasPrefix("cube.csv:2:3: \"x\" is not an amount")
        && e.problems[1].description.contains("--decimal-comma")
    }
    let lenient = try importCube(text, options: ImportOptions(values: .mrr, isLenient: true))
    #expect(lenient.accounts.isEmpty)
    #expect(lenient.log.files[0].skipped[.badRow] == 2)
    #expect(lenient.log.skipped.map(\.line) == [2, 3])
  }

  @Test func decimalCommaIsDetectedWhenUnambiguous() throws {
    let text = "Kunde;Jan 2024;Feb 2024;Mar 2024\nA;1.234,50;1.234,50;12,5\n"
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(Array(c.mrr) == [123_450, 123_450, 1_250])
    #expect(c.log.notes.contains { $0.contains("decimal comma") })
  }

  @Test func mixedDecimalMarksAreAnError() throws {
    let text = "Customer,Jan 2024,Feb 2024,Mar 2024\nA,\"1.234,50\",\"1,234.50\",1\n"
    #expect(throws: ARRQualityError.self) { try importCube(text) }
  }

  @Test func aFileOfNoShapeSaysWhatIsAcceptedAndWhatWasFound() throws {
    let text = "foo,bar,2024-01\n1,2,3\n"
    #expect {
      try importCube(text)
    } throws: { e in
      let m = (e as? ARRQualityError)?.message ?? ""
      return m.contains("shape not recognised") && m.contains("cube") && m.contains("ledger")
        && m.contains("\"foo\", \"bar\", \"2024-01\"") && m.contains("1 month-like header")
    }
  }

  @Test func asOfLeavesLaterCellsOutOfTheDataAndInTheTieOut() throws {
    let text = "Customer,2024-01,2024-02,2024-03\nA,1,2,3\n"
    let c = try importCube(
      text, options: ImportOptions(values: .mrr, asOf: Month(year: 2024, month: 2)))
    #expect(Array(c.mrr) == [100, 200])
    #expect(c.log.tieOut.afterAsOfCents == 300)
    #expect(c.log.tieOut.sourceCents == 600)
  }

  @Test func metadataColumnsBecomeFacts() throws {
    let text = """
      ID,Name,Segment,Contract,Billing,Start date,Renewal date,Region,2024-01,2024-02,2024-03
      A1,Alpha,smb,Annual - auto renew,Billed quarterly,2023-05-01,2025-04-30,EU,10,10,10
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    let a = try #require(c.accounts.first)
    #expect(a.id == "A1")
    #expect(a.name == "Alpha")
    #expect(a.segment == "smb")
    #expect(a.contractType == .annual)
    #expect(a.billingCadence == .quarterly)
    #expect(a.startDate == CivilDate("2023-05-01"))
    #expect(a.contractEndDate == CivilDate("2025-04-30"))
    #expect(a.inferred.isEmpty)
    #expect(c.log.files[0].ignoredColumns == ["Region"])
  }

  @Test func aCustomerListJoinsOnIdElseNameAndItsFactsWin() throws {
    let cube = "Customer,2024-01,2024-02,2024-03\nAlpha,1,1,1\nBeta,2,2,2\n"
    let list =
      "Name,Contract type,Billing,Segment\nAlpha,monthly,monthly,smb\nBeta,annual,annual,ent\nZeta,monthly,monthly,smb\n"
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("customers.csv", list)], options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.contractType) == [.monthly, .annual])
    #expect(c.accounts.map(\.segment) == ["smb", "ent"])
    let f = c.log.files[1]
    #expect(f.rowsRead == 3)
    #expect(f.rowsUsed == 2)
    #expect(c.log.skipped.contains { $0.file == "customers.csv" && $0.line == 4 })
  }

  /// A customer list's trial, cancel, seats, integrations, committed MRR and past-due columns
  /// (the product's own `accounts.csv` names, and common other names) are read as facts; before,
  /// only terms and dates were, and the rest was ignored.
  @Test func aCustomerListsActivityColumnsAreFacts() throws {
    let cube = "Customer,2024-01,2024-02,2024-03\nA1,1,1,1\nA2,2,2,0\n"
    let list = """
      account_id,trial_status,trial_end_date,churn date,licenses,seats_used,integrations,committed_mrr,delinquent
      A1,converted,2024-01-15,,12,9,"1,200",150.50,no
      A2,trialing,,2024-03-01,5,0,0,,yes
      """
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("customers.csv", list)], options: ImportOptions(values: .mrr))
    let (a1, a2) = (c.accounts[0], c.accounts[1])
    #expect(a1.trialStatus == .converted && a2.trialStatus == .active)
    #expect(a1.trialEndDate == CivilDate("2024-01-15") && a2.trialEndDate == nil)
    #expect(a1.cancelDate == nil && a2.cancelDate == CivilDate("2024-03-01"))
    #expect(a1.seatsPurchased == 12 && a1.seatsActive == 9 && a1.integrations == 1_200)
    #expect(a1.committedMRR == 15_050 && a2.committedMRR == nil)
    #expect(a1.isPastDue == false && a2.isPastDue == true)
    #expect(c.log.files[1].ignoredColumns.isEmpty)
  }

  /// A column under a fact's name whose cells do not read as the fact is another column: not
  /// read, named in a note (review 10, F6: such lists were refused).
  @Test func aColumnThatDoesNotReadAsItsFactIsIgnoredWithANote() throws {
    let cube = "Customer,2024-01,2024-02,2024-03\nA1,1,1,1\n"
    let list = "account_id,seats,past_due,trial_status\nA1,many,maybe,soon\n"
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("customers.csv", list)], options: ImportOptions(values: .mrr))
    #expect(c.log.files[1].ignoredColumns == ["trial_status", "seats", "past_due"])
    #expect(c.log.notes.contains { $0.contains("\"maybe\" on line 2 is not true or false") })
    #expect(c.accounts[0].seatsPurchased == nil && c.accounts[0].isPastDue == nil)
  }

  /// A customer list whose rows hold three dates (start, contract end, cancel: the product's
  /// own `accounts.csv`) was taken for a cube whose header is its first such row, and refused
  /// ("months not consecutive"). Below a named header, such a row is a record.
  @Test func aCustomerListWithThreeDatesInARowIsAListNotACube() throws {
    let cube = "Customer,2024-01,2024-02,2024-03\nA1,1,1,1\nA2,2,2,0\n"
    let list = """
      account_id,name,start_date,contract_end_date,cancel_date,segment
      A1,Tidal,2021-05-27,2027-04-30,,smb
      A2,Pine,2021-05-21,2025-04-30,2024-03-01,ent
      """
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("accounts.csv", list)], options: ImportOptions(values: .mrr))
    #expect(c.log.files.map(\.file) == ["cube.csv", "accounts.csv"])
    #expect(c.accounts.map(\.segment) == ["smb", "ent"])
    #expect(c.accounts.map(\.startDate) == [CivilDate("2021-05-27"), CivilDate("2021-05-21")])
    #expect(c.log.files[1].rowsUsed == 2)
    // Its first row is a header of named columns: the importer reads it as records when its
    // cube reading fails, never as a cube.
    let table = try ImportTable.read(Array(list.utf8), file: "accounts.csv")
    #expect(CubeLayout.isNamedHeader(table.records[0]))
  }
}

/// Which rows are totals (review 13, F33 and F45, `CubeTotals`).
@Suite struct CubeTotalsTests {
  /// A customer whose name starts with "Total" is a customer unless its amounts sum the rows
  /// above: Acme 100, Total Wine & More 500, TotalEnergies 700, Sum Logic 50, Beta 200; MRR 1,550
  /// (it was 1,050, Total Wine dropped as the totals row).
  @Test func aCustomerNamedTotalIsACustomer() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,100,100,100
      Total Wine & More,500,500,500
      TotalEnergies,700,700,700
      Sum Logic,50,50,50
      Beta,200,200,200
      """, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("Total Wine & More") == [50_000, 50_000, 50_000])
    #expect(c.accounts.count == 5)
    #expect(c.log.files[0].rowsSkipped == 0)
  }

  /// `Total EMEA` summing its section and `Total revenue` (words of a total) are totals; rows
  /// below the last totals row labelled as statistics (`Average`, `# of customers`) are summary
  /// rows, skipped: MRR 100 + 300 + 50 = 450 (the summary rows had been two more customers).
  @Test func sectionTotalsAndSummaryRowsAreNoCustomers() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,100,100,100
      Beta,300,300,300
      Total EMEA,400,400,400
      Gamma,50,50,50
      Total revenue,450,450,450
      Average,150,150,150
      # of customers,3,3,3
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma"])
    let f = c.log.files[0]
    #expect(f.rowsRead == 7 && f.rowsUsed == 3 && f.skipped[.totals] == 4)
    #expect(c.log.notes.contains { $0.contains("the totals row (line 6) equals the column sums") })
  }

  /// A customer named like a label (session 27, t27a lane; trial 25, T25-23): `Subtotal
  /// Analytics` (800 a month) sums no rows above it (5,000 + 1,200 = 6,200), so it is a
  /// customer; `Sum Up Ltd` and `Total Wine & More` stay customers. MRR 5,000 + 1,200 + 800 +
  /// 1,000 = 8,000, which the `Total` row says: a note, no finding.
  @Test func aCustomerNamedSubtotalIsACustomer() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Total Wine & More,5000,5000,5000
      Sum Up Ltd,1200,1200,1200
      Subtotal Analytics,800,800,800
      Acme Corp,1000,1000,1000
      Total,8000,8000,8000
      """, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("Subtotal Analytics") == [80_000, 80_000, 80_000])
    #expect(c.accounts.count == 4)
    #expect(c.log.files[0].skipped[.totals] == 1)
    #expect(c.log.findings.isEmpty)
    #expect(c.log.notes.contains { $0.contains("the totals row (line 6) equals the column sums") })
  }

  /// A customer named `Total` (session 28, t28c lane; trial 28, T28-7: roadmunk's `mrr.csv` has
  /// one at $19 a month among 7,065 customers). Its 0, 19, 19 is under half the rows above it
  /// (6,200 each month) in every month: a customer. The last `Total` (7,000, 7,019, 7,019) sums
  /// all the rows: the totals row, equal, a note and no finding. MRR in March 5,000 + 1,200 +
  /// 19 + 800 = 7,019.
  @Test func aCustomerNamedBareTotalIsACustomer() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,5000,5000,5000
      Beta,1200,1200,1200
      Total,0,19,19
      Totally Money,800,800,800
      Total,7000,7019,7019
      """, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("Total") == [0, 1_900, 1_900])
    #expect(c.accounts.count == 4)
    #expect(c.log.files[0].skipped[.totals] == 1)
    #expect(c.log.findings.isEmpty)
    #expect(c.log.notes.contains { $0.contains("the totals row (line 6) equals the column sums") })
  }

  /// A `Total` row that is a total, short of the rows above by a missing row (2,000 against
  /// 2,500), stays the totals row, its mismatch reported: only one under half of them is a
  /// customer.
  @Test func aTotalShortOfTheRowsIsStillTheTotal() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24
      Acme,2000,2000
      Beta,500,500
      Total,2000,2000
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 2)
    #expect(c.log.files[0].skipped[.totals] == 1)
    #expect(CubeTotals.isFarBelow([0, 19], [6_200, 6_200]))
    #expect(!CubeTotals.isFarBelow([2_000], [2_500]))
    #expect(!CubeTotals.isFarBelow([5], [0]))
  }

  /// A subtotal written in whole units sums the rows above within their rounding: `Subtotal
  /// Enterprise` 301 beside 100.40 + 200.40 = 300.80 differs by 0.20, at most (2 + 1) × 0.50 =
  /// 1.50: a subtotal, skipped. MRR 100.40 + 200.40 + 50.00 = 350.80, as `Total` says.
  @Test func aRoundedSubtotalIsASubtotal() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24
      Acme,100.40,100.40
      Beta,200.40,200.40
      Subtotal Enterprise,301,301
      Gamma,50.00,50.00
      Total,350.80,350.80
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma"])
    #expect(c.log.files[0].skipped[.totals] == 2)
  }

  /// Rounding aside, whole units far from the sum (305 against 300.80: 4.20 more than 1.50) are
  /// a customer's.
  @Test func sumsWithinRounding() {
    #expect(CubeTotals.sums([30_100], [30_080], count: 2))
    #expect(!CubeTotals.sums([30_500], [30_080], count: 2))
    // With cents written, to the cent only.
    #expect(!CubeTotals.sums([30_081], [30_080], count: 2))
    #expect(CubeTotals.sums([30_080], [30_080], count: 2))
  }

  @Test(arguments: [
    ("Total", CubeTotals.Kind.total), ("Grand Total:", .total), ("Total revenue (USD)", .total),
    ("Total for 2024", .total), ("Subtotal - EMEA", .totalIfSums), ("Sum of MRR", .total),
    ("Subtotal", .total), ("Subtotals:", .total), ("Subtotal MRR", .total),
    ("Grand total for 2024", .total), ("Subtotal Analytics", .totalIfSums),
    ("Grand Total Fitness", .totalIfSums),
    ("Total Wine & More", .totalIfSums), ("Total EMEA", .totalIfSums), ("TotalEnergies", .none),
    ("Sum Logic", .none), ("Acme", .none),
  ])
  func labelsOfTotals(label: String, kind: CubeTotals.Kind) {
    #expect(CubeTotals.kind([label, "1"], monthColumns: [1]) == kind)
  }
}
