import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Refusals that name the notation a file is written in (trial 22, T22-L1): quarter columns,
/// scientific notation and Indian digit grouping were refused with no word of what they are.
@Suite struct NotationMessagesTests {
  static func refusal(_ text: String) throws -> String {
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("cube.csv", text)])
    }
    return error.description
  }

  /// Hostile trial 35, H35-12: month headers with a word before or after the month lead the
  /// refusal with what was seen, before any advice about a ledger's columns.
  @Test func monthsWithOtherWordsAreNamed() throws {
    let prefixed = try Self.refusal(
      "Customer,MRR Jan-25,MRR Feb-25,MRR Mar-25\nAcme,1000,1000,1000\n")
    #expect(
      prefixed.contains(
        "cube.csv: shape not recognised: line 1's header cells hold a month with other words "
          + "(3 cells: \"MRR Jan-25\": the month \"Jan-25\" beside \"MRR\"; \"MRR Feb-25\": the "
          + "month \"Feb-25\" beside \"MRR\"; …): a cube's month headers hold the month alone "
          + "(Jan-25), and the other words are not read"))
    #expect(!prefixed.contains("invoice ledger"))
    // `Jan-25 A` (marked actual) is the month since session 50 (trial 50, T50-33): another word.
    let suffixed = try Self.refusal(
      "Customer,Jan-25 Net,Feb-25 Net,Mar-25 Net\nAcme,1000,1000,1000\n")
    #expect(suffixed.contains("\"Jan-25 Net\": the month \"Jan-25\" beside \"Net\""))
  }

  /// Review 37, R37-16 (hostile 35's mrr-seats-inline.csv): two kinds of column a month
  /// (`Jan-25 MRR`, `Jan-25 Seats`) are told to keep one kind, not to rename every column to
  /// its month (two `Jan-25` columns, refused as duplicates).
  @Test func twoColumnsAMonthAreToldToKeepOneKind() throws {
    var header = "Customer"
    var row = "Acme"
    for m in ["Jan", "Feb", "Mar"] {
      header += ",\(m)-25 MRR,\(m)-25 Seats"
      row += ",1000,12"
    }
    let text = try Self.refusal(header + "\n" + row + "\n")
    #expect(
      text.contains(
        "each month has 2 columns (MRR, Seats): keep one kind (delete the Seats columns), rename "
          + "the rest to their months (with --values"))
    #expect(!text.contains("rename those columns to their months"))
    // One kind a month keeps the plain advice.
    let plain = try Self.refusal(
      "Customer,MRR Jan-25,MRR Feb-25,MRR Mar-25\nAcme,1000,1000,1000\n")
    #expect(plain.contains("rename those columns to their months (with --values"))
  }

  @Test func quarterColumnsAreNamed() throws {
    for header in ["Q1 2024,Q2 2024,Q3 2024", "2024-Q1,2024-Q2,2024-Q3", "Q1-24,Q2-24,Q3-24"] {
      let text = try Self.refusal("Customer,\(header)\nAcme,3000,3000,3000\n")
      let first = header.split(separator: ",").prefix(2).joined(separator: ", ")
      #expect(text.contains("line 1 names quarters (\(first), …), not months"), "\(text)")
    }
    let ends = try Self.refusal("Customer,Mar-24,Jun-24,Sep-24\nAcme,3000,3000,3000\n")
    #expect(ends.contains("every column is 3 months after the one before: quarter ends"))
  }

  @Test func quarterCells() {
    #expect(Importer.isQuarter("Q1 2024") && Importer.isQuarter("2024-Q4"))
    #expect(Importer.isQuarter("q3'24") && Importer.isQuarter("FY24 Q2"))
    #expect(
      !Importer.isQuarter("Q5 2024") && !Importer.isQuarter("Quarter")
        && !Importer.isQuarter("2024"))
  }

  @Test func scientificNotationIsNamed() throws {
    let text = try Self.refusal("Customer,2024-01,2024-02,2024-03\nAcme,1.2E+04,100,100\n")
    #expect(text.contains("\"1.2E+04\" is not an amount"))
    #expect(text.contains("scientific notation"))
  }

  @Test func indianGroupingIsNamed() throws {
    let text = try Self.refusal("Customer,2024-01,2024-02,2024-03\nAcme,\"1,20,000\",100,100\n")
    #expect(text.contains("Indian digit grouping (lakh: 1,20,000 is 120,000)"))
    #expect(CubeReader.isIndianGrouping("12,34,567.50"))
    #expect(!CubeReader.isIndianGrouping("1,200,000"))
    #expect(CubeReader.isScientific("3e5") && !CubeReader.isScientific("E5"))
  }
}
