import ARRCore
import Testing

@testable import ARRInput

@Suite struct MonthHeaderTests {
  /// Every header format of issue #12, item 3, read as January 2024.
  @Test(arguments: [
    "2024-01", "2024-01-31", "2024/01", "01/2024", "1/31/2024", "31/01/2024", "Jan-24", "Jan 24",
    "Jan 2024", "January 2024", "Jan-2024", "JAN-24", "jan 2024", "2024-1", "1/2024",
  ])
  func readsEveryFormat(text: String) {
    let r = MonthHeader.read(text)
    #expect(r.isMonth)
    #expect(!r.isAmbiguous)
    #expect((r.mdy ?? r.dmy) == Month(year: 2024, month: 1))
  }

  @Test(arguments: [
    "Customer", "Total", "2024", "Q1 2024", "13/2024", "2024-13", "32/01/2024", "", "FY24",
    // Digit runs too long for a date part, one beyond Int (found by the importer fuzzer).
    "99999999999999999999-01", "2024-00001", "202401-01",
  ])
  func rejectsNonMonths(text: String) {
    #expect(!MonthHeader.read(text).isMonth)
  }

  @Test func numericDatesWithSmallNumbersHaveTwoReadings() {
    let r = MonthHeader.read("01/02/2024")
    #expect(r.mdy == Month(year: 2024, month: 1))
    #expect(r.dmy == Month(year: 2024, month: 2))
    #expect(r.isAmbiguous)
  }

  private func layout(_ header: String, order: DateOrder? = nil) throws -> CubeLayout? {
    let table = try ImportTable.read(Array((header + "\nA,1,2,3,4\n").utf8), file: "cube.csv")
    return try CubeLayout.find(in: table, dateOrder: order)
  }

  @Test func theRowDecidesDayMonthOrder() throws {
    // Month-first reading gives Jan 2, Jan 3, Jan 4 (the same month): only day-first is consecutive.
    let dmy = try #require(try layout("Customer,02/01/2024,02/02/2024,02/03/2024,02/04/2024"))
    #expect(dmy.dateOrder == .dmy)
    #expect(dmy.months.map(\.month) == (1...4).map { Month(year: 2024, month: $0) })
    let mdy = try #require(try layout("Customer,01/31/2024,02/29/2024,03/31/2024,04/30/2024"))
    #expect(mdy.months.map(\.month) == (1...4).map { Month(year: 2024, month: $0) })
  }

  @Test func anUndecidableRowAsksForDateOrder() throws {
    // Month first: Jan, Feb, Mar, Apr; day first: Feb, Mar, Apr, May. Both consecutive.
    let header = "Customer,01/02/2024,02/03/2024,03/04/2024,04/05/2024"
    #expect {
      try layout(header)
    } throws: { e in
      (e as? ARRQualityError)?.message.contains("--date-order") == true
    }
    let given = try #require(try layout(header, order: .dmy))
    #expect(given.months.map(\.month) == (2...5).map { Month(year: 2024, month: $0) })
    // Both readings giving the same months need no order.
    let same = try #require(try layout("Customer,01/01/2024,02/02/2024,03/03/2024"))
    #expect(same.dateOrder == nil)
  }

  @Test func aGapNamesTheTwoHeaders() throws {
    #expect {
      try layout("Customer,Jan-24,Feb-24,Apr-24,May-24")
    } throws: { e in
      let m = (e as? ARRQualityError)?.message ?? ""
      return m.contains("\"Feb-24\"") && m.contains("\"Apr-24\"") && m.contains("not consecutive")
        && m.hasPrefix("cube.csv:1")
    }
  }

  @Test func newestFirstIsReadOldestFirst() throws {
    let l = try #require(try layout("Customer,Apr 2024,Mar 2024,Feb 2024,Jan 2024"))
    #expect(l.months.map(\.month) == (1...4).map { Month(year: 2024, month: $0) })
    #expect(l.months.map(\.column) == [4, 3, 2, 1])
  }

  @Test func metadataColumnsAreRecognisedByHeader() throws {
    let l = try #require(
      try layout(
        "Customer ID,Client,Segment,Plan type,Billing frequency,Customer since,Renewal date,"
          + "Owner,2024-01,2024-02,2024-03"))
    #expect(l.roles[.id] == 0)
    #expect(l.roles[.name] == 1)
    #expect(l.roles[.segment] == 2)
    #expect(l.roles[.contractType] == 3)
    #expect(l.roles[.billingCadence] == 4)
    #expect(l.roles[.startDate] == 5)
    #expect(l.roles[.endDate] == 6)
    #expect(l.ignored == ["Owner"])
  }

  /// A date cell (start, end) whose parts are digit runs too long for any date is no date, in
  /// every position and order; the fuzzer found a 20-digit part, which did not fit an `Int`.
  @Test(arguments: [
    "2024-01-99999999999999999999", "99999999999999999999-01-15", "1/99999999999999999999/2024",
    "31/01/99999999999999999999", "12345-01-15",
  ])
  func aDateWithAnOverlongPartIsNoDate(text: String) {
    for order in [nil, DateOrder.mdy, .dmy] {
      #expect(MonthHeader.date(text, order: order) == nil)
    }
    #expect(MonthHeader.date("2024-01-15", order: nil) == CivilDate(year: 2024, month: 1, day: 15))
  }
}
