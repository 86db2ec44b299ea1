import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A file cut off mid-row (``CutLastLine``; `docs/import.md`, "Errors"): its last line has no
/// line end and fewer cells than the lines above. Read as written, Zeta's March was a churn and
/// its February 2 (of, say, 200), silently.
@Suite struct CutLastLineTests {
  func read(_ text: String, lenient: Bool = false) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))],
      options: ImportOptions(values: .mrr, isLenient: lenient))
  }

  static let cut = "Customer,Jan-24,Feb-24,Mar-24\nAcme,100,100,100\nBeta,50,50,50\nZeta Co,20,2"

  @Test func aCutLastLineIsAProblemAtTheLine() throws {
    let error = try #require(throws: ARRQualityError.self) { try read(Self.cut) }
    let problem = try #require(error.problems.first)
    #expect(problem.line == 4)
    #expect(problem.column == 3)
    #expect(
      problem.message.hasPrefix(
        "the file ends inside this line: it has 3 of the 4 cells of the lines above and no "
          + "line end"))
  }

  /// `--lenient` leaves the line out and says so: Acme and Beta are read, Zeta is not. The line
  /// is read and skipped as a bad row (review 11, F17: it was neither, and rows read 2 = used 2
  /// + skipped 0 left it out); its amounts are not read: the tie-out's source is Acme's 300 and
  /// Beta's 150.
  @Test func lenientLeavesItOutWithAFinding() throws {
    let c = try read(Self.cut, lenient: true)
    #expect(c.accounts.map(\.id) == ["Acme", "Beta"])
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 3 && f.rowsUsed == 2 && f.skipped[.badRow] == 1)
    #expect(c.log.skipped.contains { $0.line == 4 && $0.reason.hasPrefix("bad row") })
    #expect(try c.checkedTieOut().sourceCents == 45_000)
    #expect(
      c.log.findings.contains {
        $0.contains("line 4 left out (--lenient)") && $0.contains("\"Zeta Co\", \"20\", \"2\"")
      })
  }

  /// The same line ended by a line break is whole, as written (a short row: March blank, 0);
  /// so is a last line of one cell without one (a footnote, as QuickBooks writes its footer).
  @Test func aShortLineWithALineEndOrOneCellIsReadAsBefore() throws {
    let c = try read(Self.cut + "\n")
    #expect(c.mrrRow("Zeta Co") == [2_000, 200, 0])
    let footnote = try read(
      "Customer,Jan-24,Feb-24,Mar-24\nAcme,100,100,100\nBeta,50,50,50\n* Figures unaudited")
    #expect(footnote.accounts.map(\.id) == ["Acme", "Beta"])
    #expect(footnote.log.files[0].skipped[.footnote] == 1)
  }

  /// Review 11, F13: a customer list's cut last line costs at most its last facts, no amount: it
  /// is read with its missing cells blank, and a finding says so (it was refused). Gamma has no
  /// trial status given (none) and its segment and start date are read.
  @Test func aCustomerListsShortLastLineIsReadWithAFinding() throws {
    let c = try ImportFixtures.read(
      [
        (
          "cube.csv",
          "Customer,Jan-24,Feb-24,Mar-24\nAcme,1,1,1\nBeta,5,5,5\nGamma,2,2,2\n"
        ),
        (
          "list.csv",
          """
          customer,segment,start date,trial status
          Acme,ent,2023-05-01,no
          Beta,smb,2023-06-01,no
          Gamma,smb,2023-07-01
          """
        ),
      ], options: ImportOptions(values: .mrr))
    let gamma = try #require(c.account("Gamma"))
    #expect(gamma.segment == "smb")
    #expect(gamma.startDate == CivilDate(year: 2023, month: 7, day: 1))
    #expect(gamma.trialStatus == TrialStatus.none)
    #expect(c.log.files[1].rowsRead == 3 && c.log.files[1].rowsUsed == 3)
    #expect(
      c.log.findings.contains {
        $0.contains("list.csv: line 4 ends the file, but it has 3 of the 4 cells")
      })
  }
}
