import ARRCore
import Testing

@testable import ARRInput

/// Review 51, R51-21 (case `r52`): a renewal and an add-on co-termed with it start the same day,
/// so an account's rows were no chain of successive terms and were not folded; the join kept
/// one row's facts, Initech's commitment the add-on's alone (−67%)
/// (``CustomerList/foldSuccessiveTerms(_:matches:asOf:file:)``).
@Suite struct CoTermedAddOnTests {
  static func term(_ line: Int, _ start: String, _ end: String, _ cents: Int64)
    -> ImportedAccount
  {
    var a = CustomerListSuccessiveTermsTests.term(line, start, end)
    a.committedMRR = cents
    return a
  }

  /// By hand at 2026-11: Initech's Platform renewal (14,400 a year, 1,200 a month) and its
  /// Analytics add-on (7,200, 600) both run: committed 1,800 a month, to 2027-05-01, from the
  /// first term's 2025-05-01; Acme Labs 2,000: committed 12 × 3,800 = 45,600; no fact differs.
  @Test func aRenewalAndItsCoTermedAddOnAreOneTerm() throws {
    let months = (0..<23).map { k in "\(2025 + k / 12)-\(k % 12 < 9 ? "0" : "")\(k % 12 + 1)" }
    let initech = (0..<23).map { $0 < 4 ? "0" : $0 < 16 ? "1200" : "1800" }
    let cube = [
      "Customer," + months.joined(separator: ","), "Initech," + initech.joined(separator: ","),
      "Acme Labs," + Array(repeating: "2000", count: 23).joined(separator: ","),
    ].joined(separator: "\n")
    let list = """
      "Account Name","Product","Stage","ACV","Contract Term (Months)","Contract Start Date","Contract End Date"
      "Initech","Platform","Closed Won","14400","12","5/1/2025","5/1/2026"
      "Initech","Platform","Closed Won","14400","12","5/1/2026","5/1/2027"
      "Initech","Analytics add-on","Closed Won","7200","12","5/1/2026","5/1/2027"
      "Acme Labs","Platform","Closed Won","24000","12","1/1/2025","1/1/2026"
      "Acme Labs","Platform","Closed Won","24000","12","1/1/2026","1/1/2027"
      """
    let c = try Importer.read(
      [
        Importer.SourceFile(name: "mrr.csv", bytes: Array(cube.utf8)),
        Importer.SourceFile(name: "opportunities.csv", bytes: Array(list.utf8)),
      ], options: ImportOptions(dateOrder: .mdy))
    let account = try #require(c.accounts.first { $0.id == "Initech" })
    #expect(account.startDate == CivilDate("2025-05-01"))
    #expect(account.contractEndDate == CivilDate("2027-05-01"))
    #expect(account.committedMRR == 180_000)
    #expect(!c.log.findings.contains { $0.contains("differ from the revenue file") })
    #expect(c.log.notes.contains { $0.contains("their commitments are added") })
  }

  /// An add-on co-termed with the first year (from 2025-11-01 to its end) is that term's: as of
  /// 2026-11 the renewal alone is current, its own commitment kept.
  @Test func anAddOnOfAnEarlierTermIsFolded() {
    var list = [
      Self.term(2, "2025-05-01", "2026-05-01", 120_000),
      Self.term(3, "2025-11-01", "2026-05-01", 60_000),
      Self.term(4, "2026-05-01", "2027-05-01", 150_000),
    ]
    let (folded, _) = CustomerList.foldSuccessiveTerms(
      &list, matches: [0, 0, 0], asOf: Month(year: 2026, month: 11), file: "crm.csv")
    #expect(folded == [0, 1])
    #expect(list[2].committedMRR == 150_000)
    #expect(list[2].startDate == CivilDate("2025-05-01"))
  }

  /// Twin: two products at once in one term, no renewal: left as they were.
  @Test func twoProductsInOneTermAreNotFolded() {
    var list = [
      Self.term(2, "2026-05-01", "2027-05-01", 120_000),
      Self.term(3, "2026-05-01", "2027-05-01", 60_000),
    ]
    let (folded, note) = CustomerList.foldSuccessiveTerms(
      &list, matches: [0, 0], asOf: Month(year: 2026, month: 11), file: "crm.csv")
    #expect(folded.isEmpty)
    #expect(note == nil)
    #expect(list[0].committedMRR == 120_000)
  }

