import ARRCore
import Testing

@testable import ARRInput

/// A bare `name` beside the customer id whose values two customers share names what a line
/// bills, not the customer (trial 34, T34-15: Metronome's line items named accounts "Annual
/// prepaid commit" and "Tokens" on page one).
@Suite struct SharedNameColumnTests {
  /// M1 and M2 both bill "Tokens": the column is the description; the accounts have no name.
  /// Each pays 100.00 a month: MRR 10,000 cents.
  @Test func aNameSharedByCustomersIsTheDescription() throws {
    let text = """
      customer_id,issued_at,name,total
      M1,2024-01-01,Tokens,100.00
      M2,2024-01-01,Tokens,100.00
      M1,2024-02-01,Tokens,100.00
      M2,2024-02-01,Tokens,100.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "items.csv", bytes: Array(text.utf8))])
    #expect(c.accounts.allSatisfy { $0.name == nil })
    #expect(c.mrrRow("M1") == [10_000, 10_000])
  }

  /// One name per customer id, as a customer's name: read as the name.
  @Test func aNamePerCustomerIsTheName() throws {
    let text = """
      customer_id,issued_at,name,total
      M1,2024-01-01,Acme AI,100.00
      M2,2024-01-01,Bolt Legal,100.00
      M1,2024-02-01,Acme AI,100.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "items.csv", bytes: Array(text.utf8))])
    #expect(c.accounts.map(\.name) == ["Acme AI", "Bolt Legal"])
  }
}
