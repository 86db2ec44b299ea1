import ARRCore
import Testing

@testable import ARRInput

/// ``PlainNumber`` against the reference parsers: wherever it answers, its value is theirs, bit
/// for bit; it answers for the common forms.
@Suite struct PlainNumberTests {
  /// `cell` as the batched reader sees it: its bytes then others (the rest of the record), one
  /// word from its start.
  private func word(_ cell: String, then rest: String = ",9,x\n") -> (UInt64, Int) {
    var bytes = Array(cell.utf8) + Array(rest.utf8)
    while bytes.count < 8 { bytes.append(0x37) }
    let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    return (UInt64(littleEndian: w), cell.utf8.count)
  }

  /// Every fast answer for `cell` against the reference's.
  private func check(_ cell: String) {
    for rest in [",9,x\n", "\n", "9999999", "......."] {
      let (w, n) = word(cell, then: rest)
      if let v = PlainNumber.cents(w, count: n) {
        #expect((try? MoneyParser.nonNegativeCents(cell)) == v, "cents \(cell)")
      }
      if let v = PlainNumber.count(w, count: n) {
        #expect((try? ScalarParsers.count(cell)) == v, "count \(cell)")
      }
      if let v = PlainNumber.activity(w, count: n) {
        guard case .number(let r) = ActivityValue.read(cell) else {
          Issue.record("activity \(cell): the reference reads no number")
          continue
        }
        #expect(r.bitPattern == v.bitPattern, "activity \(cell)")
      }
      if let v = PlainNumber.month(w, count: n) {
        #expect(ScalarParsers.month(cell) == v, "month \(cell)")
      }
    }
  }

  @Test func answersTheCommonFormsAsTheReferenceDoes() {
    for cell in ["0", "7", "49", "49.9", "49.98", "3438.50", "16666.68", "99999999", "00012"] {
      let (w, n) = word(cell)
      #expect(PlainNumber.activity(w, count: n) != nil, "\(cell)")
      check(cell)
    }
    for cell in ["0", "49", "49.9", "49.98", "12345.67", "123456.8", "0.05"] {
      let (w, n) = word(cell)
      #expect(PlainNumber.cents(w, count: n) != nil, "\(cell)")
    }
    for cell in ["0", "958", "43025", "12345678"] {
      let (w, n) = word(cell)
      #expect(PlainNumber.count(w, count: n) != nil, "\(cell)")
    }
    for cell in ["2023-06", "1900-01", "2999-12"] {
      let (w, n) = word(cell)
      #expect(PlainNumber.month(w, count: n) != nil, "\(cell)")
      check(cell)
    }
  }

  @Test func leavesEveryOtherFormToTheReference() {
    for cell in [
      "", ".", "5.", ".5", "49.999", "-1", "+1", "$5", "1,234", "1 2", "123456789", "12.3.4",
      "n/a", "N/A", "1e3", "0x10", "2023-6", "2023-13", "2023-00", "1899-12", "3000-01",
      "20230-1", "2023/06",
    ] {
      let (w, n) = word(cell)
      if let v = PlainNumber.cents(w, count: n) {
        #expect((try? MoneyParser.nonNegativeCents(cell)) == v, "cents \(cell)")
      }
      check(cell)
    }
    #expect(PlainNumber.cents(word("49.999").0, count: 6) == nil)
    #expect(PlainNumber.cents(word("5.").0, count: 2) == nil)
    #expect(PlainNumber.cents(word(".5").0, count: 2) == nil)
    #expect(PlainNumber.count(word("123456789").0, count: 9) == nil)
    #expect(PlainNumber.month(word("2023-13").0, count: 7) == nil)
  }

  @Test func agreesWithTheReferenceOnRandomCells() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    let alphabet = Array("0123456789012345678901234567890123456789..-,$ ea/")
    for _ in 0..<200_000 {
      let n = next() % 10
      check(String((0..<n).map { _ in alphabet[next() % alphabet.count] }))
    }
    // Decimals whose quotient rounds: every split of seven and eight digits.
    for digits in ["1234567", "9999999", "3333333", "12345678", "99999999", "10000001"] {
      for p in 1..<digits.count {
        var cell = digits
        cell.insert(".", at: cell.index(cell.startIndex, offsetBy: p))
        check(String(cell.prefix(8)))
      }
    }
    for year in [1899, 1900, 2024, 2999, 3000] {
      for month in 0...13 {
        check("\(year)-\(month < 10 ? "0" : "")\(month)")
      }
    }
    // Month-shaped cells (`YYYY-MM`, any digits, some byte replaced), whose dash and following
    // byte the fast month check covers by substitution.
    let odd = Array("/:-0 a.")
    for _ in 0..<50_000 {
      var cell = Array(String(format4(next() % 10_000)) + "-" + String(format2(next() % 20)))
      if next() % 4 == 0 { cell[next() % 7] = odd[next() % odd.count] }
      check(String(cell))
    }
  }

  /// ``PlainNumber/date(_:_:)`` of a ten-byte cell, as ``ScalarParsers/date(_:)`` loads it.
  private func fastDate(_ cell: String) -> CivilDate? {
    let bytes = Array(cell.utf8)
    precondition(bytes.count == 10)
    return bytes.withUnsafeBytes {
      PlainNumber.date(
        UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)),
        UInt16(littleEndian: $0.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
    }
  }

  private func referenceDate(_ cell: String) -> CivilDate? {
    FieldText.withBytes(cell) { ScalarParsers.dateReference($0) }
  }

  /// Dates by hand: the day count of each is `CivilDate`'s (1970-01-01 is day 0), a day that
  /// does not exist is none, and any other form is left to the reference.
  @Test func datesByHand() {
    #expect(fastDate("1970-01-01")?.daysSinceEpoch == 0)
    #expect(fastDate("2022-12-01")?.daysSinceEpoch == 19_327)
    #expect(fastDate("2024-02-29")?.daysSinceEpoch == 19_782)
    for cell in ["2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-1-010"] {
      #expect(fastDate(cell) == nil, "\(cell)")
      #expect(ScalarParsers.date(cell) == nil, "\(cell)")
    }
    for cell in [" 2023-1-01", "2023/01/01", "2023-01-1 ", "20230-1-01", "2023-01-0a"] {
      #expect(fastDate(cell) == nil, "\(cell)")
    }
    #expect(ScalarParsers.date(" 2022-12-01 ")?.daysSinceEpoch == 19_327)
  }

  /// Wherever the fast date answers, it is the reference's; and ``ScalarParsers/date(_:)``
  /// is the reference's on every cell.
  @Test func datesAgreeWithTheReferenceOnRandomCells() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    let odd = Array("/:-0 a.9")
    var answered = 0
    for _ in 0..<100_000 {
      var cell = Array(
        format4(next() % 10_000) + "-" + format2(next() % 14) + "-" + format2(next() % 33))
      if next() % 4 == 0 { cell[next() % 10] = odd[next() % odd.count] }
      let text = String(cell)
      let reference = referenceDate(text)
      if let fast = fastDate(text) {
        answered += 1
        #expect(fast == reference, "\(text)")
      }
      #expect(ScalarParsers.date(text) == reference, "\(text)")
    }
    #expect(answered > 40_000)
  }

  private func format4(_ n: Int) -> String { String(String(n + 10_000).dropFirst()) }
  private func format2(_ n: Int) -> String { String(String(n + 100).dropFirst()) }
}
