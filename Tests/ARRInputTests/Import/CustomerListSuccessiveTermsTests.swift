import ARRCore
import Testing

@testable import ARRInput

/// ``CustomerList/foldSuccessiveTerms(_:matches:asOf:file:)`` on its own: which row of an
/// account's successive terms is kept (Scripts/mutate on CustomerList+SuccessiveTerms.swift,
/// session 50: the term ending and the next starting in the as-of month, and a list folded
/// without an as-of month, were pinned by no test).
@Suite struct CustomerListSuccessiveTermsTests {
  static func term(_ line: Int, _ start: String, _ end: String) -> ImportedAccount {
    var a = ImportedAccount(id: "Initech", name: nil, source: ("crm.csv", line))
    a.startDate = CivilDate(start)
    a.contractEndDate = CivilDate(end)
    return a
  }

  /// A first year to 2026-05-15 and its renewal from 2026-05-16: in May 2026 both touch the
  /// month, and the renewal, begun last, is the current term (end 2027-05-15), from the first
  /// term's start. Without an as-of month the latest term is kept too.
  @Test(arguments: [Month(year: 2026, month: 5), nil])
  func theTermBegunInTheAsOfMonthIsCurrent(asOf: Month?) throws {
    var list = [
      Self.term(2, "2025-05-16", "2026-05-15"), Self.term(3, "2026-05-16", "2027-05-15"),
    ]
    let (folded, note) = CustomerList.foldSuccessiveTerms(
      &list, matches: [0, 0], asOf: asOf, file: "crm.csv")
    #expect(folded == [0])
    #expect(list[1].startDate == CivilDate("2025-05-16"))
    #expect(list[1].contractEndDate == CivilDate("2027-05-15"))
    let n = try #require(note)
    #expect(n.contains("current term to 2027-05-15 on line 3"), "\(n)")
    #expect(n.contains(asOf == nil ? "the term begun last" : "the term holding 2026-05"))
  }

  /// As of a month inside the first term, the first term is current: its end is kept.
  @Test func aTermHoldingTheAsOfMonthIsKeptOverALaterOne() {
    var list = [
      Self.term(2, "2025-05-16", "2026-05-15"), Self.term(3, "2026-05-16", "2027-05-15"),
    ]
    let (folded, _) = CustomerList.foldSuccessiveTerms(
      &list, matches: [0, 0], asOf: Month(year: 2025, month: 12), file: "crm.csv")
    #expect(folded == [1])
    #expect(list[0].contractEndDate == CivilDate("2026-05-15"))
  }

  /// Review 50, R50-27: a first year and its renewal whose ends are written exclusive (the end
  /// the renewal's first day, 5/1/2026) are successive terms too. By hand at 2026-11: Initech
  /// from 2025-05-01, its renewal to 2027-05-01, 1,200 a month committed (its ACV 14,400 ÷ 12);
  /// no fact differs, no revenue comes before its start.
  @Test func exclusiveEndsAreSuccessiveTerms() throws {
    let months = (0..<23).map { k in "\(2025 + k / 12)-\(k % 12 < 9 ? "0" : "")\(k % 12 + 1)" }
    func row(_ name: String, from: Int, _ v: Int) -> String {
      name + "," + (0..<23).map { $0 >= from ? "\(v)" : "0" }.joined(separator: ",")
    }
    let cube =
      (["Customer," + months.joined(separator: ",")]
      + [row("Initech", from: 4, 1200), row("Acme Labs", from: 0, 2000)])
      .joined(separator: "\n")
    let list = """
      "Account Name","Stage","ACV","Contract Term (Months)","Contract Start Date","Contract End Date"
      "Initech","Closed Won","14400","12","5/1/2025","5/1/2026"
      "Initech","Closed Won","14400","12","5/1/2026","5/1/2027"
      "Acme Labs","Closed Won","24000","12","1/1/2025","1/1/2026"
      "Acme Labs","Closed Won","24000","12","1/1/2026","1/1/2027"
      """
    let c = try Importer.read(
      [
        Importer.SourceFile(name: "mrr.csv", bytes: Array(cube.utf8)),
        Importer.SourceFile(name: "opportunities.csv", bytes: Array(list.utf8)),
      ], options: ImportOptions(dateOrder: .mdy))
    let initech = try #require(c.accounts.first { $0.id == "Initech" })
    #expect(initech.startDate == CivilDate("2025-05-01"))
    #expect(initech.contractEndDate == CivilDate("2027-05-01"))
    #expect(initech.committedMRR == 120_000)
    #expect(!c.log.findings.contains { $0.contains("differ from the revenue file") })
    #expect(!c.log.findings.contains { $0.contains("recurring revenue before") })
    #expect(
      c.log.notes.contains {
        $0.contains("2 accounts are on several rows that are successive terms")
      })
  }

  /// The twin: a renewal starting the day before the first term's end overlaps it (two
  /// contracts at once): not folded.
  @Test func aTermStartingBeforeTheOneBeforeEndsIsNoSuccessor() {
    var list = [
      Self.term(2, "2025-05-01", "2026-05-01"), Self.term(3, "2026-04-30", "2027-04-30"),
    ]
    let (folded, note) = CustomerList.foldSuccessiveTerms(
      &list, matches: [0, 0], asOf: Month(year: 2026, month: 11), file: "crm.csv")
    #expect(folded.isEmpty)
    #expect(note == nil)
  }
}
