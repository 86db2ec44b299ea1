#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `strerror` as a Swift string.
/// - Parameter code: An `errno` value.
/// - Returns: Its description, e.g. `No space left on device`.
public func describeErrno(_ code: Int32) -> String {
  guard let s = strerror(code) else { return "error \(code)" }
  return String(cString: s)
}

/// Thin wrappers over the C calls whose names clash with Swift methods or that need a constant
/// the C headers hide from Swift.
enum System {
  #if canImport(Glibc)
    static func read(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int {
      Glibc.read(fd, p, n)
    }
    static func write(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int {
      Glibc.write(fd, p, n)
    }
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
      Glibc.open(path, flags, mode)
    }
    static func close(_ fd: Int32) -> Int32 { Glibc.close(fd) }
    static func rename(_ a: String, _ b: String) -> Int32 { Glibc.rename(a, b) }
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), not exported to Swift by Glibc. The same value
    /// on x86-64 and arm64.
    static let temporaryFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY
  #elseif canImport(Darwin)
    static func read(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int {
      Darwin.read(fd, p, n)
    }
    static func write(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int {
      Darwin.write(fd, p, n)
    }
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
      Darwin.open(path, flags, mode)
    }
    static func close(_ fd: Int32) -> Int32 { Darwin.close(fd) }
    static func rename(_ a: String, _ b: String) -> Int32 { Darwin.rename(a, b) }
  #endif

  /// `fstat` of `fd`, or `nil`.
  static func status(_ fd: Int32) -> stat? {
    var st = stat()
    return fstat(fd, &st) == 0 ? st : nil
  }

  /// `lstat` of `path` (a symbolic link is not followed), or `nil` when it does not exist.
  static func linkStatus(_ path: String) -> stat? {
    var st = stat()
    return lstat(path, &st) == 0 ? st : nil
  }

  /// The file type bits of `st`.
  static func type(_ st: stat) -> mode_t { st.st_mode & S_IFMT }

  /// The process's umask (read by setting and restoring it, the only portable way).
  static func umask() -> mode_t {
    #if canImport(Glibc)
      let m = Glibc.umask(0o022)
      _ = Glibc.umask(m)
    #else
      let m = Darwin.umask(0o022)
      _ = Darwin.umask(m)
    #endif
    return m
  }

  /// The folder part of `path` (`.` for a bare name) and the last component.
  static func split(_ path: String) -> (directory: String, name: String) {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
    let directory = trimmed[..<slash]
    return (
      directory.isEmpty ? "/" : String(directory), String(trimmed[trimmed.index(after: slash)...])
    )
  }
}
