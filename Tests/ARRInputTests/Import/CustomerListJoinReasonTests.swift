import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list's row that joins nothing says why: its name naming several accounts is not
/// "no revenue" (review 13, F14), and a row left out that way with a cancellation or a trial is
/// a finding, since those facts move the scoring. The list's shape in `import.md` is a customer
/// list, not a cube (review 13, F22).
@Suite struct CustomerListJoinReasonTests {
  static let cube = """
    Customer ID,Customer,Jan-24,Feb-24,Mar-24
    1,Acme,100,100,100
    2,Acme,200,200,200
    3,Beta,50,50,50
    """
  static let list = """
    name,segment,trial status,cancel date
    Acme,Enterprise,,2024-05-31
    Beta,SMB,,
    """

  func read() throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", Self.list)], options: ImportOptions(values: .mrr))
  }

  /// The reviewer's files: Acme is ids 1 and 2, both with revenue; Beta (id 3) joins. Line 2 is
  /// skipped naming both ids, and its cancel date, lost, is a finding.
  @Test func aNameOfTwoAccountsSaysSo() throws {
    let c = try read()
    #expect(c.accounts.first { $0.id == "3" }?.segment == "SMB")
    #expect(c.accounts.filter { $0.cancelDate != nil }.isEmpty)
    let skip = try #require(c.log.skipped.first { $0.file == "list.csv" && $0.line == 2 })
    #expect(skip.reason.contains("name \"Acme\" matches 2 accounts (ids 1, 2)"))
    #expect(!skip.reason.contains("no revenue"))
    let finding = try #require(c.log.findings.first { $0.hasPrefix("list.csv: 1 row") })
    #expect(finding.contains("line 2 (\"Acme\": cancel date 2024-05-31)"))
  }

  /// A row whose name is nowhere in the revenue file still says it has no revenue, and is no
  /// finding (nothing was there to join).
  @Test func aNameOfNoAccountHasNoRevenue() throws {
    let c = try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", "name,cancel date\nGamma,2024-05-31\n")],
      options: ImportOptions(values: .mrr))
    let skip = try #require(c.log.skipped.first { $0.file == "list.csv" && $0.line == 2 })
    #expect(skip.reason.contains("customer \"Gamma\" has no revenue in the revenue file"))
    #expect(!c.log.findings.contains { $0.hasPrefix("list.csv") })
  }

  /// `import.md`'s files table: the list is a `customer list` of `facts`, not `cube | auto`.
  @Test func theFilesTableNamesTheList() throws {
    let conversion = try read().company()
    let markdown = conversion.log.markdown(company: conversion.company)
    #expect(markdown.contains("| list.csv | customer list | facts | 2 | 1 | 1 | 0 |"))
    #expect(markdown.contains("| cube.csv | cube | mrr |"))
  }
}
