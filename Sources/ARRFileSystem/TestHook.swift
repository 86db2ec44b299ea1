#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A test-only pause in the write path, so kill tests hit the window between "every byte is
/// written" and "the rename" every time, however loaded the machine.
///
/// When the environment variable `ARR_QUALITY_TEST_PAUSE_BEFORE_RENAME` names a file, every
/// commit (``OutputFile/commit(_:)``, ``OutputDirectory/replace(_:with:isOwned:)``) creates that
/// file once all its data is flushed and before any rename, then waits up to 60 seconds (a
/// signal ends the wait; the tests send one). Never set it outside tests.
enum TestHook {
  static let variable = "ARR_QUALITY_TEST_PAUSE_BEFORE_RENAME"

  static func pauseBeforeRename() {
    guard let p = getenv(variable), p.pointee != 0 else { return }
    let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if fd >= 0 { close(fd) }
    for _ in 0..<6_000 { usleep(10_000) }
  }
}
