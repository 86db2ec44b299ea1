import ARRCore
import Testing

@testable import ARRInput

/// A title, header, sheet or file name saying the amounts are in thousands stops the import
/// unless `--amounts` names the unit; `--amounts thousands` reads each amount × 1,000 (review 13,
/// F23: a cube titled "(USD 000s)" was read in dollars, 1,000 times too low, silently;
/// `docs/import.md`, "Amount units").
@Suite struct ThousandsLabelTests {
  func read(_ name: String, _ text: String, amounts: AmountUnit? = nil) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(amounts: amounts))
  }

  @Test(arguments: [
    ("MRR by customer (USD 000s)", true), ("$000s", true), ("in thousands", true),
    ("Revenue ($K)", true), ("USD '000", true), ("mrr_k", true), ("MRR (k)", true),
    ("Revenue, kEUR", true), ("€000", true), ("USD thousands", true),
    ("Top 1,000 customers", false), ("FY2000", false), ("Customer", false), ("Kansas", false),
    ("MRR by customer", false), ("10000", false), ("Revenue 2000-2024", false), ("Q1.000", false),
  ])
  func thousandsWordsAreFound(text: String, names: Bool) {
    #expect(ThousandsLabel.names(text) == names)
  }

  /// Review 13's c6-thousands.csv.
  static let cube = """
    MRR by customer (USD 000s)
    Customer,Jan-24,Feb-24,Mar-24
    Acme,12.5,12.5,12.5
    Beta,3.2,3.4,3.4
    Gamma,0.8,0.8,0.9
    """

  /// Without `--amounts`: stopped, naming the title, its line and the option.
  @Test func aThousandsTitleStopsTheImport() throws {
    let error = try #require(throws: ARRQualityError.self) { try read("cube.csv", Self.cube) }
    #expect(error.kind == .invalidData)
    #expect(
      error.message.hasPrefix(
        "cube.csv:1: \"MRR by customer (USD 000s)\" says the amounts are in thousands"))
    #expect(error.message.contains("--amounts thousands"))
  }

  /// `--amounts thousands`: Acme 12.5 → 12,500.00, Beta 3.4 → 3,400.00, Gamma 0.9 → 900.00 at
  /// 2024-03: MRR 16,800, ARR 201,600 (the tool read 201.60). The tie-out counts the cells so.
  @Test func theOptionReadsEachAmountTimesAThousand() throws {
    let c = try read("cube.csv", Self.cube, amounts: .thousands)
    #expect(c.mrrRow("Acme") == [1_250_000, 1_250_000, 1_250_000])
    #expect(c.mrrRow("Beta") == [320_000, 340_000, 340_000])
    #expect(c.mrrRow("Gamma") == [80_000, 80_000, 90_000])
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 20_160_000)
    #expect(c.log.notes.contains { $0.contains("read in thousands (each × 1,000)") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// `--amounts units` says the amounts are what they say: read as written, with a note.
  @Test func unitsOverruleTheLabelWithANote() throws {
    let c = try read("cube.csv", Self.cube, amounts: .units)
    #expect(c.mrrRow("Acme") == [1_250, 1_250, 1_250])
    #expect(c.log.notes.contains { $0.contains("speaks of thousands, but --amounts units") })
  }

  /// A header cell beside the months, a sheet-less file's name: each stops too.
  @Test func aHeaderCellOrTheFileNameStops() throws {
    let header = "Customer ($K),Jan-24,Feb-24,Mar-24\nAcme,1,2,3\n"
    let e1 = try #require(throws: ARRQualityError.self) { try read("cube.csv", header) }
    #expect(e1.message.hasPrefix("cube.csv:1: \"Customer ($K)\" says the amounts are in thousands"))
    let plain = "Customer,Jan-24,Feb-24,Mar-24\nAcme,1,2,3\n"
    let e2 = try #require(throws: ARRQualityError.self) { try read("mrr_000s.csv", plain) }
    #expect(e2.message.contains("the file name \"mrr_000s.csv\" says the amounts are in thousands"))
    #expect(try read("mrr.csv", plain).mrrRow("Acme") == [100, 200, 300])
  }

  /// A monthly table's `mrr_k` (review 13's m5-k.csv, refused as of no known shape) and
  /// `MRR ($000s)` (read in dollars before) name the amount in thousands.
  @Test(arguments: ["mrr_k", "MRR ($000s)", "mrr in thousands"])
  func aMonthlyTablesThousandsHeader(header: String) throws {
    let text = "customer,month,\(header)\nAcme,2024-01,12.5\nAcme,2024-02,12.5\n"
    let error = try #require(throws: ARRQualityError.self) { try read("m.csv", text) }
    #expect(error.message.hasPrefix("m.csv:1: \"\(header)\" says the amounts are in thousands"))
    let c = try read("m.csv", text, amounts: .thousands)
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.mrrRow("Acme") == [1_250_000, 1_250_000])
  }

  /// × 1,000 past what 64 bits hold is a problem at its cell, never a trap: 10^14 units are
  /// 10^16 hundredths, which fit; × 1,000 they do not.
  @Test func anAmountTooLargeInThousandsIsAProblem() throws {
    let cells = AmountCells(unit: .thousands, isDecimalComma: false, reason: "", currency: nil)
    #expect(try cells.hundredths("12.5") == 1_250_000)
    #expect(throws: AmountUnit.MinorFailure.money(.tooLarge)) {
      try cells.hundredths("100000000000000")
    }
    let text = "Customer,Jan-24,Feb-24,Mar-24\nAcme,1,2,100000000000000\n"
    #expect(throws: ARRQualityError.self) { try read("cube.csv", text, amounts: .thousands) }
  }
}