  /// Review 52, R52-14 (case `a01`): the add-on bought mid-term, 8/1/2026 to the renewal's end
  /// 5/1/2027 (9 months, ACV 7,200), commits 600 a month with the renewal: committed 1,800.
  /// Twin: a 9-month row ending two months before the renewal's end is no co-termed add-on: its
  /// ACV on a short term commits nothing (1,200).
  /// Review 53, R53-15 (case `a01` of review 53): a `paid pilot` (or a trial, a POC) ending with
  /// the renewal commits nothing: 1,200.
  @Test(
    arguments: [
      ("5/1/2027", "Analytics add-on", 180_000), ("3/1/2027", "Analytics add-on", 120_000),
      ("5/1/2027", "Analytics - paid pilot", 120_000), ("5/1/2027", "Analytics POC", 120_000),
      ("5/1/2027", "Analytics (trial)", 120_000),
      // Review 53, R53-26 (`q07`): a pilot past (`post-pilot`, `pilot-to-paid`, `converted from
      // trial`) is no pilot: the add-on commits; a pilot before other words still is one.
      ("5/1/2027", "Analytics add-on (post-pilot expansion)", 180_000),
      ("5/1/2027", "Analytics - pilot-to-paid conversion", 180_000),
      ("5/1/2027", "Analytics - converted from trial", 180_000),
      ("5/1/2027", "Analytics pilot (post review)", 120_000),
      // Review 54, R54-24 (`v08`, `v09`): a conversion still to come keeps the pilot.
      ("5/1/2027", "Analytics - pilot (to paid, decision 2026-12)", 120_000),
      ("5/1/2027", "Analytics pilot - conversion pending", 120_000),
      ("5/1/2027", "Analytics pilot to be converted", 120_000),
      // Review 55, R55-16 (`pl03`): a pilot in German or Spanish; `pilotage` is a product.
      ("5/1/2027", "Analytics Pilotprojekt (Umwandlung in Vollvertrag offen)", 120_000),
      ("5/1/2027", "Analytics - proyecto piloto", 120_000),
      ("5/1/2027", "Pilotage financier (module)", 180_000),
    ] as [(String, String, Int64)])
  func anAddOnBoughtMidTermCommitsWithTheTerm(_ end: String, _ product: String, _ committed: Int64)
    throws
  {
    let months = (0..<23).map { k in "\(2025 + k / 12)-\(k % 12 < 9 ? "0" : "")\(k % 12 + 1)" }
    let initech = (0..<23).map { $0 < 4 ? "0" : $0 < 19 ? "1200" : "1800" }
    let cube = [
      "Customer," + months.joined(separator: ","), "Initech," + initech.joined(separator: ","),
    ].joined(separator: "\n")
    let list = """
      "Account Name","Product","Stage","ACV","Contract Term (Months)","Contract Start Date","Contract End Date"
      "Initech","Platform","Closed Won","14400","12","5/1/2025","5/1/2026"
      "Initech","Platform","Closed Won","14400","12","5/1/2026","5/1/2027"
      "Initech","\(product)","Closed Won","7200","9","8/1/2026","\(end)"
      """
    let c = try Importer.read(
      [
        Importer.SourceFile(name: "mrr.csv", bytes: Array(cube.utf8)),
        Importer.SourceFile(name: "opportunities.csv", bytes: Array(list.utf8)),
      ], options: ImportOptions(dateOrder: .mdy))
    let account = try #require(c.accounts.first { $0.id == "Initech" })
    #expect(account.committedMRR == committed)
    #expect(
      c.log.notes.contains { $0.contains("read as a commitment to that end") }
        == (committed == 180_000))
  }

  /// Review 52, R52-26 (case `a02`): Initech's Platform year and its renewal beside Analytics on
  /// its own two-year contract (9/1/2025 to 9/1/2027): every row overlaps Analytics, one term,
  /// yet the renewal makes a chain. By hand at 2026-11: Platform's renewal 1,200 and Analytics
  /// 600 run: committed 1,800 a month, to 2027-09-01.
  @Test func aRenewalChainBesideAProductOfItsOwnTermAddsUp() {
    var list = [
      Self.term(2, "2025-05-01", "2026-05-01", 120_000),
      Self.term(3, "2026-05-01", "2027-05-01", 120_000),
      Self.term(4, "2025-09-01", "2027-09-01", 60_000),
    ]
    let (folded, _) = CustomerList.foldSuccessiveTerms(
      &list, matches: [0, 0, 0], asOf: Month(year: 2026, month: 11), file: "crm.csv")
    #expect(folded == [1, 2])
    #expect(list[0].committedMRR == 180_000)
    #expect(list[0].contractEndDate == CivilDate("2027-09-01"))
    #expect(list[0].startDate == CivilDate("2025-05-01"))
  }
}
