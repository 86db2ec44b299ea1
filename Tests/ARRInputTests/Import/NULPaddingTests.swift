import ARRCore
import Testing

@testable import ARRInput

/// A text file ending in NUL padding is refused naming the padding and where it starts, not a
/// cell of NULs (session 27, t27b lane; trial 25, T25-10).
@Suite struct NULPaddingTests {
  /// Two lines of text ("Customer,2024-01" and "A,1", each ended), then 4,096 NUL bytes
  /// starting at line 3, column 1.
  @Test func paddingAfterTheLastLineIsNamed() {
    let bytes = Array("Customer,2024-01\nA,1\n".utf8) + [UInt8](repeating: 0, count: 4_096)
    let error = #expect(throws: ARRQualityError.self) {
      try ImportTable.read(bytes, file: "nul_tail.csv")
    }
    #expect(
      error?.problems.map(\.description) == [
        "nul_tail.csv:3:1: the file ends in 4,096 NUL bytes (padding?) after its text: a copy or "
          + "download cut short, or a file written with room to spare; remove them (or export the "
          + "file again) and try again"
      ])
  }

  /// Padding after a last line with no line end starts within it: "A,1" then 2 NULs at 2:4.
  @Test func paddingWithinTheLastLine() {
    let bytes = Array("Customer,2024-01\nA,1".utf8) + [0, 0]
    let error = #expect(throws: ARRQualityError.self) {
      try ImportTable.read(bytes, file: "p.csv")
    }
    #expect(
      error?.problems.first?.description.hasPrefix("p.csv:2:4: the file ends in 2 NUL bytes")
        == true)
  }

  /// UTF-16LE text without a byte order mark ends in one NUL (`0A 00`): still the UTF-16
  /// message, and one NUL in a cell is still that cell's.
  @Test func utf16AndASingleNULAreNotPadding() {
    let utf16 = Array("Customer,2024-01\nA,1\n".utf16).flatMap {
      [UInt8($0 & 0xFF), UInt8($0 >> 8)]
    }
    let e16 = #expect(throws: ARRQualityError.self) { try ImportTable.read(utf16, file: "u.csv") }
    #expect(e16?.problems.first?.message.hasPrefix("the file is UTF-16") == true)
    #expect(ImportTable.nulPadding(Array("A,1\n".utf8) + [0], file: "x.csv") == nil)
  }
}
