import Testing

@testable import ARRCore

@Suite struct JSONWriterTests {
  private func written(_ body: (inout JSONWriter) -> Void) -> String {
    var w = JSONWriter()
    body(&w)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  @Test func prettyLayoutIndentsTwoSpacesPerLevel() {
    let v = JSONValue.object([
      ("a", .array([.int(1), .object([])])), ("b", .array([])), ("c", .object([("d", .null)])),
    ])
    let expected = """
      {
        "a": [
          1,
          {}
        ],
        "b": [],
        "c": {
          "d": null
        }
      }

      """
    #expect(v.serialized() == expected)
    #expect(v.serialized(pretty: false) == #"{"a":[1,{}],"b":[],"c":{"d":null}}"#)
  }

  @Test(arguments: [
    ("plain", #""plain""#), ("say \"hi\"", #""say \"hi\"""#), ("a\\b", #""a\\b""#),
    ("line\nnext\r\ttab", #""line\nnext\r\ttab""#), ("\u{01}\u{1f}", #""\u0001\u001f""#),
    ("héllo 😀", "\"héllo 😀\""), ("\u{7f}", "\"\u{7f}\""),
  ])
  func stringsEscapeQuotesBackslashesAndControls(input: String, expected: String) {
    #expect(written { $0.string(input) } == expected)
  }

  @Test(arguments: [
    (Int64(0), "0.00"), (5, "0.05"), (-5, "-0.05"), (123_450, "1234.50"), (100, "1.00"),
    (Int64.max, "92233720368547758.07"), (Int64.min, "-92233720368547758.08"),
  ])
  func moneyHasTwoDecimals(cents: Int64, expected: String) {
    #expect(written { $0.money(cents) } == expected)
  }

  @Test(arguments: [Int64(0), 7, -7, 1_000_000, Int64.max, Int64.min])
  func integersMatchTheStandardLibrary(v: Int64) {
    #expect(written { $0.integer(v) } == String(v))
  }

  @Test func doublesPrintShortestAndWholeNumbersPlain() {
    #expect(written { $0.double(1.08) } == "1.08")
    #expect(written { $0.double(-2500) } == "-2500")
    #expect(written { $0.double(-0.0) } == "0")
    #expect(written { $0.double(.nan) } == "null")
    #expect(written { $0.double(.infinity) } == "null")
    #expect(written { $0.double(1e20) } == "1e+20")
  }

  /// `decimal(_:places:)` is the fast path for rounded ratios; it must print exactly what
  /// `double` prints for the rounded value, for every magnitude and sign.
  @Test(arguments: [1, 2, 3, 4])
  func decimalMatchesDoubleOfTheRoundedValue(places: Int) {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    var rng = SeededGenerator(seed: UInt64(places))
    var values: [Double] = [0, -0.0, 0.5, -0.5, 0.05, 0.00005, 99.95, 100, 1e-9, 123_456.789_012]
    for _ in 0..<20_000 {
      let magnitude = [1.0, 100, 1e6, 1e-3, 1e14][Int.random(in: 0..<5, using: &rng)]
      values.append(Double.random(in: -magnitude...magnitude, using: &rng))
    }
    for v in values {
      let rounded = (v * scale).rounded(.toNearestOrAwayFromZero) / scale
      let fast = written { $0.decimal(v, places: places) }
      let reference = written { $0.double(rounded) }
      #expect(fast == reference, "\(v) at \(places) places")
      if fast != reference { break }
    }
  }

  /// Fixed decimals keep trailing zeros, round half away from zero, and drop the sign of a
  /// value that rounds to zero.
  @Test(arguments: [
    (0.5, 4, "0.5000"), (1.0 / 3, 4, "0.3333"), (2.0 / 3, 4, "0.6667"), (-1.25, 1, "-1.3"),
    (1.25, 1, "1.3"), (2.5, 0, "3"), (-0.00004, 4, "0.0000"), (-0.00005, 4, "-0.0001"),
    (99.95, 1, "100.0"), (1234567.891, 2, "1234567.89"), (0, 6, "0.000000"),
  ])
  func fixedKeepsItsPlaces(value: Double, places: Int, expected: String) {
    #expect(written { $0.fixed(value, places: places) } == expected)
  }

  @Test func fixedOfNonFiniteIsEmpty() {
    #expect(written { $0.fixed(.nan, places: 2) } == "")
    #expect(written { $0.fixed(-.infinity, places: 4) } == "")
  }

  @Test func decimalOfNonFiniteIsNull() {
    #expect(written { $0.decimal(.nan, places: 2) } == "null")
    #expect(written { $0.decimal(-.infinity, places: 2) } == "null")
  }
}
