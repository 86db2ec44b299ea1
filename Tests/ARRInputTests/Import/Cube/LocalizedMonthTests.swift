import ARRCore
import Testing

@testable import ARRInput

/// Month headers of European exports (German, French, Spanish, Italian, Portuguese, Dutch,
/// Swedish, Danish): a `;`-separated cube with `Mär 2024` used to fail with "months are not
/// consecutive" because that one column was not a month.
@Suite struct LocalizedMonthTests {
  @Test(arguments: [
    ("Mär 2024", 3), ("MÄRZ 2024", 3), ("mrz-24", 3), ("janv. 2024", 1), ("févr. 2024", 2),
    ("Okt 2024", 10), ("Dez-24", 12), ("dic 2024", 12), ("ene-24", 1), ("ago 2024", 8),
    ("août 2024", 8), ("juil. 2024", 7), ("juin 2024", 6), ("Mai 2024", 5), ("mei 2024", 5),
    ("maj 2024", 5), ("mrt 2024", 3), ("gen 2024", 1), ("set 2024", 9), ("out 2024", 10),
    ("oktober 2024", 10), ("2024 Dez", 12),
  ])
  func readsTheMonth(text: String, month: Int) {
    let r = MonthHeader.read(text)
    #expect(r.mdy == Month(year: 2024, month: month))
    #expect(!r.isAmbiguous)
  }

  /// Hostile trial 35, H35-12: a typographic apostrophe, statistics offices' `2025M01` and
  /// `2025年1月` name one month each; six digits alone, a 13th month or a word around the month
  /// name none.
  @Test(arguments: [
    ("Jan ’25", 1), ("Jun‘25", 6), ("2025M01", 1), ("2025m12", 12), ("2025M3", 3),
    ("2025年1月", 1), ("2025年11月", 11),
  ])
  func readsLetteredMonths(text: String, month: Int) {
    let r = MonthHeader.read(text)
    #expect(r.mdy == Month(year: 2025, month: month))
    #expect(!r.isAmbiguous)
  }

  @Test(arguments: ["202501", "2025M13", "2025M001", "25M01", "2025年13月", "2025年1", "MRR Jan-25"])
  func rejectsOtherLetteredForms(text: String) {
    #expect(!MonthHeader.read(text).isMonth)
  }

  /// The hostile trial's cube with `2025M01` … `2025M06` headers: Acme 1,234.50 a month, by
  /// hand as of 2025-06, MRR 1,234.50 (refused before).
  @Test func aCubeOfLetteredMonthsImports() throws {
    let text =
      "Customer,2025M01,2025M02,2025M03,2025M04,2025M05,2025M06\n"
      + "Acme Corp,1234.50,1234.50,1234.50,1234.50,1234.50,1234.50\n"
    let c = try Importer.read([Importer.SourceFile(name: "m.csv", bytes: Array(text.utf8))])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(Array(c.mrr[0..<6]) == Array(repeating: 123_450, count: 6))
  }

  /// Letters that begin names of two months are no month: `jui` is juin or juillet.
  @Test(arguments: ["jui 2024", "ju 2024", "Kunde", "Mais 2024"])
  func rejectsWhatIsNotOneMonth(text: String) {
    #expect(!MonthHeader.read(text).isMonth)
  }

  @Test func aGermanCubeImports() throws {
    let text =
      "Kunde;Jan 2024;Feb 2024;Mär 2024;Apr 2024\nAlpha GmbH;1.200,00;1.200,00;"
      + "1.200,00;1.250,50\nBeta AG;500,00;500,00;;\n"
    let c = try Importer.read([Importer.SourceFile(name: "umsatz.csv", bytes: Array(text.utf8))])
    #expect(c.monthCount == 4)
    #expect(Array(c.mrr[0..<4]) == [120_000, 120_000, 120_000, 125_050])
    #expect(Array(c.mrr[4..<8]) == [50_000, 50_000, 0, 0])
  }

  @Test(arguments: [
    ("#N/A", "spreadsheet's error value"), ("#REF!", "spreadsheet's error value"),
    ("100.00 CR", "CR or DR mark"), ("100.00CR", "CR or DR mark"), ("abc", ""),
  ])
  func cellsThatAreNotAmountsSayWhatTheyLookLike(text: String, hint: String) {
    let message = CubeReader.moneyMessage(text, .notAnAmount, isDecimalComma: false)
    #expect(message.hasPrefix("\"\(text)\" is not an amount"))
    if hint.isEmpty {
      #expect(!message.contains(";"))
    } else {
      #expect(message.contains(hint))
    }
  }
}
