import ARRCore
import Testing

@testable import ARRInput

/// A revenue file with no customer row says what it read (hostile trial 35, H35-18; review 37,
/// R37-18: a title above the header, or a totals row alone below it, read "none of the 1 rows
/// below the header reads as a customer").
@Suite struct NoCustomerRowsTests {
  func refusal(_ text: String) throws -> String {
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "r.csv", bytes: Array(text.utf8))])
        .company(name: "T")
    }
    return error.message
  }

  @Test(arguments: [
    (
      "customer,2025-01,2025-02,2025-03\n",
      "r.csv: no rows below the header, so no customer to read (expected one row per customer "
        + "below the header row)"
    ),
    (
      "Revenue by customer\n\ncustomer,2025-01,2025-02,2025-03\n",
      "r.csv: no row reads as a customer (expected one row per customer below the header); the "
        + "row read: 1 title line"
    ),
    (
      "customer,2025-01,2025-02,2025-03\nTotal,0,0,0\n",
      "r.csv: no row reads as a customer (expected one row per customer below the header); the "
        + "row read: 1 totals row"
    ),
  ])
  func theRefusalNamesTheRowsRead(text: String, message: String) throws {
    let m = try refusal(text)
    #expect(m.contains(message), "\(m)")
  }
}
