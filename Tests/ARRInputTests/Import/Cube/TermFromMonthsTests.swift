import ARRCore
import Testing

@testable import ARRInput

/// A contract's type read from a term-in-months column when no column gives its type (session
/// 25, t25a lane; the t24b lane's leftover of T22-16: a recognition schedule's `Term (months)`
/// was left out, every account read as unknown terms).
@Suite struct TermFromMonthsTests {
  /// Alpha's annual invoice (12 months) recognises 100 a month; Beta has four monthly invoices
  /// (1 month each); Gamma a 24-month invoice of 4,800 recognising 200 a month; Delta a
  /// quarterly one (3 months) of 300, 100 a month from February.
  static let schedule = """
    Invoice #,Customer,Invoice date,Term (months),Invoice total,Jan-24,Feb-24,Mar-24,Apr-24,Deferred revenue 30-Apr-24
    INV-1,Alpha,2024-01-01,12,1200,100,100,100,100,800
    INV-2,Beta,2024-01-01,1,50,50,0,0,0,0
    INV-3,Beta,2024-02-01,1,50,0,50,0,0,0
    INV-4,Beta,2024-03-01,1,60,0,0,60,0,0
    INV-5,Beta,2024-04-01,1,60,0,0,0,60,0
    INV-6,Gamma,2024-01-01,24,4800,200,200,200,200,4000
    INV-7,Delta,2024-02-01,3,300,0,100,100,100,0
    """

  static func read(_ files: [(String, String)]) throws -> ImportedCompany {
    try Importer.read(files.map { Importer.SourceFile(name: $0.0, bytes: Array($0.1.utf8)) })
  }

  /// By hand: Alpha 12 → annual, Beta 1 → monthly, Gamma 24 → multi-year, Delta 3 → unknown.
  /// Committed: Alpha and Gamma, (100 + 200) × 12 = 3,600 of ARR.
  @Test func aScheduleTermNamesTheContract() throws {
    let c = try Self.read([("schedule.csv", Self.schedule)])
    func type(_ id: String) -> ContractType? { c.account(id)?.contractType }
    #expect(type("Alpha") == .annual)
    #expect(type("Beta") == .monthly)
    #expect(type("Gamma") == .multiYear)
    #expect((type("Delta") ?? .unknown) == .unknown)
    let alpha = try #require(c.account("Alpha"))
    #expect(alpha.inferred.contains(.contractType))
    #expect(alpha.rules.contains(.termFromMonths))
    #expect(!(c.account("Delta")?.rules.contains(.termFromMonths) ?? true))
    #expect(
      c.log.notes.contains(
        "4 accounts with no contract type state a term in months: 1 reads as monthly, 12 to 23 "
          + "as annual, 24 or more as multi-year: 1 annual, 1 multi-year, 1 monthly (e.g. "
          + "\"Alpha\", 12 months); 1 account with a term of 0 or 2 to 11 months stays unknown "
          + "(no contract type names it); a contract type column would decide instead"))
    #expect(c.log.files[0].recognisedColumns.contains("term_months: Term (months)"))
    #expect(!c.log.files[0].ignoredColumns.contains("Term (months)"))
    let company = try c.company().company
    let committed = company.accounts.filter { $0.terms.contractType.isCommitted }.map(\.id)
    #expect(committed.sorted() == ["Alpha", "Gamma"])
  }

  static let cube = """
    Customer,2024-10,2024-11,2024-12
    A,100,100,100
    B,200,200,200
    """

  /// A customer list's term column: a contract type given decides (A stays monthly); B, with
  /// none, is multi-year.
  @Test func aGivenContractTypeDecides() throws {
    let c = try Self.read([
      ("cube.csv", Self.cube),
      ("customers.csv", "Customer,Term (months),Contract type\nA,12,monthly\nB,24,\n"),
    ])
    #expect(c.account("A")?.contractType == .monthly)
    #expect(!(c.account("A")?.inferred.contains(.contractType) ?? true))
    #expect(c.account("B")?.contractType == .multiYear)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("1 account with no contract type states a term in months")
          && $0.contains(": 1 multi-year (e.g. \"B\", 24 months)")
      })
  }

  /// A column under a term's name holding words is another column: listed as ignored with a
  /// note naming the cell, never a refusal (as every fact column read since session 10).
  @Test func wordsInTheColumnLeaveItUnread() throws {
    let c = try Self.read([
      ("cube.csv", Self.cube), ("customers.csv", "Customer,Term (months)\nA,annual\nB,24\n"),
    ])
    #expect((c.account("B")?.contractType ?? .unknown) == .unknown)
    #expect(
      c.log.notes.contains(
        "customers.csv: column \"Term (months)\" is not read as term_months: \"annual\" on line 2 "
          + "is not a whole number ≥ 0; listed as ignored"))
  }

  @Test(arguments: [
    (0, nil as ContractType?), (1, .monthly), (2, nil), (11, nil), (12, .annual), (23, .annual),
    (24, .multiYear), (36, .multiYear),
  ])
  func monthsToType(months: Int, type: ContractType?) {
    #expect(TermFromMonths.contractType(months: months) == type)
  }
}
