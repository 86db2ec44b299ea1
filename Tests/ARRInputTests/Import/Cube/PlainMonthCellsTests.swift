import ARRCore
import Testing

@testable import ARRInput

/// The month cells read once from their bytes (``PlainMonthCells``) against the rules' own
/// readings they stand in for: the amount reader (``AmountCells/hundredths(_:currency:)``), the
/// decimal mark's evidence (``CubeMoney/evidence(_:)``), and the off-cent and currency tests the
/// cube reader skips for a cell read here.
@Suite struct PlainMonthCellsTests {
  /// One row of `cells` in columns 0, 1, ….
  func plain(_ cells: [String]) -> PlainMonthCells {
    PlainMonthCells(
      [ImportTable.Record(line: 2, cells: cells)], columns: Array(cells.indices))
  }

  func amounts(_ unit: AmountUnit, isDecimalComma: Bool = false) -> AmountCells {
    AmountCells(unit: unit, isDecimalComma: isDecimalComma, reason: "", currency: nil)
  }

  /// Cells by hand: what each reads, in major units.
  @Test func readsCellsByHand() {
    let cells = plain(["7766.28", "120", "0.5", "", "1,234.50", "$12", "-5", " 7", "7.", ".5"])
    let read = (0..<10).map { cells.hundredths(row: 0, slot: $0, amounts: amounts(.units)) }
    #expect(read == [776_628, 12_000, 50, 0, nil, nil, nil, nil, nil, nil])
    #expect(cells.kind(row: 0, slot: 0) == .pointFraction)
    #expect(cells.kind(row: 0, slot: 1) == .digits)
    #expect(cells.kind(row: 0, slot: 3) == .blank)
    #expect(cells.kind(row: 0, slot: 4) == .other)
    #expect(cells.hasCell(row: 0))
    #expect(!plain(["", ""]).hasCell(row: 0))
  }

  /// A `.` fraction says nothing under a decimal comma; whole numbers read the same; thousands
  /// multiply; cents are left to the reference (a currency's own minor unit decides).
  @Test func followsTheUnitAndTheDecimalMark() {
    let cells = plain(["7766.28", "120"])
    let comma = amounts(.units, isDecimalComma: true)
    #expect(cells.hundredths(row: 0, slot: 0, amounts: comma) == nil)
    #expect(cells.hundredths(row: 0, slot: 1, amounts: comma) == 12_000)
    #expect(cells.hundredths(row: 0, slot: 1, amounts: amounts(.thousands)) == 12_000_000)
    #expect(cells.hundredths(row: 0, slot: 1, amounts: amounts(.cents)) == nil)
    #expect(cells.evidence(row: 0, slot: 0) == .decimalPoint)
    #expect(cells.evidence(row: 0, slot: 1) == CubeMoney.Evidence.none)
  }

  /// Random cells over digits, marks, signs, currency and spaces, seeded: whenever the plain
  /// reading says something it is the reference's, and the tests it skips would say nothing.
  @Test func agreesWithTheReferenceOnRandomCells() throws {
    let alphabet = Array("0123456789012345678901234567890123456789..,,-$ €()")
    var random = SeededGenerator(seed: 46)
    var texts = [String]()
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...19, using: &random)
      texts.append(String((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
    }
    let cells = PlainMonthCells(
      texts.indices.map { ImportTable.Record(line: $0 + 2, cells: [texts[$0]]) }, columns: [0])
    var readHere = 0
    for (row, text) in texts.enumerated() {
      #expect((cells.kind(row: row, slot: 0) == .blank) == text.isEmpty, "\(text)")
      if let evidence = cells.evidence(row: row, slot: 0) {
        #expect(evidence == CubeMoney.evidence(text), "\(text)")
        #expect(!CubeMoney.isRoundedToCent(text), "\(text)")
        #expect(CubeMoney.currency(text) == nil, "\(text)")
      }
      for unit in [AmountUnit.units, .thousands, .cents] {
        for isDecimalComma in [false, true] {
          let reading = amounts(unit, isDecimalComma: isDecimalComma)
          guard let v = cells.hundredths(row: row, slot: 0, amounts: reading) else { continue }
          readHere += 1
          #expect(v == (try? reading.hundredths(text)), "\(text)")
          #expect(v == (try? reading.hundredths(text, currency: "JPY")), "\(text)")
        }
      }
    }
    // The generator reaches the fast path often enough to test it.
    #expect(readHere > 5_000)
  }
}
