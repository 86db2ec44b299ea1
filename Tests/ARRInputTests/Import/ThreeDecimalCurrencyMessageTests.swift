import ARRCore
import Testing

@testable import ARRInput

/// A three-decimal amount in a file whose currency has 3 decimals (KWD) is refused with the
/// currency's reason and no `--decimal-comma` hint, which would read `12.345` as 12,345 (trial
/// 30, T30-9: following that hint read every amount 1,000× too high).
@Suite struct ThreeDecimalCurrencyMessageTests {
  func problems(currency: String?) throws -> [InputProblem] {
    var options = ImportOptions()
    options.currency = currency
    let text = "customer_id,month,mrr\nK,2023-01,12.345\nK,2023-02,12.345\n"
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read(
        [Importer.SourceFile(name: "kwd.csv", bytes: Array(text.utf8))], options: options)
    }
    return error.problems
  }

  @Test func kwdSaysItsThreeDecimalsAndNoDecimalComma() throws {
    let first = try #require(try problems(currency: "KWD").first)
    #expect(first.line == 2)
    #expect(
      first.message
        == "\"12.345\" has more than 2 decimals: KWD has 3 decimals (fils), but amounts are kept to 2 "
        + "(cents); round each to 2 decimals (a change of at most 0.005 KWD), or convert the "
        + "amounts to another currency")
  }

  /// Without a three-decimal currency both readings are said, the decimal comma's with its
  /// size (trial 32, T32-24: the hint alone led to every amount read 1,000× too high).
  @Test func otherwiseBothReadingsAreSaid() throws {
    let first = try #require(try problems(currency: nil).first)
    #expect(
      first.message
        == "\"12.345\" has 3 decimals: with a decimal point it is not a whole cent (an amount "
        + "computed, e.g. an annual price ÷ 12: round the column to 2 decimals); only if \".\" "
        + "groups thousands (the file writes 1.234,50) use --decimal-comma, which reads it 1,000 "
        + "times larger")
  }
}
