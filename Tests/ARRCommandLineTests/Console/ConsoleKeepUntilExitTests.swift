import Testing

@testable import ARRCommandLine

/// `Console.keepUntilExit`: only a console whose process ends with the command keeps what it is
/// handed; any other frees it as usual.
@Suite struct ConsoleKeepUntilExitTests {
  /// Counts its deinitialisations.
  final class Tracked: @unchecked Sendable {
    let onFree: () -> Void
    init(onFree: @escaping () -> Void) { self.onFree = onFree }
    deinit { onFree() }
  }

  /// Hands a fresh object to `console.keepUntilExit` inside a scope that then drops it, and
  /// tells whether it was freed when the scope ended.
  static func isFreed(by console: Console) -> Bool {
    var freed = false
    do {
      let value = Tracked { freed = true }
      console.keepUntilExit([value])
    }
    return freed
  }

  static func console(isProcessEnding: Bool) -> Console {
    var c = Console(standardOutput: BufferStream(), standardError: BufferStream())
    c.isProcessEnding = isProcessEnding
    return c
  }

  @Test func aConsoleWhoseProcessGoesOnFreesWhatItIsHanded() {
    #expect(Self.console(isProcessEnding: false).isProcessEnding == false)
    #expect(Self.isFreed(by: Self.console(isProcessEnding: false)))
  }

  @Test func aConsoleWhoseProcessEndsKeepsItForTheExit() {
    #expect(!Self.isFreed(by: Self.console(isProcessEnding: true)))
  }
}
