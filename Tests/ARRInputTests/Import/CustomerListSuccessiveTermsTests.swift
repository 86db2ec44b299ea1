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
}
