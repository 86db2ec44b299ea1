import ARRTestSupport
import Testing

@testable import ARRInput

/// Spellings a reader cannot tell apart are one customer (session 35, hostile trial, H35-3).
@Suite struct CustomerKeyTests {
  @Test(arguments: [
    ("Acme Corp", "Acme Corp"), ("Acme\u{00A0}Corp", "Acme Corp"),
    ("Acme\u{202F}Corp", "Acme Corp"),
    ("Acme  Corp", "Acme Corp"), ("\u{FEFF}Acme Corp\u{200B}", "Acme Corp"),
    ("Acme\u{00A0}\u{00A0}Corp ", "Acme Corp"), ("cus_AbC", "cus_AbC"), ("", ""),
    ("Zürich AG", "Zürich AG"), ("\u{00A0}", ""),
  ])
  func plain(text: String, key: String) {
    #expect(CustomerKey.plain(text) == key)
  }

  /// A ledger whose Acme is written with a no-break space on one line reads one Acme: 1,000 a
  /// month January to March (hand), not two accounts.
  @Test func aNoBreakSpaceIsNoSecondCustomer() throws {
    let ledger = """
      Customer,Invoice Date,Amount
      Acme Corp,2025-01-01,1000
      Acme\u{00A0}Corp,2025-02-01,1000
      Acme Corp,2025-03-01,1000
      """
    let c = try ImportFixtures.read([("ledger.csv", ledger)], options: .init())
    #expect(c.accounts.count == 1)
    #expect(c.mrrRow("Acme Corp") == [100_000, 100_000, 100_000])
  }
}
