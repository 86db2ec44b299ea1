import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Lines after a given `--as-of` month are counted, and one far after every other line is named
/// as a possible mistyped year (trial 50, T50-5; `LedgerImporter+LinesAfterAsOf`).
@Suite struct LinesAfterAsOfTests {
  /// Arbor and Basalt pay 500 and 800 a month, 2026-07 to 2026-10 (Arbor's October invoice
  /// left out when `isArborOctoberMissing`); `extra` lines follow.
  static func ledger(_ extra: [String], isArborOctoberMissing: Bool = false) -> String {
    var lines = ["customer,date,amount,description"]
    for m in ["07", "08", "09", "10"] {
      if !(isArborOctoberMissing && m == "10") { lines.append("Arbor,2026-\(m)-01,500.00,Plan") }
      lines.append("Basalt,2026-\(m)-01,800.00,Plan")
    }
    return (lines + extra).joined(separator: "\n")
  }

  static func read(_ text: String, asOf: Month? = Month(year: 2026, month: 10)) throws
    -> ImportedCompany
  {
    try ImportFixtures.read([("register.csv", text)], options: ImportOptions(asOf: asOf))
  }

  /// Arbor's October invoice typed 2206 and Basalt's November invoice issued early: with
  /// `--as-of 2026-10` both are left out, and said: a note counting 2 lines ($1,300, the first
  /// Basalt's on line 9), and a finding naming line 10 as a mistyped year, 179 years after the
  /// rest.
  @Test func aMistypedYearAfterTheAsOfMonthIsNamed() throws {
    let c = try Self.read(
      Self.ledger(
        ["Basalt,2026-11-01,800.00,Plan", "Arbor,2206-10-01,500.00,Plan"],
        isArborOctoberMissing: true))
    #expect(c.asOf == Month(year: 2026, month: 10))
    let note = try #require(c.log.notes.first { $0.contains("dated after the as-of month") })
    #expect(note.contains("2 lines dated after the as-of month 2026-10 (--as-of) are left out"))
    #expect(note.contains("$1,300.00") && note.contains("line 9, dated 2026-11-01, \"Basalt\""))
    let finding = try #require(c.log.findings.first { $0.contains("mistyped") })
    #expect(finding.contains("line 10 is dated 2206-10-01 (\"Arbor\", $500.00), 179 years after"))
  }

  /// Twin: an ordinary `--as-of` a month back on a clean ledger: the note, no finding.
  @Test func anEarlierAsOfMonthIsANoteOnly() throws {
    let c = try Self.read(Self.ledger([]), asOf: Month(year: 2026, month: 9))
    #expect(c.log.notes.contains { $0.contains("2 lines dated after the as-of month 2026-09") })
    #expect(!c.log.findings.contains { $0.contains("mistyped") })
  }

  /// Twin: a renewal invoiced a year and a half later (a gap over a year, but the as-of month
  /// is the file's last): nothing after the as-of month, nothing said.
  @Test func noLineAfterTheAsOfMonthSaysNothing() throws {
    let c = try Self.read(Self.ledger([]))
    #expect(!c.log.notes.contains { $0.contains("dated after the as-of month") })
  }

  /// R51-20: a renewal scheduled 2027-12-01, 14 months after the rest, whose words say so, is a
  /// future invoice: the note says it, no "mistyped year" finding; the same line saying only
  /// `Plan` is still asked about, and a line 179 years ahead is whatever its words.
  @Test(arguments: [
    ("Basalt,2027-12-01,1600.00,Platform licence renewal (2 years) - scheduled", false),
    ("Basalt,2027-12-01,1600.00,Plan", true),
    ("Basalt,2206-12-01,1600.00,Platform licence renewal", true),
  ])
  func aScheduledRenewalIsNoMistypedYear(line: String, isAsked: Bool) throws {
    let c = try Self.read(Self.ledger([line]))
    #expect(c.log.findings.contains { $0.contains("mistyped") } == isAsked)
    let note = try #require(c.log.notes.first { $0.contains("dated after the as-of month") })
    #expect(note.contains("says it bills ahead") == !isAsked)
  }
}
