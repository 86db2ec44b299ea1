import ARRCore
import Testing

@testable import ARRInput

/// `--values auto` deciding MRR on thin evidence (some accounts pay in lone lumps a billing
/// period apart, fewer than billings need): the other reading is priced in the headline's range
/// and a finding gives the ARR both ways (review 13, F4; `docs/import.md`, "MRR, ARR or
/// billings").
@Suite struct ValuesGuessTests {
  static let months = (0..<24).map { Month(year: 2024, month: 1).adding(months: $0).description }

  /// Ten accounts pay 100 every month of 2024–2025; Annual1 pays 12,000 in Dec-24 and Dec-25,
  /// Annual2 6,000 in Jun-24 and Jun-25 (review 13's b3-cube.csv).
  static var cube: String {
    var text = "Customer," + months.joined(separator: ",") + "\n"
    for i in 0..<10 {
      text += "M\(i)," + Array(repeating: "100", count: 24).joined(separator: ",") + "\n"
    }
    func lumps(_ amount: String, at: Set<Int>) -> String {
      (0..<24).map { at.contains($0) ? amount : "0" }.joined(separator: ",")
    }
    text += "Annual1," + lumps("12000", at: [11, 23]) + "\n"
    text += "Annual2," + lumps("6000", at: [5, 17]) + "\n"
    return text
  }

  func read(_ text: String, values: ImportValues = .auto) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))],
      options: ImportOptions(values: values))
  }

  /// Read as MRR (2 of 12 accounts paid twice show lumps: under 3), as-of 2025-12 MRR is
  /// 10 × 100 + 12,000 + 0 = 13,000, ARR $156,000. Read as invoiced amounts: 10 × 100 +
  /// 12,000 ÷ 12 + 6,000 ÷ 12 = 2,500, ARR $30,000. The range holds both; the finding says both.
  @Test func thinEvidenceGivesTheOtherReadingAsARange() throws {
    let c = try read(Self.cube)
    #expect(c.log.files[0].values == .mrr)
    #expect(c.log.files[0].isValuesGuess)
    #expect(c.mrrRow("Annual1").last == 1_200_000)
    #expect(c.otherReadingAsOfMRR == 250_000)
    let finding = try #require(c.log.findings.first { $0.contains("on thin evidence") })
    #expect(finding.contains("2 of 12 accounts paid at least twice (16.7%)"))
    #expect(finding.contains("\"Annual1\", \"Annual2\""))
    #expect(finding.contains("ARR at 2025-12 is $156,000"))
    #expect(finding.contains("it is $30,000"))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.isValuesGuess)
    #expect(s.ambiguousARRLow == 3_000_000)
    #expect(s.ambiguousARRHigh == 15_600_000)
  }

  /// `--values mrr` decides: no guess, no range, no finding.
  @Test func givenValuesAreNoGuess() throws {
    let c = try read(Self.cube, values: .mrr)
    #expect(!c.log.files[0].isValuesGuess)
    #expect(c.otherReadingAsOfMRR == nil)
    #expect(!c.log.findings.contains { $0.contains("thin evidence") })
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == s.ambiguousARRHigh)
  }

  /// No lump at all (every account pays in runs of months): MRR, no guess.
  @Test func runsOfMonthsAreNoGuess() throws {
    let text = """
      Customer,Jan-24,Feb-24,Mar-24,Apr-24
      Alpha,100,100,100,100
      Beta,0,200,200,200
      """
    let c = try read(text)
    #expect(c.log.files[0].values == .mrr)
    #expect(!c.log.files[0].isValuesGuess)
    #expect(c.otherReadingAsOfMRR == nil)
  }

  /// A monthly table whose amount header names MRR says what the cells are: no guess.
  @Test func anMRRHeaderIsNoGuess() throws {
    var text = "customer,month,mrr\n"
    for (m, month) in Self.months.enumerated() {
      text += "M0,\(month),100\n"
      if m == 5 || m == 17 { text += "A,\(month),6000\n" }
    }
    let c = try read(text)
    #expect(c.log.files[0].values == .mrr)
    #expect(!c.log.files[0].isValuesGuess)
  }
}
