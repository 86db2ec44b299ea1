import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list that joins little says so, naming the accounts its rows nearly match
/// (review 13, F36), and a subscriptions export beside a ledger keyed by customer name joins by
/// name (review 13, F43).
@Suite struct CustomerListLooseMatchTests {
  @Test(
    arguments: [
      ("00123", "123"), ("123", "123"), ("C-7", "c7"), ("c-7", "c7"), ("ACME Inc.", "acmeinc"),
      ("Acme Inc", "acmeinc"), ("0", "0"), ("000", "0"), ("A-007-B", "a7b"), ("10020", "10020"),
      ("X0", "x0"), ("Zürich AG", "zürichag"), ("", ""), ("--", ""),
    ])
  func looseKeys(text: String, key: String) {
    #expect(CustomerList.looseKey(text) == key)
  }

  static let cube = """
    Customer ID,Customer,Jan-24,Feb-24,Mar-24
    00123,Acme Inc,100,100,100
    C-7,Beta LLC,200,200,200
    """

  func read(list: String) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", list)], options: ImportOptions(values: .mrr))
  }

  /// The reviewer's files: the list's `123` lost its zeros and `c-7` its case. Neither joins
  /// (no fuzzy join), each reason names the account, and a finding lists both and says that 0
  /// of 2 rows joined, so Acme's cancellation is known to be lost.
  @Test func nearMatchesAreNamedNotJoined() throws {
    let c = try read(
      list: """
        customer id,customer name,segment,cancel date
        123,ACME Inc.,Enterprise,2024-06-30
        c-7,beta llc,SMB,
        """)
    #expect(c.accounts.allSatisfy { $0.cancelDate == nil && $0.segment == nil })
    let first = try #require(c.log.skipped.first { $0.file == "list.csv" && $0.line == 2 })
    #expect(first.reason.contains("nearly matches account \"00123\" (Acme Inc)"))
    let second = try #require(c.log.skipped.first { $0.file == "list.csv" && $0.line == 3 })
    #expect(second.reason.contains("nearly matches account \"C-7\" (Beta LLC)"))
    let finding = try #require(c.log.findings.first { $0.hasPrefix("list.csv: 0 of 2 rows") })
    #expect(finding.contains("2 rows nearly match"))
    #expect(finding.contains("line 2 \"ACME Inc.\" ≈ account \"00123\" (Acme Inc)"))
    #expect(finding.contains("line 3 \"beta llc\" ≈ account \"C-7\" (Beta LLC)"))
  }

  /// One exact row and two rows of customers without revenue: 1 of 3 joined is a finding
  /// without near matches; a list of which most rows join is none.
  @Test func aListJoiningUnderHalfIsAFinding() throws {
    let thin = try read(
      list: """
        customer id,segment
        00123,Enterprise
        900,SMB
        901,SMB
        """)
    #expect(thin.accounts.first { $0.id == "00123" }?.segment == "Enterprise")
    let finding = try #require(thin.log.findings.first { $0.hasPrefix("list.csv: 1 of 3 rows") })
    #expect(!finding.contains("nearly match"))
    let most = try read(
      list: """
        customer id,segment
        00123,Enterprise
        C-7,SMB
        901,SMB
        """)
    #expect(!most.log.findings.contains { $0.hasPrefix("list.csv") })
    let skip = try #require(most.log.skipped.first { $0.file == "list.csv" && $0.line == 4 })
    #expect(skip.reason.hasSuffix("customer \"901\" has no revenue in the revenue file"))
  }

  /// The finding names the first 5 near matches and marks more with "; …": at exactly 5 every
  /// row is named and nothing is marked, at 6 the sixth row (line 7, "6") is left out and "; …"
  /// ends the list. A cube of six accounts with ids `001` … `006`; the list writes them without
  /// their zeros (Excel's reading of an id column), so none joins and each nearly matches.
  @Test(arguments: [5, 6])
  func theFindingNamesFiveNearMatches(rows: Int) throws {
    let cube =
      "Customer ID,Customer,Jan-24,Feb-24,Mar-24\n"
      + (1...6).map { "00\($0),Co \($0),100,100,100" }.joined(separator: "\n")
    let list = "customer id,segment\n" + (1...rows).map { "\($0),SMB" }.joined(separator: "\n")
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("list.csv", list)], options: ImportOptions(values: .mrr))
    let finding = try #require(
      c.log.findings.first { $0.hasPrefix("list.csv: 0 of \(rows) rows") })
    #expect(finding.contains("\(rows) rows nearly match an account"))
    let fifth = "line 6 \"5\" ≈ account \"005\" (Co 5)"
    #expect(finding.hasSuffix(rows == 5 ? fifth : fifth + "; …"))
    #expect(!finding.contains("line 7"))
  }

  /// A near match onto an account another row joins exactly is no near match: that account
  /// has its row.
  @Test func aJoinedAccountIsNoNearMatch() throws {
    let c = try read(
      list: """
        customer id,segment
        00123,Enterprise
        123,SMB
        C-7,SMB
        """)
    let skip = try #require(c.log.skipped.first { $0.file == "list.csv" && $0.line == 3 })
    #expect(!skip.reason.contains("nearly"))
    #expect(!c.log.findings.contains { $0.hasPrefix("list.csv") })
  }

  static let ledger = """
    invoice_date,customer,amount,service_start,service_end
    2024-01-01,Alpha Inc,100,2024-01-01,2024-01-31
    2024-02-01,Alpha Inc,100,2024-02-01,2024-02-29
    2024-03-01,Alpha Inc,100,2024-03-01,2024-03-31
    2024-03-01,Beta Co,300,2024-03-01,2024-03-31
    """
  static let subsHeader =
    "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Start Date (UTC),"
    + "Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),Cancel At Period End"

  func readLedger(subs: String) throws -> ImportedCompany {
    try ImportFixtures.read(
      [("ledger.csv", Self.ledger), ("subs.csv", Self.subsHeader + "\n" + subs)],
      options: ImportOptions())
  }

  /// The reviewer's files: the ledger names customers, the export ids them. Alpha Inc, to cancel
  /// at its period's end (2024-04-01), and Beta Co, past due, join by name; the revenue is the
  /// ledger's alone (MRR in 2024-03: 100 + 300).
  @Test func subscriptionsJoinANameKeyedLedgerByName() throws {
    let c = try readLedger(
      subs: """
        sub_1,cus_A,Alpha Inc,active,100.00,usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,true
        sub_2,cus_B,Beta Co,past_due,300.00,usd,month,2024-03-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,false
        """)
    let alpha = try #require(c.accounts.firstIndex { $0.id == "Alpha Inc" })
    let beta = try #require(c.accounts.firstIndex { $0.id == "Beta Co" })
    #expect(c.accounts.count == 2)
    #expect(c.accounts[alpha].cancelDate == CivilDate("2024-04-01"))
    #expect(c.accounts[beta].isPastDue == true)
    #expect(c.accounts[alpha].isPastDue != true)
    #expect(c.mrr[c.cell(alpha, 2)] + c.mrr[c.cell(beta, 2)] == 40_000)
    #expect(!c.log.skipped.contains { $0.file == "subs.csv" })
    #expect(
      c.log.notes.contains {
        $0.contains("2 customers joined to the invoice lines by exact name")
          && $0.contains("\"cus_A\" as \"Alpha Inc\"")
      })
  }

  /// Names that match nothing either: both subscriptions skipped, and a finding, since the
  /// two files key customers differently. (`Alpha Incorporated` would join `Alpha Inc`: the
  /// same legal form, set aside since session 44, trial 44, T44-13.)
  @Test func subscriptionsJoiningNothingAreAFinding() throws {
    let c = try readLedger(
      subs: """
        sub_1,cus_A,Alpha Holdings,active,100.00,usd,month,2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,true
        sub_2,cus_B,Beta Company,past_due,300.00,usd,month,2024-03-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,false
        """)
    #expect(c.accounts.allSatisfy { $0.cancelDate == nil && $0.isPastDue != true })
    let finding = try #require(c.log.findings.first { $0.hasPrefix("subs.csv: 2 of 2 customers") })
    #expect(finding.contains("\"cus_A\", \"cus_B\""))
    #expect(finding.contains("the lines' first customer is \"Alpha Inc\""))
  }
}
