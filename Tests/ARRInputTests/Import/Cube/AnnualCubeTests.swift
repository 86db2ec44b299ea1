import ARRCore
import Testing

@testable import ARRInput

/// A cube whose title or header says its cells are ARR: read as MRR every figure would be 12
/// times too high, with nothing in the numbers to say so (`docs/import.md`, "MRR, ARR or
/// billings").
@Suite struct AnnualCubeTests {
  func read(_ text: String, values: ImportValues = .auto, name: String = "cube.csv") throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(values: values))
  }

  static let cube = """
    ARR by Customer
    Customer,Jan-24,Feb-24,Mar-24
    Alpha,"12,000","12,000","12,000"
    Beta,"6,000","6,000","7,200"
    Gamma,"1,000","1,000","1,000"
    """

  @Test(arguments: [
    ("ARR by Customer", true), ("Annual Recurring Revenue", true), ("Customer ARR (USD)", true),
    ("Annualised run-rate", true), ("MRR by customer", false), ("Arrears", false),
    ("Carried forward", false),
    // Month words say how annual figures are laid out, not that they are monthly.
    ("ARR by month", true), ("Monthly ARR by customer", true), ("Customer ARR (month-end)", true),
    ("Annual Recurring Revenue by Month", true), ("MRR by month", false),
    ("Monthly recurring revenue", false),
    // Both named: ambiguous, so auto stops and asks (never chooses MRR).
    ("ARR and MRR", true), ("Monthly revenue (ARR basis)", true),
  ])
  func annualWordsAreFound(text: String, isAnnual: Bool) {
    #expect(AnnualLabel.isAnnual(text) == isAnnual)
  }

  /// `--values auto` stops and says why, naming the title line.
  @Test func anAnnualTitleStopsAutoValues() throws {
    let error = try #require(throws: ARRQualityError.self) { try read(Self.cube) }
    #expect(error.kind == .invalidData)
    #expect(error.message.hasPrefix("cube.csv:1: \"ARR by Customer\" says the cells are annual"))
    #expect(error.message.contains("--values arr"))
  }

  /// A header cell says it too: `Customer ARR` names the customer column.
  @Test func anAnnualHeaderCellStopsAutoValues() throws {
    let text = """
      Customer ARR,Jan-24,Feb-24,Mar-24
      Alpha,100,100,100
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.message.hasPrefix("cube.csv:1: \"Customer ARR\" says"))
  }

  /// An `ARR` column beside the months is a snapshot of its own, not a word about the month
  /// cells: read as MRR, 100.00 a month (its values, 12 × the last cell, agree).
  @Test func anArrColumnBesideTheMonthsIsNoLabel() throws {
    let text = """
      Customer,ARR,Jan-24,Feb-24,Mar-24
      Alpha,1200,100,100,100
      """
    let c = try read(text)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
  }

  /// `--values arr`: each cell ÷ 12, rounded half away from zero to the cent. Alpha 12,000 →
  /// 1,000.00; Beta 6,000, 6,000, 7,200 → 500.00, 500.00, 600.00; Gamma 1,000 → 83.33
  /// (83.333…). The tie-out balances: the conversion checks it and would throw.
  @Test func arrValuesAreDividedByTwelve() throws {
    let c = try read(Self.cube, values: .arr)
    #expect(c.mrrRow("Alpha") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Beta") == [50_000, 50_000, 60_000])
    #expect(c.mrrRow("Gamma") == [8_333, 8_333, 8_333])
    #expect(c.log.files[0].values == .arr)
    let converted = try c.company(name: "Annual")
    #expect(converted.log.tieOut.isBalanced)
    // Source = the cells' twelfths: 3 × 1,000 + 500 + 500 + 600 + 3 × 83.33 = 4,849.99.
    #expect(converted.log.tieOut.sourceCents == 484_999)
  }

  /// `--values mrr` is the user's word: read as MRR, and a note says the title spoke of ARR.
  @Test func givenValuesWinWithANote() throws {
    let c = try read(Self.cube, values: .mrr)
    #expect(c.mrrRow("Alpha") == [1_200_000, 1_200_000, 1_200_000])
    #expect(
      c.log.notes.contains {
        $0.contains("\"ARR by Customer\" (line 1) speaks of annual revenue, but --values mrr")
      })
  }

  /// The reviewer's cube: title `ARR by month`, cells 12,000 and 24,000. Read as MRR the
  /// headline was 432,000 (36,000 × 12); `--values auto` now stops, and `--values arr` gives
  /// 1,000.00 and 2,000.00 a month (headline 36,000).
  @Test func aMonthWordBesideArrStillStops() throws {
    let text = """
      ARR by month
      Customer,Jan-24,Feb-24,Mar-24
      A,12000,12000,12000
      B,24000,24000,24000
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.message.hasPrefix("cube.csv:1: \"ARR by month\" says the cells are annual"))
    let c = try read(text, values: .arr)
    #expect(c.mrrRow("A") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("B") == [200_000, 200_000, 200_000])
  }

  /// A title naming both ARR and MRR stops and says it names both.
  @Test func bothNamedStopsAndAsks() throws {
    let text = """
      ARR and MRR by customer
      Customer,Jan-24,Feb-24,Mar-24
      A,100,100,100
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.message.contains("names both annual and monthly recurring revenue"))
    #expect(error.message.contains("--values mrr"))
  }

  /// `--values arr`: the note gives the cells read and what rounding each twelfth did, so the
  /// tie-out is not balanced by construction alone. Cells: Alpha 3 × 12,000 = 36,000, Beta
  /// 6,000 + 6,000 + 7,200 = 19,200, Gamma 3 × 1,000 = 3,000: 58,200.00. Twelfths 4,849.99
  /// (see above); 12 × 4,849.99 = 58,199.88, 0.12 below the cells.
  @Test func arrValuesNoteTheCellsRead() throws {
    let c = try read(Self.cube, values: .arr)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "the cells read sum to 58200.00, their twelfths to 4849.99, 12 × which is 58199.88: "
            + "rounding each twelfth to the cent moves ARR by -0.12")
      }, "\(c.log.notes)")
  }

  /// A workbook tab or a file named for ARR says it as a title would (review 13, F19: a tab
  /// "ARR by customer" was read as MRR, 12 times too high): `--values auto` stops and names it.
  @Test func aSheetOrFileNamedForArrStopsAutoValues() throws {
    let text = """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,12000,12000,12000
      Beta,24000,24000,24000
      """
    let header = ImportTable.Record(line: 1, cells: ["Customer", "Jan-24", "Feb-24", "Mar-24"])
    let label = try #require(
      AnnualLabel.find(
        titles: [], header: header, monthColumns: [1, 2, 3], sheet: "ARR by customer",
        file: "book.xlsx"))
    #expect(label == AnnualLabel.Label(line: 1, text: "ARR by customer", place: "the sheet name "))
    let error = try #require(throws: ARRQualityError.self) {
      try read(text, name: "exports/customer-arr-by-month.csv")
    }
    #expect(
      error.message.hasPrefix(
        "exports/customer-arr-by-month.csv:1: the file name \"customer-arr-by-month.csv\" says"))
    // Read as ARR when told: 1,000 and 2,000 a month.
    let c = try read(text, values: .arr, name: "customer-arr-by-month.csv")
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000])
    // A name that says nothing (`cube.csv`, `Carry.xlsx`): read as before.
    #expect(
      AnnualLabel.find(
        titles: [], header: header, monthColumns: [1, 2, 3], sheet: "Carry", file: "book.xlsx")
        == nil)
  }

  /// A table of months (customer, month, amount) named `arr-input.csv` (session 28, t28b lane):
  /// a header naming monthly revenue (`MRR`) wins over the file's name, read as monthly; a
  /// plain `amount` says nothing of its period, so the name speaks, as a cube's: `--values
  /// auto` stops and asks, and `--values arr` reads 12,000 a year as 1,000 a month (before: read
  /// as MRR, 12 times too high, silently).
  @Test func aTableOfMonthsNamedARR() throws {
    let mrr = try read(
      """
      customer_id,month,MRR
      A,2024-01,1000
      A,2024-02,1200
      """, name: "arr-input.csv")
    #expect(mrr.mrrRow("A") == [100_000, 120_000])
    let amount = """
      customer_id,month,amount
      A,2024-01,12000
      A,2024-02,14400
      """
    let error = try #require(throws: ARRQualityError.self) {
      try read(amount, name: "data/arr-input.csv")
    }
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "data/arr-input.csv:1: the file name \"arr-input.csv\" says the cells are annual "
        + "recurring revenue: read as monthly revenue every figure would be 12 times too high; "
        + "pass --values arr (each cell ÷ 12 is the month's MRR), or --values mrr or --values "
        + "billings if the cells are monthly revenue or invoiced amounts after all")
    #expect(
      try read(amount, values: .arr, name: "arr-input.csv").mrrRow("A") == [100_000, 120_000])
    let told = try read(amount, values: .mrr, name: "arr-input.csv")
    #expect(told.mrrRow("A") == [1_200_000, 1_440_000])
    #expect(
      told.log.notes.contains {
        $0.contains("the file name \"arr-input.csv\" (line 1) speaks of annual revenue")
      })
    // A plain amount in a file whose name says nothing: no label, nothing said.
    let plain = try read(amount, values: .mrr, name: "input.csv")
    #expect(plain.mrrRow("A") == [1_200_000, 1_440_000])
    #expect(!plain.log.notes.contains { $0.contains("speaks of annual revenue") })
  }

  /// An ARR column whose values equal each row's last month cell says the cells are ARR
  /// (review 13, F9: read as MRR, 12 times too high, the column "ignored"): `--values auto`
  /// stops, naming it and the evidence. Gamma's January differs; its March agrees.
  @Test func anArrColumnEqualToTheLastMonthStopsAutoValues() throws {
    let text = """
      Customer,Current ARR,Jan-24,Feb-24,Mar-24
      Acme,12000,12000,12000,12000
      Beta,24000,24000,24000,24000
      Gamma,6000,5000,6000,6000
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.message.hasPrefix(
        "cube.csv:1: the column \"Current ARR\", equal to the last month's cell on 3 of 3 rows, "
          + "says the cells are annual"))
    // One row of three equal: no evidence.
    let mixed = text.replacingOccurrences(of: "Beta,24000", with: "Beta,288000")
      .replacingOccurrences(of: "Gamma,6000", with: "Gamma,72000")
    #expect(try read(mixed).mrrRow("Acme") == [1_200_000, 1_200_000, 1_200_000])
  }
}
