import ARRCore
import Testing

@testable import ARRInput

/// A cube's or customer list's status column is read against the revenue (trial 21, X2: rows
/// marked `Cancelled` or `Churned` and still billing kept their class's chance of staying).
@Suite struct StatusColumnTests {
  /// The trial's file: Beta (2,000 a month) `Cancelled` and Delta (800) `Churned`, both billing
  /// in April.
  static let cube = """
    Customer,Status,2024-01,2024-02,2024-03,2024-04
    Alpha,Active,1000,1000,1000,1000
    Beta,Cancelled,2000,2000,2000,2000
    Gamma,Active,500,500,500,500
    Delta,Churned,800,800,800,800
    """

  /// A leaving status on an account billing at as-of is notice given, dated the as-of month's
  /// last day (no end date given); the status contradicting the revenue is a finding. ARR at
  /// stake: (2,000 + 800) × 12 = 33,600.
  @Test func aLeavingStatusStillBillingIsNoticeGiven() throws {
    let c = try importCube(Self.cube, options: ImportOptions(values: .mrr))
    let april = CivilDate(year: 2024, month: 4, day: 30)
    for id in ["Beta", "Delta"] {
      let a = try #require(c.accounts.first { $0.id == id })
      #expect(a.cancelDate == april)
      #expect(a.inferred.contains(.cancelDate))
      #expect(a.rules.contains(.statusLeaving))
    }
    for id in ["Alpha", "Gamma"] {
      #expect(c.accounts.first { $0.id == id }?.cancelDate == nil)
    }
    #expect(
      c.log.findings.contains(
        "2 accounts billing in 2024-04 have a status saying they leave (\"Beta\": \"Cancelled\" "
          + "under \"Status\" on line 3 of cube.csv, leaving 2024-04-30): read as notice given, "
          + "so $33,600.00 of headline ARR is out of committed ARR and counted as leaving within 12 "
          + "months; a given end date in the as-of month or later is the day they leave, else "
          + "the as-of month's end"))
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("2 accounts have a status saying they have left yet still bill in 2024-04")
          && $0.contains("disagree on $33,600.00 of ARR")
      })
    #expect(!c.log.files[0].ignoredColumns.contains("Status"))
  }

  /// A notice status with a given end in the future leaves on that end, and says nothing is
  /// contradicted; `Active` with no revenue at as-of is a finding with its last month's ARR
  /// (300 × 12 = 3,600); an unknown word is listed; `Past due` sets the flag.
  @Test func noticeEndsRunningWithoutRevenueAndUnknownWords() throws {
    let c = try importCube(
      """
      Customer,Status,End Date,2024-01,2024-02,2024-03,2024-04
      Epsilon,Non-renewing,2024-09-30,400,400,400,400
      Zeta,Active,,300,300,0,0
      Eta,At risk,,200,200,200,200
      Theta,Past due,,100,100,100,100
      """, options: ImportOptions(values: .mrr))
    let epsilon = try #require(c.accounts.first { $0.id == "Epsilon" })
    #expect(epsilon.cancelDate == CivilDate(year: 2024, month: 9, day: 30))
    #expect(
      !c.log.findings.contains { $0.contains("have left yet") || $0.contains("has left yet") })
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("1 account has a status saying it runs yet no revenue in 2024-04")
          && $0.contains("$3,600.00 of ARR")
      })
    #expect(c.accounts.first { $0.id == "Eta" }?.cancelDate == nil)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "cube.csv: 1 row has a status the reader does not read under \"Status\" "
            + "(\"At risk\" on line 4)")
      })
    #expect(c.accounts.first { $0.id == "Theta" }?.isPastDue == true)
  }

  /// A customer list's status joins the cube's customer: the same reading.
  @Test func aCustomerListsStatus() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "c.csv",
          bytes: Array(
            "Customer,2024-01,2024-02,2024-03\nAlpha,1000,1000,1000\nBeta,2000,2000,2000\n".utf8)),
        Importer.SourceFile(
          name: "list.csv", bytes: Array("Customer,Status\nAlpha,Active\nBeta,Cancelled\n".utf8)),
      ], options: ImportOptions(values: .mrr))
    #expect(
      c.accounts.first { $0.id == "Beta" }?.cancelDate == CivilDate(year: 2024, month: 3, day: 31))
    #expect(c.accounts.first { $0.id == "Alpha" }?.cancelDate == nil)
    #expect(
      c.log.findings.contains {
        $0.contains("\"Cancelled\" under \"Status\" on line 3 of list.csv")
      })
  }

  /// A status that agrees with the revenue (`Churned`, no revenue at as-of) says nothing.
  @Test func aStatusTheRevenueAgreesWith() throws {
    let c = try importCube(
      """
      Customer,Status,2024-01,2024-02,2024-03
      Alpha,Active,100,100,100
      Beta,Churned,100,0,0
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.allSatisfy { $0.cancelDate == nil })
    #expect(!c.log.findings.contains { $0.contains("status saying") })
  }
}
