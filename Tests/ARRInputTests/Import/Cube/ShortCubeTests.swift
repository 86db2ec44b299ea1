import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A cube two months long (trial 22, T22-8): `Customer,2024-11,2024-12` was refused "shape not
/// recognised" while the same rows as a monthly table were read. A header of two consecutive
/// months beside a customer column is a cube's (``CubeLayout/isShortHeader(_:)``).
@Suite struct ShortCubeTests {
  /// Globex 18,000 from December, Initech 1,000 both months, Hooli 500 in November only.
  static let cube = """
    Customer,2024-11,2024-12
    Globex Corp,0,18000
    Initech,1000,1000
    Hooli,500,0
    """

  /// The same company as a monthly table (the tester's `two_monthly.csv`).
  static let monthly = """
    customer_id,month,mrr
    Globex Corp,2024-12,18000
    Initech,2024-11,1000
    Initech,2024-12,1000
    Hooli,2024-11,500
    """

  /// Read as the monthly table is read: the same months and rows; by hand December's MRR is
  /// 18,000 + 1,000 = 19,000, headline 12 × 19,000 = 228,000.
  @Test func twoMonthsBesideACustomerColumnAreACube() throws {
    let c = try ImportFixtures.read([("two_months.csv", Self.cube)], options: ImportOptions())
    let t = try ImportFixtures.read([("two_monthly.csv", Self.monthly)])
    #expect(c.log.files[0].shape == .cube)
    #expect(c.firstMonth == Month(year: 2024, month: 11))
    #expect(c.asOf == Month(year: 2024, month: 12))
    for id in ["Globex Corp", "Initech", "Hooli"] { #expect(c.mrrRow(id) == t.mrrRow(id)) }
    #expect(c.mrrRow("Globex Corp") == [0, 1_800_000])
    #expect(c.mrrRow("Hooli") == [50_000, 0])
  }

  /// Without a customer header, or with months that do not follow each other, two month
  /// columns stay refused; the message names the row's months and what a cube needs.
  @Test func otherTwoMonthRowsAreRefusedNamingTheMonths() throws {
    let blank = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("a.csv", ",2024-11,2024-12\nGlobex,0,18000\n")])
    }
    #expect(
      blank.message.contains(
        "line 1 has 2 month columns (2024-11, 2024-12): a cube needs 3 month columns or more, "
          + "or 2 that follow each other beside a column headed Customer"))
    let apart = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("b.csv", "Customer,2023-12,2024-12\nGlobex,100,200\n")])
    }
    #expect(apart.message.contains("line 1 has 2 month columns (2023-12, 2024-12)"))
  }
}
