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

  /// The eight-bytes-at-a-time scan finds exactly the bytes a byte-by-byte scan finds: one
  /// byte of each kind (and its neighbours) at every position of strings up to 24 bytes,
  /// then random bytes.
  @Test func escapeScanMatchesAByteByByteScan() {
    func reference(_ b: [UInt8]) -> Bool { b.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
    func scan(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer { JSONWriter.needsEscaping($0) } }
    let probes: [UInt8] = [
      0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xFF,
    ]
    for length in 0...24 {
      for filler: UInt8 in [0x61, 0xA2] {
        let plain = [UInt8](repeating: filler, count: length)
        #expect(scan(plain) == false)
        for at in 0..<length {
          for probe in probes {
            var bytes = plain
            bytes[at] = probe
            #expect(scan(bytes) == reference(bytes), "\(probe) at \(at) of \(length)")
          }
        }
      }
    }
    var rng = SeededGenerator(seed: 17)
    for _ in 0..<5_000 {
      let bytes = (0..<Int.random(in: 0..<40, using: &rng)).map { _ in
        UInt8.random(in: 0x1C...0xFF, using: &rng)
      }
      #expect(scan(bytes) == reference(bytes))
    }
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
  @Test(arguments: [1, 2, 3, 4, 5, 6])
  func decimalMatchesDoubleOfTheRoundedValue(places: Int) {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    var rng = SeededGenerator(seed: UInt64(places))
    var values: [Double] = [
      0, -0.0, 0.5, -0.5, 0.05, 0.00005, 99.95, 100, 1e-9, 123_456.789_012, 0.0001, -0.0001,
      0.000_099_5, 0.000_012, 0.965_25, 0.999_999_5, 1e-6, -0.000_05,
    ]
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
    (1.0, 4, "1.0000"), (0.99996, 4, "1.0000"), (-1.0, 4, "-1.0000"), (1.0, 0, "1"), (0.0, 0, "0"),
    (-0.4, 0, "0"), (0.99999, 6, "0.999990"),
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
