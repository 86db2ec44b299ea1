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
  /// The reviewer's `eu2.csv` (review 8, finding 7): prices `1.200,00` and `25,00` make the
  /// comma decimal, and the discount `12.5` beside them was refused ("not a percentage
  /// (expected e.g. 20 or 12.5 …)"). A point followed by one digit is no thousands group, so it
  /// reads 12.5%: c1 bills 1,200.00 × 0.875 = 1,050.00, c2 25.00 × 0.90 = 22.50, c3 990.00.
  @Test func aDiscountReadsWithEitherMark() throws {
    let text = """
      customer_id;start_date;end_date;monthly_fee;discount_pct
      c1;2024-01-01;;1.200,00;12.5
      c2;2024-01-01;;25,00;10
      c3;2024-02-01;;990;
      """
    let c = try read(text)
    #expect(c.mrrRow("c1").last == 105_000)
    #expect(c.mrrRow("c2").last == 2_250)
    #expect(c.mrrRow("c3").last == 99_000)
  }

  /// The reviewer's `mix.csv`: `9,5` on line 3 makes the comma decimal, so `1,234` on line 2
  /// has 3 decimals; the problem says which cell decided the mark.
  @Test func aPriceRefusedUnderAnInferredCommaSaysWhy() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee
      a,2024-01-01,,"1,234"
      b,2024-01-01,,"9,5"
      c,2024-03-01,,100
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(
      error.description.contains(
        "userbase.csv:2:4: \"1,234\" has more than 2 decimals (the prices are read with a "
          + "decimal comma, as \"9,5\" on line 3 writes it)"))
  }
}
