import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's decimal mark decided from its prices (`docs/import.md`,
/// "Subscriptions table"; ``SubscriptionTableDecimalMark``). The rows are the public *Netflix
/// Userbase* table's first three (maeuresh/netflix-userbase-dashboard-streamlit, `Netflix
/// Userbase.csv`, its header kept) as a European spreadsheet saves them: `;` between cells and
/// a decimal comma. Every row was refused, `"10,00" is not an amount`, with no word of
/// `--decimal-comma`.
@Suite struct SubscriptionDecimalCommaTests {
  static let userbase = """
    User_ID;Subscription_Type;Monthly_Revenue;Join_Date;Last_Payment_Date;Country;Age;Gender;Device;Plan_Duration
    1;Basic;10,00;15-01-2022;10-06-2023;United States;28;Male;Smartphone;1 Month
    2;Premium;15,00;05-09-2021;22-06-2023;Canada;35;Female;Tablet;1 Month
    3;Standard;12,50;28-02-2023;27-06-2023;United Kingdom;42;Male;Smart TV;1 Month
    """

  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "userbase.csv", bytes: Array(text.utf8))], options: options)
  }

  /// As of 2023-02 (the latest start, user 3's 28-02-2023; day first, since 28 is no month):
  /// users 1, 2 and 3 bill 10.00, 15.00 and 12.50 (12.50 written `12,50`, not 1,250), MRR
  /// 37.50; a note says the prices were read with a decimal comma, naming line 2.
  @Test func pricesWithADecimalComma() throws {
    let c = try read(Self.userbase)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.asOf == Month(year: 2023, month: 2))
    #expect(c.mrrRow("1").last == 1_000)
    #expect(c.mrrRow("2").last == 1_500)
    #expect(c.mrrRow("3").last == 1_250)
    #expect(
      c.log.notes.contains {
        $0.contains("userbase.csv: prices read with a decimal comma (e.g. \"10,00\" on line 2)")
      })
  }

  /// `10,00` on line 2 and `12.50` on line 4: both marks, an error naming one of each.
  @Test func bothMarksAreAnError() throws {
    let text = Self.userbase.replacingOccurrences(of: "12,50", with: "12.50")
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.description.contains(
        "prices use both decimal marks (\"12.50\" on line 4, \"10,00\" on line 2); say which "
          + "with --decimal-comma"))
  }

  /// Prices without a decimal mark (`10`, `15`, `12`: the public table as it is) read as
  /// written, with no note.
  @Test func noEvidenceIsADecimalPoint() throws {
    let text = Self.userbase.replacingOccurrences(of: ",00", with: "")
      .replacingOccurrences(of: "12,50", with: "12")
    let c = try read(text)
    #expect(c.mrrRow("3").last == 1_200)
    #expect(!c.log.notes.contains { $0.contains("decimal comma") })
  }
}
