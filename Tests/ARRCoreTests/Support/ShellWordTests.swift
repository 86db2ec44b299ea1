import Testing

@testable import ARRCore

/// Paths and sheet names in suggested commands are one shell word each (session 27, t27b lane;
/// trial 25, T25-9). Every expected word below is written by hand as a POSIX shell reads it.
@Suite struct ShellWordTests {
  /// Plain words stay as they are, so ordinary hints read as before.
  @Test(arguments: [
    "room/ravenstack_subscriptions.csv", "MRR", "/tmp/a-b_c.d", "2024-12", "x=1,y:2+@%",
  ])
  func plainWordsAreUnchanged(word: String) {
    #expect(ShellWord.quoted(word) == word)
  }

  @Test func spacesParenthesesDollarsAndEmojiAreSingleQuoted() {
    #expect(
      ShellWord.quoted("room/Kunden MRR – Übersicht 2024 (final) 📈.csv")
        == "'room/Kunden MRR – Übersicht 2024 (final) 📈.csv'")
    #expect(ShellWord.quoted("$HOME/x.csv") == "'$HOME/x.csv'")
    #expect(ShellWord.quoted("a`b`") == "'a`b`'")
    #expect(ShellWord.quoted("Rep 000") == "'Rep 000'")
    #expect(ShellWord.quoted("Übersicht") == "'Übersicht'")
    #expect(ShellWord.quoted("~/x") == "'~/x'")
    #expect(ShellWord.quoted("a*b?") == "'a*b?'")
    #expect(ShellWord.quoted("") == "''")
  }

  /// A quote inside closes the quotes, adds an escaped quote and reopens them:
  /// `O'Brien's.csv` → `'O'\''Brien'\''s.csv'`.
  @Test func aQuoteInsideIsClosedEscapedAndReopened() {
    #expect(ShellWord.quoted("O'Brien's.csv") == "'O'\\''Brien'\\''s.csv'")
    #expect(ShellWord.quoted("'") == "''\\'''")
    #expect(ShellWord.quoted("say \"hi\"") == "'say \"hi\"'")
  }
}
