import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads input files whole: small JSON inputs (weights, scenarios, `company.json`, cohort
/// triangles), and any input that is not a regular file.
///
/// - A regular file is read after checking its size against `limit`, so a huge file is refused
///   before any byte is read.
/// - A pipe, FIFO or socket (`/dev/stdin` redirected from a pipe, `<(…)`) is read as a stream
///   into memory, at most `limit` bytes. A FIFO is opened without blocking: with no writer the
///   read waits ``writerWait`` for one to appear, then fails with a clear message instead of
///   hanging.
/// - `-` is standard input, read as a stream whatever it is.
/// - A folder, a device (`/dev/zero`, a terminal) or anything else is refused.
public enum InputFile {
  /// What the input is.
  public enum Kind: Sendable, Equatable {
    /// A regular file of this many bytes.
    case regular(size: Int)
    /// A pipe, FIFO or socket, read as a stream.
    case stream
  }

  /// Largest JSON input (weights, scenario, `company.json`): 16 MiB, far above any real one
  /// (they are a few hundred bytes) and small enough that a mistaken path costs nothing.
  public static let jsonLimit = 16 << 20
  /// Largest CSV read from a pipe into memory: 4 GiB (a regular file is streamed from disk and
  /// has no limit beyond the matrix's).
  public static let streamLimit = 4 << 30
  /// How long a FIFO may go without a writer before the read gives up, in milliseconds.
  public static let writerWait = 2_000

  /// The bytes of `path` (`-` for standard input).
  /// - Parameters:
  ///   - path: The file, or `-`.
  ///   - limit: The largest size accepted, in bytes.
  /// - Returns: The bytes.
  /// - Throws: `ARRQualityError` `.missingInput` when it is missing, unreadable, a folder, a
  ///   device or a FIFO with no writer; `.invalidData` when it is larger than `limit`.
  /// - Complexity: O(size).
  public static func read(_ path: String, limit: Int = jsonLimit) throws(ARRQualityError)
    -> [UInt8]
  {
    if path == "-" { return try readStream(0, name: "standard input", limit: limit, isFIFO: false) }
    let (fd, kind) = try open(path)
    defer { _ = System.close(fd) }
    switch kind {
    case .regular(let size):
      try check(size: size, limit: limit, path: path)
      return try readStream(fd, name: path, limit: limit, isFIFO: false)
    case .stream:
      let isFIFO = System.status(fd).map { System.type($0) == S_IFIFO } ?? false
      return try readStream(fd, name: path, limit: limit, isFIFO: isFIFO)
    }
  }

  /// Standard input (`-`), read to its end, at most `limit` bytes; refused when it is a terminal
  /// (nothing piped in: the read would wait for typing).
  /// - Parameter check: As ``readAll(_:name:limit:check:)``'s.
  public static func readStandardInput(
    limit: Int, check: (([UInt8]) -> ARRQualityError?)? = nil
  ) throws(ARRQualityError) -> [UInt8] {
    if isatty(0) != 0 {
      throw ARRQualityError(
        kind: .missingInput,
        message:
          "- (standard input) is a terminal: pipe or redirect a file into it (`… < ledger.csv`)")
    }
    return try readStream(0, name: "standard input", limit: limit, isFIFO: false, check: check)
  }

  /// Opens `path` for reading without blocking on a FIFO, and says what it is.
  /// - Returns: The descriptor (blocking unless it is a FIFO) and the kind.
  /// - Throws: `ARRQualityError` `.missingInput` for a missing or unreadable path, a folder, a
  ///   device or another special file.
  public static func open(_ path: String) throws(ARRQualityError) -> (Int32, Kind) {
    let fd = System.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0)
    guard fd >= 0 else {
      let e = errno
      throw ARRQualityError(
        kind: .missingInput,
        message: e == ENOENT ? "\(path): no such file" : "\(path): \(describeErrno(e))")
    }
    guard let st = System.status(fd) else {
      let e = errno
      _ = System.close(fd)
      throw ARRQualityError(kind: .missingInput, message: "\(path): \(describeErrno(e))")
    }
    let type = System.type(st)
    if type == S_IFREG {
      clearNonBlocking(fd)
      return (fd, .regular(size: Int(st.st_size)))
    }
    if type == S_IFIFO || type == S_IFSOCK { return (fd, .stream) }
    let isTerminal = isatty(fd) != 0
    _ = System.close(fd)
    let what =
      switch type {
      case S_IFDIR: "is a folder"
      case S_IFCHR: isTerminal ? "is a terminal" : "is a device"
      case S_IFBLK: "is a device"
      default: "is not a regular file"
      }
    throw ARRQualityError(
      kind: .missingInput,
      message: "\(path): \(what), expected a file (or a pipe, or - for standard input)")
  }

  /// Reads a pipe, FIFO or socket opened by ``open(_:)`` to its end, at most `limit` bytes.
  /// - Parameters:
  ///   - fd: The descriptor (left open).
  ///   - name: The path, for messages.
  ///   - limit: The largest size accepted.
  /// - Throws: As ``read(_:limit:)``.
  ///   - check: Given the first ``checkedPrefix`` bytes (all of them when fewer) as soon as they
  ///     are read: a refusal it returns is thrown before the rest is read (binary data piped in:
  ///     hostile 55, H55-6).
  public static func readAll(
    _ fd: Int32, name: String, limit: Int, check: (([UInt8]) -> ARRQualityError?)? = nil
  ) throws(ARRQualityError) -> [UInt8] {
    let isFIFO = System.status(fd).map { System.type($0) == S_IFIFO } ?? false
    return try readStream(fd, name: name, limit: limit, isFIFO: isFIFO, check: check)
  }

  /// The bytes a stream's `check` is given (``readAll(_:name:limit:check:)``).
  public static let checkedPrefix = 4_096

  /// Reads `fd` to its end, at most `limit` bytes.
  /// - Parameter isFIFO: `fd` is a FIFO opened without blocking: wait at most ``writerWait``
  ///   for a writer, then read blocking.
  static func readStream(
    _ fd: Int32, name: String, limit: Int, isFIFO: Bool,
    check: (([UInt8]) -> ARRQualityError?)? = nil
  ) throws(ARRQualityError) -> [UInt8] {
    var out = [UInt8]()
    // The first bytes' check, until it has run.
    var pending = check
    func checkPrefix() throws(ARRQualityError) {
      guard let c = pending else { return }
      pending = nil
      if let refusal = c(Array(out.prefix(checkedPrefix))) { throw refusal }
    }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var waited = 0
    var isWaiting = isFIFO
    while true {
      let n = buffer.withUnsafeMutableBytes { System.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        let e = errno
        if e == EINTR { continue }
        if e == EAGAIN || e == EWOULDBLOCK {
          // A writer is there; wait for its data in blocking reads.
          clearNonBlocking(fd)
          isWaiting = false
          continue
        }
        throw ARRQualityError(kind: .missingInput, message: "\(name): \(describeErrno(e))")
      }
      if n == 0 {
        // A FIFO opened without blocking reads end-of-file until a writer opens it.
        if isWaiting && out.isEmpty {
          if waited >= writerWait {
            throw ARRQualityError(
              kind: .missingInput,
              message:
                "\(name): a FIFO with no writer (nothing opened it for writing within "
                + "\(writerWait / 1000) s)")
          }
          usleep(10_000)
          waited += 10
          continue
        }
        try checkPrefix()
        return out
      }
      if isWaiting {
        clearNonBlocking(fd)
        isWaiting = false
      }
      if out.count + n > limit { try Self.check(size: out.count + n, limit: limit, path: name) }
      out.append(contentsOf: buffer[0..<n])
      if out.count >= checkedPrefix { try checkPrefix() }
    }
  }

  static func check(size: Int, limit: Int, path: String) throws(ARRQualityError) {
    guard size > limit else { return }
    throw ARRQualityError(
      kind: .invalidData,
      message:
        "\(path): larger than \(describe(bytes: limit)), the limit for this input (is it the "
        + "right file?)")
  }

  /// `16 MiB`, `4 GiB`, or bytes.
  static func describe(bytes: Int) -> String {
    if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    return "\(bytes) bytes"
  }

  private static func clearNonBlocking(_ fd: Int32) {
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
  }
}
