import Testing

@testable import ARRCore

/// UTF-16 by a byte order mark or by NULs between letters; a stray NUL in UTF-8 is not.
@Suite struct UTF16SniffingTests {
  static func utf16LE(_ s: String) -> [UInt8] { Array(s.utf8).flatMap { [$0, 0] } }

  @Test func byteOrderMarksAndNULsBetweenLettersAreUTF16() {
    #expect(UTF16Sniffing.isUTF16([0xFF, 0xFE] + Self.utf16LE("a,b\n")))
    #expect(UTF16Sniffing.isUTF16([0xFE, 0xFF, 0, 0x61]))
    #expect(UTF16Sniffing.isUTF16(Self.utf16LE("account_id,month,mrr\n")))
  }

  @Test func utf8WithAStrayNULIsNot() {
    #expect(!UTF16Sniffing.isUTF16(Array("account_id,month,mrr\nA1,2024-01,1\u{0}\n".utf8)))
    #expect(!UTF16Sniffing.isUTF16(Array("\u{FEFF}account_id\n".utf8)))
    #expect(!UTF16Sniffing.isUTF16([UInt8]()))
    #expect(!UTF16Sniffing.isUTF16([0]))
  }
}
