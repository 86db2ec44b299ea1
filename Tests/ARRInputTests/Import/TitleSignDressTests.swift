import ARRCore
import Testing

@testable import ARRInput

/// Review 47b's title signs in other dress (R47b-10) and a title's several dates (R47b-7): the
/// sign words of the languages the importer reads, a title line a CSV split into any number of
/// cells, and an export stamp beside a period-end `as of`. Each with its twin. The cube is
/// ``PartialMonthSignTests/laterCut``: 9 of 20 accounts with nothing in November, a fall that
/// moves the as-of month to October ($252,000) only with a sign; read at November, $79,200.
@Suite struct TitleSignDressTests {
  /// The date after each language's sign word, read by the file's date reader (a German month
  /// name, a day with a dot); the twins: the word inside another (`Bestand`, `Total`), before
  /// no date (`per customer`), and a date opening a period, whose end is read (`du … au …`).
  @Test(arguments: [
    ("Stand: 12.12.2026", "12.12.2026" as String?),
    ("Umsatz je Kunde - Stand vom 12. Dezember 2026", "12. Dezember 2026"),
    ("Umsatz per 12.12.2026", "12.12.2026"),
    ("Revenu par client au 12/12/2026", "12/12/2026"),
    ("Revenu par client en date du 12/12/2026", "12/12/2026"),
    ("Ingresos por cliente a fecha de 12/12/2026", "12/12/2026"),
    ("Ingresos por cliente al 12/12/2026", "12/12/2026"),
    ("Revenue by customer - data through Dec 12, 2026", "Dec 12, 2026"),
    ("Revenue to date: 2026-12-12", "2026-12-12"),
    ("MRR up to 2026-12-12", "2026-12-12"),
    ("Revenu du 01/12/2026 au 31/12/2026", "31/12/2026"),
    ("MRR generated 2026-12-01 through 2026-12-31", "2026-12-31"),
    ("Bestand 2026-12-12", nil),
    ("Total 2026-12-12", nil),
    ("Revenue per customer 2026", nil),
    ("Stand-alone revenue by customer", nil),
  ])
  func aSignWordInAnyLanguageIsRead(title: String, date: String?) {
    #expect(TitleAsOf.dateText(in: title) == date, "\(title)")
  }

  /// Title lines a CSV split into any number of cells, each read joined: the export inside
  /// November moves the as-of month to October, $252,000 (c23, c20, c28, c21, c26's titles,
  /// which each read at the partial month, about half the headline).
  @Test(arguments: [
    "MRR by customer, as of Nov 12, 2026", "Umsatz je Kunde, Stand: 12. November 2026",
    "Revenue by customer, EUR, data through Nov 12, 2026", "Revenu par client au 12/11/2026",
  ])
  func aTitleInOtherDressDatesTheExportInsideTheMonth(title: String) throws {
    let c = try importCube(
      title + "\n\n" + PartialMonthSignTests.laterCut, options: ImportOptions(dateOrder: .dmy))
    #expect(c.asOf == Month(year: 2026, month: 10), "\(title)")
    #expect(c.log.findings.contains { $0.hasSuffix(CubeData.insideSuffix) }, "\(title)")
  }

  /// The twin of the joined line: a header whose cell says `as of` a date, over rows as wide
  /// as it, is no title (a snapshot's `ARR as of 2026-11-12` column): no line is read.
  @Test func aHeaderAsWideAsItsRowsIsNoTitleLine() {
    func table(_ lines: [[String]]) -> ImportTable {
      ImportTable(
        file: "t.csv",
        records: lines.enumerated().map {
          ImportTable.Record(line: $0.offset + 1, cells: $0.element)
        })
    }
    let snapshot = table([
      ["Customer", "ARR as of 2026-11-12", "Plan"], ["C1", "1200", "Pro"], ["C2", "2400", "Team"],
    ])
    #expect(TitleAsOf.titleLines(of: snapshot).isEmpty)
    #expect(TitleAsOf.find(in: snapshot) == nil)
    let titled = table([
      ["MRR by customer", " as of Nov 12", " 2026"],
      ["Customer", "Jun-26", "Jul-26", "Aug-26", "Sep-26", "Oct-26"],
    ])
    #expect(TitleAsOf.titleLines(of: titled).map(\.line) == [1])
    #expect(TitleAsOf.find(in: titled)?.text == "Nov 12, 2026")
  }

  /// R47b-7: a period-end `as of` beside an export stamp inside the month — the stamp, when
  /// the data was taken, wins: October, the finding quoting the title. The twin: the stamp after
  /// the month's last day agrees with the `as of`, so November is complete: $79,200, no range,
  /// the note on accounts leaving.
  @Test(arguments: [true, false])
  func anExportStampInsideTheMonthWinsOverAPeriodEndAsOf(isInside: Bool) throws {
    let stamp = isInside ? "2026-11-12 09:14" : "2026-12-02 08:00"
    let title = "Revenue by customer as of 2026-11-30 (exported \(stamp))"
    let c = try importCube(title + "\n\n" + PartialMonthSignTests.laterCut)
    #expect(c.asOf == Month(year: 2026, month: isInside ? 10 : 11))
    #expect(
      c.log.findings.contains {
        $0.hasSuffix("The title's \"\(title)\" dates the export inside it.")
      }
        == isInside)
    #expect(c.otherReadingAsOfMRR == nil)
    #expect(
      c.log.notes.contains { $0.contains("so the month is complete: of the 20 accounts") }
        == !isInside)
  }

  /// R47b-11: a month header whose note says the month is closed heads that month (the column
  /// was ignored and the as-of month moved back); the twins, a note saying the month runs on
  /// or a forecast, head none, as before.
  @Test(arguments: [
    ("Nov-26 (MTD closed 30 Nov)", true), ("Nov-26 (final)", true),
    ("November 2026 (month-end close)", true), ("Nov-26 (MTD)", false),
    ("Dec-26 (forecast)", false), ("Nov-26 (closed forecast)", false), ("(closed)", false),
  ])
  func aClosedNoteInAMonthHeaderHeadsTheMonth(header: String, isMonth: Bool) {
    let reading = MonthHeader.read(header)
    #expect(reading.isMonth == isMonth, "\(header)")
    if isMonth { #expect(reading.mdy?.month == 11, "\(header)") }
  }
}
