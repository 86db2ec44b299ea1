import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

@Suite struct ImportedCompanyTests {
  static let cube = """
    Customer,Contract,Billing,Start,2024-01,2024-02,2024-03,2024-04
    Alpha,annual,annual,2023-06-15,100,100,100,100
    Beta,monthly,monthly,,,50,50,
    Gamma,monthly,monthly,,,,,
    Total,,,,100,150,150,100
    """

  @Test func convertsToAValidatedCompanyWithTheLog() throws {
    let imported = try importCube(Self.cube, options: ImportOptions(values: .mrr))
    let c = try imported.company(name: "Acme", currency: "EUR").company
    #expect(c.profile.name == "Acme")
    #expect(c.profile.currency == "EUR")
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.accounts.map(\.id) == ["Alpha", "Beta", "Gamma"])
    #expect(c.revenue.mrr == [10_000, 10_000, 10_000, 10_000, 0, 5_000, 5_000, 0, 0, 0, 0, 0])
    // A start date not given is the first month with revenue, marked inferred.
    #expect(c.accounts[0].startDate == CivilDate("2023-06-15"))
    #expect(c.accounts[0].inferred.isEmpty)
    #expect(c.accounts[1].startDate == CivilDate("2024-02-01"))
    #expect(c.accounts[1].inferred == [.startDate])
    #expect(c.accounts[2].startDate == CivilDate("2024-01-01"))
    let s = try #require(c.dataQuality.imported)
    #expect(s.shape == "cube")
    #expect(s.values == "mrr")
    #expect(s.rowsRead == 4)
    #expect(s.rowsUsed == 3)
    #expect(s.rowsSkipped == 1)
    #expect(s.inferredStartDate == 2)
    #expect(s.unknownContractType == 0)
    #expect(s.rules.first { $0.rule == "start_from_first_revenue" }?.accounts == 2)
    #expect(s.ambiguousARRLow == 12 * 10_000)
    #expect(s.ambiguousARRHigh == 12 * 10_000)
    #expect(c.dataQuality.files.first?.rowsAccepted == 3)
    // The file table counts rows as the import note does: read = used + skipped.
    #expect(c.dataQuality.files.first?.rowsRead == 4)
  }

  @Test func theTieOutIsCheckedOnConversion() throws {
    var imported = try importCube(Self.cube, options: ImportOptions(values: .mrr))
    imported.mrr[0] += 1  // an importer bug: one cent from nowhere
    #expect {
      try imported.company()
    } throws: { e in
      (e as? ARRQualityError)?.kind == .internalFailure
        && (e as? ARRQualityError)?.message.contains("does not tie out") == true
    }
  }

  /// A customer list's `signup_date` (or `acquisition_date`) is the account's start, as a
  /// subscriptions table's is (twelfth session: a list's signup date was ignored and the start
  /// inferred from the first revenue month, 2024-02 for B).
  @Test(arguments: ["signup_date", "acquisition_date", "Sign Up Date"])
  func aListsSignupDateIsTheStart(header: String) throws {
    let cube = "customer_id,2024-01,2024-02,2024-03\nA,100,100,100\nB,,50,50\n"
    let list = "customer_id,name,\(header)\nA,Alpha,2023-11-20\nB,Beta,2024-01-25\n"
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("customers.csv", list)], options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.startDate) == [CivilDate("2023-11-20"), CivilDate("2024-01-25")])
    #expect(c.accounts.allSatisfy { !$0.inferred.contains(.startDate) })
  }
}
