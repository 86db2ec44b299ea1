import ARRCore
import Testing

@testable import ARRInput

/// A cube's row without an id but with a name takes the id the other rows give that name, when
/// they give exactly one, as a monthly table's does (review 13, F38: an add-on row `,Acme` beside
/// `C1,Acme` became a second customer, so logos, ARPA and retention split Acme in two).
@Suite struct CubeBlankIDTests {
  /// The reviewer's cube: Acme is C1 at 100 + 50 = 150 a month, Beta C2 at 200, Gamma (no id
  /// anywhere) is keyed by its name at 70: three customers, 420 a month, and a note counts the
  /// one row that took an id.
  @Test func aRowWithoutAnIDTakesItsNamesID() throws {
    let c = try importCube(
      """
      Customer ID,Customer Name,Jan-24,Feb-24,Mar-24
      C1,Acme,100,100,100
      ,Acme,50,50,50
      C2,Beta,200,200,200
      ,Gamma,70,70,70
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id).sorted() == ["C1", "C2", "Gamma"])
    #expect(c.mrrRow("C1") == [15_000, 15_000, 15_000])
    #expect(c.mrrRow("C2") == [20_000, 20_000, 20_000])
    #expect(c.mrrRow("Gamma") == [7_000, 7_000, 7_000])
    #expect(c.accounts.first { $0.id == "C1" }?.name == "Acme")
    #expect(c.log.notes.contains { $0.contains("1 row without an id took the id") })
  }

  /// A name two ids carry cannot say which one a row without an id is: the row stays its own
  /// customer (keyed by the name), and a finding names the row and both ids, not a silent split.
  @Test func aNameOfTwoIDsIsAFinding() throws {
    let c = try importCube(
      """
      Customer ID,Customer Name,Jan-24,Feb-24,Mar-24
      C1,Acme,100,100,100
      C3,Acme,30,30,30
      ,Acme,50,50,50
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id).sorted() == ["Acme", "C1", "C3"])
    #expect(c.mrrRow("Acme") == [5_000, 5_000, 5_000])
    let finding = try #require(c.log.findings.first { $0.contains("has no id") })
    #expect(finding.contains("line 4"))
    #expect(finding.contains("C1, C3"))
  }
}
