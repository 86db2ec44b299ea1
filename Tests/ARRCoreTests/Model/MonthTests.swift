import Testing

@testable import ARRCore

@Suite struct MonthTests {
  @Test(arguments: [("2025-01", 2025, 1), ("1999-12", 1999, 12), ("0001-06", 1, 6)])
  func parsesAndPrints(text: String, year: Int, month: Int) throws {
    let m = try #require(Month(text))
    #expect(m.year == year)
    #expect(m.month == month)
    #expect(m.description == text)
  }

  @Test(arguments: [
    "2025-13", "2025-00", "2025-1", "25-01", "2025/01", "", "2025-01-01", "abcd-ef",
  ])
  func rejects(text: String) {
    #expect(Month(text) == nil)
  }

  @Test func arithmetic() throws {
    let dec = Month(year: 2024, month: 12)
    #expect(dec.adding(months: 1) == Month(year: 2025, month: 1))
    #expect(Month(year: 2025, month: 3).months(since: dec) == 3)
    #expect(dec.adding(months: -12) == Month(year: 2023, month: 12))
  }
}

@Suite struct CivilDateTests {
  @Test func roundTripsEveryDayOfSeveralYears() throws {
    var d = try #require(CivilDate("1999-12-31"))
    for _ in 0..<(366 * 30) {
      let back = try #require(CivilDate(d.description))
      #expect(back == d)
      d = CivilDate(daysSinceEpoch: d.daysSinceEpoch + 1)
    }
  }

  @Test func epochAndLeapDays() throws {
    #expect(CivilDate("1970-01-01")?.daysSinceEpoch == 0)
    #expect(CivilDate("2024-02-29") != nil)
    #expect(CivilDate("2025-02-29") == nil)
    #expect(CivilDate("1900-02-29") == nil)
    #expect(CivilDate("2000-02-29") != nil)
    let a = try #require(CivilDate("2025-03-01"))
    let b = try #require(CivilDate("2024-03-01"))
    #expect(a.days(since: b) == 365)
    #expect(CivilDate.lastDay(of: Month(year: 2024, month: 2)).description == "2024-02-29")
  }
}

@Suite struct SeededGeneratorTests {
  @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
    var a = SeededGenerator(seed: 42)
    var b = SeededGenerator(seed: 42)
    var c = SeededGenerator(seed: 43)
    let xs = (0..<100).map { _ in a.next() }
    #expect(xs == (0..<100).map { _ in b.next() })
    #expect(xs != (0..<100).map { _ in c.next() })
  }

  @Test func unitDrawsAreInRangeAndRoughlyUniform() {
    var g = SeededGenerator(seed: 7)
    let n = 100_000
    var sum = 0.0
    for _ in 0..<n {
      let u = g.nextUnit()
      #expect(u >= 0 && u < 1)
      sum += u
    }
    #expect(abs(sum / Double(n) - 0.5) < 0.01)
  }
}
