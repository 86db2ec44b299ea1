import ARRCore

extension ImportTable {
  /// The refusal of a text file that ends in a run of NUL bytes, or `nil` (session 27, t27b
  /// lane; trial 25, T25-10: a CSV with 4 KB of NUL padding after its data printed a cell of
  /// 4,096 `\u{0}` at 7:1 as "holds a NUL byte"). Padding is what a copy or download cut short,
  /// or a preallocated file, leaves; the message names it and where it starts, not a cell.
  ///
  /// At least 2 NULs at the very end, after text that is not UTF-16 (UTF-16 text in Latin
  /// letters ends in one NUL, `0A 00`, never two; a UTF-16 file keeps its own message).
  /// - Complexity: O(bytes) (the line count of the text before the padding).
  static func nulPadding(_ bytes: [UInt8], file: String) -> ARRQualityError? {
    var end = bytes.count
    while end > 0 && bytes[end - 1] == 0 { end -= 1 }
    let padding = bytes.count - end
    guard padding >= 2, end > 0, !UTF16Sniffing.isUTF16(bytes[..<end]) else { return nil }
    var line = 1
    var lineStart = 0
    for i in 0..<end where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return .data(
      "1 problem in \(file)",
      problems: [
        InputProblem(
          file: file, line: line, column: end - lineStart + 1,
          message: "the file ends in \(CountText.grouped(padding)) NUL bytes (padding?) after its "
            + "text: a copy or download cut short, or a file written with room to spare; remove "
            + "them (or export the file again) and try again")
      ])
  }
}
