import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list's `CAC` column becomes the company's CAC for LTV:CAC, averaged by segment,
/// and a channel column is named with how to cut by it (trial 21, E1).
@Suite struct CustomerCACTests {
  static let cube = """
    Customer,2024-01,2024-02,2024-03
    A,100,100,100
    B,100,100,100
    C,1000,1000,1000
    D,50,50,50
    """

  static func imported(_ list: String) throws -> ImportedCompany {
    try ImportFixtures.read([("mrr.csv", Self.cube), ("customers.csv", list)])
  }

  /// smb: A 400 and B 500, mean 450; enterprise: C 9,000; D gives none.
  @Test func theMeanBySegmentIsEachSegmentsCAC() throws {
    let imported = try Self.imported(
      """
      customer_id,segment,CAC,Acquisition channel
      A,smb,400,paid search
      B,smb,500,partner
      C,enterprise,"9,000",partner
      D,smb,,organic
      """)
    let conversion = try imported.company()
    let profile = conversion.company.profile
    #expect(profile.cacBySegment == ["smb": 45_000, "enterprise": 900_000])
    #expect(profile.cac(forSegment: "smb") == 45_000)
    #expect(
      conversion.log.notes.contains(
        "CAC: the customer list's CAC column, averaged by segment over the 3 accounts that give "
          + "one (enterprise $9,000.00, smb $450.00), is each segment's CAC for LTV:CAC"))
    #expect(
      conversion.log.notes.contains {
        $0.hasPrefix("customers.csv: column \"Acquisition channel\" names each customer's")
      })
    let json = try #require(
      ImportFolder.pieces(conversion).first { $0.name == "company.json" })
    let text = String(decoding: json.chunks.all.flatMap { $0 }, as: UTF8.self)
    #expect(text.contains("\"cac\": {\"enterprise\": 9000.00, \"smb\": 450.00}"))
  }

  /// No segment: one company-wide mean, (400 + 500 + 9,000) ÷ 3 = 3,300.
  @Test func withoutSegmentsOneMean() throws {
    let conversion = try Self.imported(
      """
      customer_id,cac
      A,400
      B,500
      C,9000
      """
    ).company()
    #expect(conversion.company.profile.cac == 330_000)
    #expect(conversion.company.profile.cacBySegment.isEmpty)
  }

  /// A column named CAC holding a negative amount is not a CAC: listed as ignored with a note
  /// naming the cell, as a committed MRR column that does not read is; the import goes on.
  @Test func aNegativeCACColumnIsNotRead() throws {
    let conversion = try Self.imported("customer_id,cac\nA,400\nB,-5\n").company()
    #expect(conversion.company.profile.cac == nil)
    #expect(
      conversion.log.notes.contains(
        "customers.csv: column \"cac\" is not read as cac: \"-5\" on line 3 is not an amount ≥ 0; "
          + "listed as ignored"))
  }

  /// The mean rounds half up: 400.00 and 400.01 average 400.005, read 400.01 (a mutation run
  /// found an exact half unpinned: `>` for `>=` read 400.00).
  @Test func anExactHalfRoundsUp() throws {
    let conversion = try Self.imported("customer_id,segment,CAC\nA,smb,400.00\nB,smb,400.01\n")
      .company()
    #expect(conversion.company.profile.cacBySegment == ["smb": 40_001])
  }
}
