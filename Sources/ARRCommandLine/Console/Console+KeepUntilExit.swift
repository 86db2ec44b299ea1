extension Console {
  /// Keeps `value` alive until the process ends, when it ends as soon as the command returns
  /// (``isProcessEnding``); otherwise does nothing.
  ///
  /// A command's results are freed when it returns, one allocation at a time: at a million
  /// accounts that is every account and its strings, the revenue matrix and the analysis's
  /// arrays, about 0.1 s of a 3 s run spent after the report is written (`strace`: from the
  /// report's rename to `exit_group`). The kernel takes the whole address space back at exit
  /// anyway, in one go. Compilers do the same (Clang's `-disable-free`). Tests and embedders
  /// keep `isProcessEnding` false and free everything as usual.
  /// - Parameter value: What to leave for the exit: a value holding the results.
  public func keepUntilExit<Value>(_ value: Value) {
    guard isProcessEnding else { return }
    // One retain that is never released: the value and everything it holds outlive the
    // command, and the process ends before anything would read them again.
    _ = Unmanaged.passRetained(ExitHeld(value))
  }
}

/// A box for ``Console/keepUntilExit(_:)``: a class, so one unbalanced retain keeps the value.
private final class ExitHeld<Value> {
  let value: Value

  init(_ value: Value) { self.value = value }
}
