import ARRCore
import Testing

@testable import ARRInput

@Suite struct LookupHintTests {
  /// Rows grouped by account (or in the same account order every month) keep the guess on;
  /// shuffled rows turn it off after one window; ordered rows turn it back on a window later.
  @Test func guessesOnlyWhileGuessingPays() {
    var hint = LookupHint()
    #expect(hint.guess == -1)
    // The guess is the previous account's record (here ten bytes per account).
    for row in 0..<LookupHint.window { hint.found(row / 3, record: 10 * (row / 3)) }
    #expect(hint.isWorthTrying && hint.guess == 10 * ((LookupHint.window - 1) / 3))
    var rng = SeededGenerator(seed: 3)
    for _ in 0..<LookupHint.window { hint.found(Int(rng.next() % 1_000_000)) }
    #expect(!hint.isWorthTrying && hint.guess == -1)
    // Turned on again by accounts found without their record (looked up together): no guess
    // until a lookup gives one.
    for row in 0..<LookupHint.window { hint.found(row) }
    #expect(hint.isWorthTrying && hint.guess == -1)
    hint.found(LookupHint.window, record: 70)
    #expect(hint.guess == 70)
  }
}
