import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 54's findings on session 54's cube rules: a test or demo tenant named first (R54-29).
@Suite struct ReviewFiftyFourCubeTests {
  /// R54-29: `TEST - Globex sandbox`, `Demo - Initech` (state words before ` - `), `Client test
  /// Dupont`, `Client de test Martin` are test accounts; names that begin with such a word or
  /// hold it in passing are customers.
  @Test(arguments: [
    ("TEST - Globex sandbox", true), ("Demo - Initech", true), ("Client test Dupont", true),
    ("Client de test Martin", true), ("QA - Hooli staging", true),
    ("Northwind Traders (testing)", true), ("Acme Corp - test environment", true),
    ("Intertek Testing", false), ("Acme - Production instance", false),
    ("Demo Day Ventures LLC", false), ("Old - Acme Corp", false),
    ("Acme - Test Kitchen Supplies", false), ("Client Testing Services Ltd", false),
    ("Test Valley School", false), ("Trial Lawyers Association", false),
    ("Sandbox Studios Ltd", false),
  ])
  func testTenantsNamedFirst(label: String, isLeftOut: Bool) {
    #expect((NonCustomerRows.kind(label) == .notToCount) == isLeftOut)
  }

  /// w08 by hand: Acme 1,000, Beta 2,000 and Cobalt 1,500 in Jun-26 are 54,000; `TEST - Globex
  /// sandbox` at 2,400 a month is left out with the not-to-count finding (was 82,800).
  @Test func aTestTenantNamedFirstIsLeftOut() throws {
    let c = try importCube(
      ReviewFiftyThreeCubeTests.cube([
        "Cobalt,0,0,0,0,0,1500", "TEST - Globex sandbox,2400,2400,2400,2400,2400,2400",
      ]), options: ImportOptions(values: .mrr))
    #expect(Set(c.accounts.map(\.id)) == ["Acme", "Beta", "Cobalt"])
    #expect(c.log.findings.contains { $0.contains("say") && $0.contains("not to count") })
  }

  /// Review 55's R55-8 (tc02): `Test Northwind Traders` at 300 a month beside `Northwind
  /// Traders` at 2,000 is its test copy (54,000 = hand, was 57,600); `Test Valley School` at
  /// the same 300 as `Valley School` stays a school of its own.
  @Test func aSmallTestRowBeforeANameOfSeveralWordsIsACopy() throws {
    let c = try importCube(
      ReviewFiftyThreeCubeTests.cube([
        "Northwind Traders,500,500,500,500,500,500",
        "Test Northwind Traders,200,200,200,200,200,200",
        "Valley School,300,300,300,300,300,300", "Test Valley School,300,300,300,300,300,300",
      ]), options: ImportOptions(values: .mrr))
    #expect(
      Set(c.accounts.map(\.id)) == [
        "Acme", "Beta", "Northwind Traders", "Valley School", "Test Valley School",
      ])
  }
}
