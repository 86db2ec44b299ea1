import Testing

@testable import ARRWorkbook

/// A number format code's first section scanned into tokens once (``FormatToken``), the one
/// rule both the date and the style readings use.
@Suite struct FormatTokenTests {
  /// Quotes, escapes and brackets each make one token; the second section is not read.
  @Test func tokensOfACurrencyFormatWithAColourSection() {
    #expect(
      FormatToken.firstSection(of: "[$€-407]\"£\"\\$_)0%;[Red]-0")
        == [
          .bracket("$€-407"), .quoted("£"), .escaped("$"), .escaped(")"), .character("0"),
          .character("%"),
        ])
  }

  /// A `;` inside quotes or brackets does not end the section; a quote left open gives no token.
  @Test func aSemicolonInQuotesOrBracketsIsText() {
    #expect(
      FormatToken.firstSection(of: "\"a;b\"[<0;1]d\"open")
        == [.quoted("a;b"), .bracket("<0;1"), .character("d")])
  }

  /// An escaped `%` is shown, not a percent format; an escaped `d` is no date.
  @Test func escapedCharactersAreNotFormatLetters() {
    #expect(NumberFormat.style(formatCode: "0\\%") == .plain)
    #expect(NumberFormat.isDate(formatCode: "0\\d") == false)
    #expect(NumberFormat.isDate(formatCode: "[h]:mm") == false)
    #expect(NumberFormat.isDate(formatCode: "mmm-yy;@") == true)
  }
}
