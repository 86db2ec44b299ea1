import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files all-or-nothing: each is staged (``StagedFile``), flushed to disk, then
/// renamed over its target, so a reader sees the old file or the new one, never part of one, and
/// an interrupted or failed run leaves no temporary behind (docs/output.md).
public enum OutputFile {
  /// Writes `bytes` to `path` atomically.
  /// - Throws: `ARRQualityError` `.cannotCreateOutput` when the file cannot be created,
  ///   `.outputFailed` when writing, flushing or renaming fails; the message names the path.
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

  /// Writes the pieces of `chunks` to `path` atomically as they are made: a large report is
  /// never whole in memory (``ByteChunks``).
  /// - Throws: As ``write(_:to:)``; nothing is left at `path` or beside it on failure.
  /// - Complexity: O(total bytes).
  public static func write(chunks: ByteChunks, to path: String) throws(ARRQualityError) {
    try writeAll(made: [(path, chunks)])
  }

  /// Writes several files as one: all are staged and flushed first, and only then renamed into
  /// place one after another. A failure before the renames leaves every old file untouched. A
  /// path naming an existing device or pipe (`/dev/stdout`, a FIFO) is written into directly:
  /// renaming over it would replace it.
  /// - Parameter files: `(path, bytes)` pairs; their folders must exist.
  /// - Throws: As ``write(_:to:)``; staged files are removed.
  /// - Complexity: O(total bytes).
  public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws(ARRQualityError) {
    try writeAll(chunked: files.map { ($0.path, [$0.bytes]) })
  }

  /// ``writeAll(_:)`` with each file's bytes in pieces.
  public static func writeAll(chunked files: [(path: String, chunks: [[UInt8]])])
    throws(ARRQualityError)
  {
    try writeAll(made: files.map { ($0.path, ByteChunks($0.chunks)) })
  }

  /// ``writeAll(_:)`` with each file's pieces made as they are written (``ByteChunks``).
  public static func writeAll(made files: [(path: String, chunks: ByteChunks)])
    throws(ARRQualityError)
  {
    var staged: [StagedFile] = []
    do throws(ARRQualityError) {
      for file in files {
        if isDeviceOrPipe(file.path) {
          try writeInPlace(file.chunks, to: file.path)
          continue
        }
        var s = try StagedFile.create(for: file.path)
        do throws(ARRQualityError) {
          if let e = writeInBlocks(s.descriptor, pieces: file.chunks) { throw s.writeFailed(e) }
        } catch {
          s.discard()
          throw error
        }
        staged.append(s)
      }
    } catch {
      for k in staged.indices { staged[k].discard() }
      throw error
    }
    try commit(staged)
  }

  /// Flushes, names and renames `files` into place, in order.
  /// - Parameter files: Files staged and fully written.
  /// - Throws: `ARRQualityError` (`.outputFailed`) naming the path; files not yet renamed are
  ///   removed.
  public static func commit(_ files: [StagedFile]) throws(ARRQualityError) {
    var files = files
    // Every byte is written; on Linux the files are still unnamed, so a kill here leaves
    // nothing.
    TestHook.pauseBeforeRename()
    for k in files.indices {
      do throws(ARRQualityError) {
        try files[k].seal()
      } catch {
        for j in files.indices where j != k {
          if j < k { files[j].removeSealed() } else { files[j].discard() }
        }
        throw error
      }
    }
    var directories: [String] = []
    for k in files.indices {
      if let e = files[k].rename() {
        for j in k..<files.count { files[j].removeSealed() }
        throw ARRQualityError(
          kind: .outputFailed, message: "\(files[k].path): cannot replace (\(describeErrno(e)))")
      }
      let d = System.split(files[k].path).directory
      if !directories.contains(d) { directories.append(d) }
    }
    // The renames themselves reach the disk with their folder.
    for d in directories { syncDirectory(d) }
  }

  /// Writes every chunk to `fd` in order.
  /// - Returns: `nil` on success, else the `errno` of the failure.
  public static func writeFully(_ fd: Int32, chunks: [[UInt8]]) -> Int32? {
    for c in chunks {
      if let e = c.withUnsafeBytes({ writeFully(fd, $0) }) { return e }
    }
    return nil
  }

