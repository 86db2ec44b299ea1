import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A contract's term read from an annual billing cadence when no column gives its type or end
/// (session 25, t25a lane: a customer list's `Billing` Annual beside a `Contract start` with no
/// end and no contract type read as unknown terms, committed ARR $0). Annual billing pays the
/// year ahead: an annual contract to the end of the paid year holding as-of.
@Suite struct TermFromCadenceTests {
  /// A cube as of 2024-12 (its last day 2024-12-31) beside a customer list with `Contract
  /// start`, `Contract end` and `Billing`, no contract type:
  /// - A: from 2023-03-15, annual: anniversaries 2024-03-15 (the last on or before
  ///   2024-12-31) → the paid year ends 2025-03-14;
  /// - B: from 2024-12-15, annual: its first year, 2024-12-15 to 2025-12-14;
  /// - C: from 2022-01-01, annual: anniversary 2024-01-01 → ends 2024-12-31, in the as-of
  ///   month (at its renewal now, still committed);
  /// - D: annual from 2023-06-01 but not billing in 2024-12 (it left): not read;
  /// - E: billed monthly: not read;
  /// - F: annual but starting 2025-01-10, after as-of: not read;
  /// - G: annual with an end 2024-04-01 to 2025-01-31 (10 months, which the dates' rule does
  ///   not read): a given end is not overridden, not read.
  static let cube = """
    Customer,2024-10,2024-11,2024-12
    A,100,100,100
    B,200,200,200
    C,50,50,50
    D,70,70,0
    E,30,30,30
    F,40,40,40
    G,60,60,60
    """
  static let list = """
    Customer,Contract start,Contract end,Billing
    A,2023-03-15,,Annual
    B,2024-12-15,,Annual
    C,2022-01-01,,Annual
    D,2023-06-01,,Annual
    E,2024-02-01,,Monthly
    F,2025-01-10,,Annual
    G,2024-04-01,2025-01-31,Annual
    """

  static func read(list: String = Self.list) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("customers.csv", list)], options: ImportOptions(values: .mrr))
  }

  @Test func annualBillingCommitsThePaidYear() throws {
    let c = try Self.read()
    func type(_ id: String) -> ContractType? { c.account(id)?.contractType }
    func end(_ id: String) -> String? { c.account(id)?.contractEndDate.map { "\($0)" } }
    #expect(type("A") == .annual)
    #expect(end("A") == "2025-03-14")
    #expect(type("B") == .annual)
    #expect(end("B") == "2025-12-14")
    #expect(type("C") == .annual)
    #expect(end("C") == "2024-12-31")
    for id in ["D", "E", "F", "G"] {
      #expect((type(id) ?? .unknown) == .unknown, "\(id)")
      #expect(!(c.account(id)?.rules.contains(.termFromCadence) ?? true), "\(id)")
    }
    #expect(end("G") == "2025-01-31")
    let a = try #require(c.account("A"))
    #expect(a.inferred.contains(.contractType))
    #expect(a.inferred.contains(.contractEndDate))
    #expect(a.rules.contains(.termFromCadence))
    #expect(
      c.log.notes.contains(
        "3 accounts with no contract type or end date are billed annually from a start date: "
          + "the term was read from the billing cadence, an annual contract committed to the "
          + "end of the year paid that holds 2024-12-31 (e.g. \"A\", from 2023-03-15, paid "
          + "through 2025-03-14); a contract type or end date column would decide instead"))
    // Committed: A, B and C, (100 + 200 + 50) × 12 = 4,200 of ARR.
    let company = try c.company().company
    let committed = company.accounts.filter { $0.terms.contractType.isCommitted }.map(\.id)
    #expect(committed.sorted() == ["A", "B", "C"])
  }

  /// A contract type the list gives is kept, and nothing is inferred from the cadence.
  @Test func aGivenContractTypeDecides() throws {
    let c = try Self.read(
      list: """
        Customer,Contract start,Billing,Contract type
        A,2023-03-15,Annual,monthly
        """)
    #expect(c.account("A")?.contractType == .monthly)
    #expect(c.account("A")?.contractEndDate == nil)
    #expect(!c.log.notes.contains { $0.contains("read from the billing cadence") })
  }
}
