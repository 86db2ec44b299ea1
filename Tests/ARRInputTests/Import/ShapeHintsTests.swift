import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Files that are nearly a cube get a hint in "shape not recognised"; a plain ledger of whole
/// amounts gets a note that cents would read 100 times too high.
@Suite struct ShapeHintsTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "f.csv", bytes: Array(text.utf8))], options: options)
  }

  /// An empty file, or one of blank lines, says so rather than "shape not recognised … found no
  /// rows", and still lists what is accepted.
  @Test(arguments: ["", "\n\n", "\r\n"])
  func anEmptyFileSaysItIsEmpty(text: String) throws {
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.message.hasPrefix("f.csv: the file holds no rows (it is empty or blank); "))
    #expect(error.message.contains("accepted shapes: cube"))
    #expect(!error.message.contains("shape not recognised"))
  }

  /// 45301 days after 1899-12-30 (Excel's day 0) is 2024-01-10: day numbers that are no
  /// month's first or last day are named in the refusal. (Month starts, 45292 for 2024-01-01,
  /// are read as months since session 51, T50-15: `SerialMonthHeadersTests`.)
  @Test func spreadsheetDayNumbersInTheHeaderAreNamed() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Customer,45301,45332,45361
        Alpha,100,100,100
        """)
    }
    #expect(error.message.contains("shape not recognised"))
    #expect(
      error.message.contains(
        "header cells such as \"45301\" on line 1 look like spreadsheet day numbers (45301 is "
          + "2024-01-10)"))
  }

  @Test func monthsDownAColumnAskForATranspose() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Month,Alpha,Beta
        2024-01,100,50
        2024-02,100,60
        2024-03,100,70
        """)
    }
    #expect(error.message.contains("months run down column 1 (\"2024-01\", \"2024-02\", …)"))
  }

  /// Dates down a column that repeat their months are a ledger's, not a transposed cube's.
  @Test func repeatedMonthsGetNoTransposeHint() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Date,Memo,Value
        2024-01-05,a,1
        2024-01-20,b,2
        2024-02-05,c,3
        """)
    }
    #expect(!error.message.contains("transpose"))
  }

  /// Dates inside their months, one a month (a customer list's signup dates:
  /// residnt79/articulate_takehome's `customers.csv`), are events, not a transposed cube's month
  /// labels; month ends (`2024-01-31`) still are.
  @Test func eventDatesGetNoTransposeHint() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read("id,signup_date,status\nC1,2024-01-05,active\nC2,2024-02-10,active\nC3,2024-03-20,x")
    }
    #expect(!error.message.contains("transpose"))
    let ends = try #require(throws: ARRQualityError.self) {
      try read("Month,Alpha,Beta\n2024-01-31,100,50\n2024-02-29,100,60\n2024-03-31,100,70")
    }
    #expect(ends.message.contains("transpose"))
  }

  /// Several files, none a revenue file: each says what it lacks, as it would alone (a
  /// subscriptions table whose prices are in a plans file beside it), and the expected shapes
  /// include monthly and subscriptions tables.
  @Test func noRevenueFileSaysWhatEachLacks() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([
        ("subscriptions.csv", "id,customer_id,plan_id,start_date\nS1,C1,P1,2024-01-05"),
        ("plans.csv", "id,plan_name,monthly_price\nP1,Starter,50"),
      ])
    }
    #expect(error.message.hasPrefix("no revenue file among subscriptions.csv, plans.csv"))
    #expect(error.message.contains("a monthly table: customer, month, amount"))
    #expect(
      error.message.contains(
        "; subscriptions.csv: line 1 is a header of named columns, one row per record below it: "
          + "read as a subscriptions table it has a customer (\"customer_id\") and a start "
          + "(\"start_date\") but no column is a monthly price"))
  }

  /// A plain ledger of whole amounts is read as major units (4999 is 4,999.00) with a note,
  /// not a finding; `--amounts units` confirms it and drops the note.
  @Test func aLedgerOfWholeAmountsGetsANote() throws {
    let text = """
      customer,date,amount
      Alpha,2024-01-01,4999
      Alpha,2024-02-01,4999
      """
    let c = try read(text)
    #expect(c.mrr == [499_900, 499_900])
    #expect(c.log.findings.isEmpty)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "every amount in \"amount\" is a whole number (2 amounts, e.g. \"4999\" on "
            + "line 2), read as major units (4999.00, not 49.99)")
      })
    let confirmed = try read(text, options: ImportOptions(amounts: .units))
    #expect(!confirmed.log.notes.contains { $0.contains("whole number") })
    // One amount with decimals says the export writes major units: no note.
    let decimals = try read(
      text.replacingOccurrences(of: "2024-02-01,4999", with: "2024-02-01,4999.00"))
    #expect(!decimals.log.notes.contains { $0.contains("whole number") })
  }
}
