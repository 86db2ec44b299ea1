#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
  private let systemWrite = Darwin.write
#endif

/// Reads small input files (weights, scenarios, cohort triangles) whole.
public enum InputFile {
  /// The bytes of the file at `path`.
  /// - Throws: `ARRQualityError` with status 66 (no input) when the file is missing or unreadable.
  /// - Complexity: O(file size).
  public static func read(_ path: String) throws(ARRQualityError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw ARRQualityError(kind: .missingInput, message: "\(path): \(describeErrno(errno))")
    }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
      throw ARRQualityError(kind: .missingInput, message: "\(path): is a folder, expected a file")
    }
    var out = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        throw ARRQualityError(kind: .missingInput, message: "\(path): \(describeErrno(errno))")
      }
      if n == 0 { break }
      out.append(contentsOf: buffer[0..<n])
    }
    return out
  }
}

/// Writes output files atomically: a temporary file beside the target, then `rename`, so an
/// interrupted run never leaves half a file under the real name.
public enum OutputFile {
  /// Writes `bytes` to `path` atomically.
  /// - Throws: `ARRQualityError` 73 (cannot create) when the file cannot be created, 74 (I/O
  ///   error) when writing or renaming fails; the message names the path.
  /// - Complexity: O(bytes).
  public static func write(_ bytes: [UInt8], to path: String) throws(ARRQualityError) {
    try writeAll([(path, bytes)])
  }

  /// Writes `chunks`, one after another, to `path` atomically: a large report written in
  /// pieces is never joined in memory.
  /// - Throws: As ``write(_:to:)``.
  /// - Complexity: O(total bytes).
  public static func write(chunks: [[UInt8]], to path: String) throws(ARRQualityError) {
    try writeAll(chunked: [(path, chunks)])
  }

  /// Writes every chunk to `fd` in order.
  /// - Returns: `nil` on success, else the `errno` of the failure.
  public static func writeFully(_ fd: Int32, chunks: [[UInt8]]) -> Int32? {
    for c in chunks {
      if let e = c.withUnsafeBytes({ writeFully(fd, $0) }) { return e }
    }
    return nil
  }

  /// Writes several files as one: every file goes to a temporary name first, and only when all
  /// are written are they renamed into place, so an interrupted or failed run leaves the old set
  /// (or nothing), never a half-written one. A path naming an existing device or pipe
  /// (`/dev/stdout`, a FIFO) is written into directly: renaming over it would replace it.
  /// - Parameter files: `(path, bytes)` pairs; their folders must exist.
  /// - Throws: `ARRQualityError` 73 or 74 naming the path; temporaries are removed.
  /// - Complexity: O(total bytes).
  public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws(ARRQualityError) {
    try writeAll(chunked: files.map { ($0.path, [$0.bytes]) })
  }

  /// ``writeAll(_:)`` with each file's bytes in pieces, written one after another.
  static func writeAll(chunked files: [(path: String, chunks: [[UInt8]])])
    throws(ARRQualityError)
  {
    var staged: [(temporary: String, path: String)] = []
    func discard(_ rest: ArraySlice<(temporary: String, path: String)>) {
      for s in rest { unlink(s.temporary) }
    }
    for file in files {
      if isDeviceOrPipe(file.path) {
        try writeInPlace(file.chunks, to: file.path)
        continue
      }
      do {
        staged.append((try stage(file.chunks, for: file.path), file.path))
      } catch {
        discard(staged[...])
        throw error
      }
    }
    for (k, s) in staged.enumerated() where rename(s.temporary, s.path) != 0 {
      let e = errno
      discard(staged[k...])
      throw ARRQualityError(
        kind: .outputFailed, message: "\(s.path): cannot replace (\(describeErrno(e)))")
    }
  }

  /// Writes `chunks` to a new temporary file beside `path` and returns its name.
  static func stage(_ chunks: [[UInt8]], for path: String) throws(ARRQualityError) -> String {
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw ARRQualityError(
        kind: .cannotCreateOutput, message: "\(path): cannot create (\(describeErrno(errno)))")
    }
    let failure = writeFully(fd, chunks: chunks)
    let closeFailure = close(fd) != 0 ? errno : nil
    if let e = failure ?? closeFailure {
      unlink(temporary)
      throw ARRQualityError(
        kind: .outputFailed, message: "\(path): write failed (\(describeErrno(e)))")
    }
    return temporary
  }

  /// Whether `path` exists and is neither a regular file nor a folder.
  static func isDeviceOrPipe(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG
      && (st.st_mode & S_IFMT) != S_IFDIR
  }

  /// Writes `chunks` straight into an existing non-regular file (device, pipe).
  static func writeInPlace(_ chunks: [[UInt8]], to path: String) throws(ARRQualityError) {
    let fd = open(path, O_WRONLY | O_TRUNC)
    guard fd >= 0 else {
      throw ARRQualityError(
        kind: .cannotCreateOutput, message: "\(path): cannot open (\(describeErrno(errno)))")
    }
    defer { close(fd) }
    if let e = writeFully(fd, chunks: chunks) {
      throw ARRQualityError(
        kind: .outputFailed, message: "\(path): write failed (\(describeErrno(e)))")
    }
  }

  /// Writes every byte of `buffer` to `fd`, retrying interrupted and short writes.
  /// - Returns: `nil` on success, else the `errno` of the failure (`EIO` for a write of 0).
  /// - Complexity: O(bytes).
  public static func writeFully(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < buffer.count {
      let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return n < 0 ? errno : EIO }
      offset += n
    }
    return nil
  }

  /// Removes the file at `path` if it exists; a missing file is not an error.
  public static func remove(_ path: String) { unlink(path) }

  /// Creates `path` and its parents if missing.
  /// - Throws: `ARRQualityError` 73 when a folder cannot be created.
  public static func makeDirectory(_ path: String) throws(ARRQualityError) {
    var current = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
      if mkdir(current, 0o755) != 0 {
        let e = errno
        var st = stat()
        if e == EEXIST, stat(current, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { continue }
        // Blame the part that is in the way (`afile`), not the folder below it.
        throw ARRQualityError(
          kind: .cannotCreateOutput,
          message: e == EEXIST
            ? "\(current): is a file, expected a folder"
            : "\(current): cannot create folder (\(describeErrno(e)))")
      }
    }
  }
}

/// `strerror` as a Swift string.
public func describeErrno(_ code: Int32) -> String {
  guard let s = strerror(code) else { return "error \(code)" }
  return String(cString: s)
}