  /// Writes every piece of `pieces` to `fd` in order, making them as they are written
  /// (``ByteChunks/forEachPiece(ahead:_:)``); the first failure stops the walk, so later
  /// pieces are not made.
  /// - Returns: `nil` on success, else the `errno` of the failure.
  static func writeFully(_ fd: Int32, pieces: ByteChunks) -> Int32? {
    eachPiece(of: pieces) { writeFully(fd, chunks: [$0]) }
  }

  /// Writes every piece of `pieces` to `fd`, an empty regular file, in aligned blocks that
  /// bypass the page cache once the file is large (``BlockWriter`` says why); pieces are made as
  /// they are written, and the first failure stops the walk.
  /// - Returns: `nil` on success, else the `errno` of the failure.
  static func writeInBlocks(_ fd: Int32, pieces: ByteChunks) -> Int32? {
    let blocks = BlockWriter(descriptor: fd)
    return eachPiece(of: pieces) { piece in piece.withUnsafeBytes { blocks.append($0) } }
      ?? blocks.finish()
  }

  /// Calls `write` with every piece of `pieces` in order, making them as they are written
  /// (``ByteChunks/forEachPiece(ahead:_:)``); the first failure stops the walk, so later pieces
  /// are not made.
  /// - Returns: `nil`, or the `errno` that `write` returned.
  private static func eachPiece(of pieces: ByteChunks, _ write: ([UInt8]) -> Int32?) -> Int32? {
    struct Failed: Error { let code: Int32 }
    do throws(Failed) {
      try pieces.forEachPiece { (piece) throws(Failed) in
        if let code = write(piece) { throw Failed(code: code) }
      }
      return nil
    } catch {
      return error.code
    }
  }

  /// Writes every byte of `buffer` to `fd`, retrying interrupted and short writes.
  /// - Returns: `nil` on success, else the `errno` of the failure (`EIO` for a write of 0).
  /// - Complexity: O(bytes).
  public static func writeFully(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < buffer.count {
      let n = System.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return n < 0 ? errno : EIO }
      offset += n
    }
    return nil
  }

  /// Whether `path` exists and is neither a regular file nor a folder.
  static func isDeviceOrPipe(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG
      && (st.st_mode & S_IFMT) != S_IFDIR
  }

  /// Writes `chunks` straight into an existing non-regular file (device, pipe).
  static func writeInPlace(_ chunks: ByteChunks, to path: String) throws(ARRQualityError) {
    let fd = System.open(path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0)
    guard fd >= 0 else {
      throw ARRQualityError(
        kind: .cannotCreateOutput, message: "\(path): cannot open (\(describeErrno(errno)))")
    }
    defer { _ = System.close(fd) }
    if let e = writeFully(fd, pieces: chunks) {
      throw ARRQualityError(
        kind: .outputFailed, message: "\(path): write failed (\(describeErrno(e)))")
    }
  }

  /// `fsync` of a folder, so renames in it survive a crash. Best effort: some file systems
  /// refuse it, and the data itself is already on disk.
  static func syncDirectory(_ path: String) {
    let fd = System.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    _ = System.close(fd)
  }

  /// Creates `path` and its parents if missing.
  /// - Throws: `ARRQualityError` (`.cannotCreateOutput`) when a folder cannot be created or a
  ///   part of the path is a file.
  public static func makeDirectory(_ path: String) throws(ARRQualityError) {
    var current = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
      if mkdir(current, 0o777) != 0 {
        let e = errno
        if e == EEXIST, let st = System.linkStatus(current) {
          var followed = stat()
          if System.type(st) == S_IFDIR
            || (System.type(st) == S_IFLNK && stat(current, &followed) == 0
              && System.type(followed) == S_IFDIR)
          {
            continue
          }
          throw ARRQualityError(
            kind: .cannotCreateOutput,
            message: "\(current): is a file, expected a folder")
        }
        throw ARRQualityError(
          kind: .cannotCreateOutput,
          message: "\(current): cannot create folder (\(describeErrno(e)))")
      }
    }
  }
}
