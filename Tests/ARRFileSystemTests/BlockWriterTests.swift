import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRFileSystem

/// ``BlockWriter``: whatever the sizes of the pieces and of the file, and whether the file
/// system takes direct writes or not, the file holds exactly the bytes appended.
@Suite(.scratchFolders) struct BlockWriterTests {
  /// Two blocks per buffer, so the tests cross many buffer and block boundaries quickly.
  static let capacity = 2 * BlockWriter.blockSize

  /// `count` bytes that differ from their neighbours and repeat only every 251 bytes.
  static func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 % 251 &* 7 &+ 3) }
  }

  /// Writes `data` in pieces of 1, 2, …, `maxPiece` bytes (cycling) and reads the file back.
  static func written(
    _ data: [UInt8], maxPiece: Int, in folder: String, capacity: Int = capacity
  ) throws -> (bytes: [UInt8], mode: BlockWriter.Mode) {
    let path = folder + "/out.bin"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    let writer = BlockWriter(descriptor: fd, capacity: capacity)
    var start = 0
    var size = 1
    while start < data.count {
      let end = min(data.count, start + size)
      let e = data[start..<end].withUnsafeBytes { writer.append($0) }
      #expect(e == nil)
      start = end
      size = size % maxPiece + 1
    }
    #expect(writer.finish() == nil)
    let mode = writer.mode
    close(fd)
    return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), mode)
  }

  @Test(arguments: [
    0, 1, 4095, 4096, 4097, capacity - 1, capacity, capacity + 1, 3 * capacity + 123,
    5 * capacity,
  ])
  func theFileHoldsExactlyTheBytes(count: Int) throws {
    let data = Self.bytes(count)
    for maxPiece in [1, 977, 3 * Self.capacity] {
      let (read, mode) = try Self.written(data, maxPiece: maxPiece, in: scratchFolder())
      #expect(read == data, "\(count) bytes in pieces of up to \(maxPiece)")
      // A file smaller than one buffer is never written directly; a larger one is tried.
      #expect((mode == .untried) == (count < Self.capacity))
    }
  }

  /// tmpfs refuses direct writes on older kernels (the fallback) and takes them on newer ones:
  /// the bytes are the same either way.
  @Test func aFileSystemInMemoryGetsTheSameBytes() throws {
    guard FileManager.default.isWritableFile(atPath: "/dev/shm") else { return }
    let folder = "/dev/shm/arr-quality-block-writer-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let data = Self.bytes(4 * Self.capacity + 77)
    #expect(try Self.written(data, maxPiece: 5000, in: folder).bytes == data)
  }

  /// The fallbacks, forced: a file system that refuses direct writes (`EINVAL` on the first
  /// direct write), and a direct write cut short at an unaligned size. Either way the rest of
  /// the file is written buffered (`O_DIRECT` switched off once), from where the write left off,
  /// and the file holds exactly the bytes.
  @Test(arguments: ["refused", "cut short"])
  func aDirectWriteThatFailsGoesOnBuffered(failure: String) throws {
    let path = scratchFolder() + "/out.bin"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    defer { close(fd) }
    final class Log: @unchecked Sendable {
      var isDirect = false
      var switches: [Bool] = []
      var failures = 0
    }
    let log = Log()
    var calls = BlockWriter.Calls()
    // O_DIRECT is only pretended: the fake remembers it, the real file stays buffered.
    calls.setDirect = { _, isOn in
      log.isDirect = isOn
      log.switches.append(isOn)
      return true
    }
    calls.write = { fd, p, n in
      guard log.isDirect, log.failures == 0 else { return System.write(fd, p, n) }
      log.failures += 1
      if failure == "refused" {
        errno = EINVAL
        return -1
      }
      return System.write(fd, p, min(n, 1000))  // not a whole block
    }
    let writer = BlockWriter(descriptor: fd, capacity: Self.capacity, calls: calls)
    let data = Self.bytes(3 * Self.capacity + 500)
    #expect(data.withUnsafeBytes { writer.append($0) } == nil)
    #expect(writer.finish() == nil)
    #expect(writer.mode == .buffered)
    #expect(log.failures == 1)
    #expect(log.switches == [true, false])
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == data)
  }

  /// A failed write reports its `errno` (here: a descriptor open for reading only): a full
  /// buffer is written on the writing thread, so its failure comes back from the append that
  /// fills the next buffer, or from `finish()`.
  @Test func aFailedWriteReportsItsError() throws {
    let path = scratchFolder() + "/readonly.bin"
    _ = FileManager.default.createFile(atPath: path, contents: Data())
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    try #require(fd >= 0)
    defer { close(fd) }
    let writer = BlockWriter(descriptor: fd, capacity: Self.capacity)
    let data = Self.bytes(Self.capacity + 10)
    #expect(data.withUnsafeBytes { writer.append($0) } == nil)
    #expect(writer.finish() == EBADF)
  }

  /// Full buffers are written one at a time, in file order, while the caller fills the other
  /// one; a failed write stops the appends at the next full buffer, and no later buffer is
  /// written.
  @Test func buffersAreWrittenOneAtATimeInOrderAndAFailureStopsTheAppends() throws {
    let path = scratchFolder() + "/out.bin"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    defer { close(fd) }
    final class Log: @unchecked Sendable {
      let lock = NSLock()
      var writing = 0
      var overlapped = false
      var firstBytes: [UInt8] = []
    }
    let log = Log()
    var calls = BlockWriter.Calls()
    calls.setDirect = { _, _ in true }  // pretended: the file stays buffered
    calls.write = { fd, p, n in
      log.lock.withLock {
        log.overlapped = log.overlapped || log.writing > 0
        log.writing += 1
        log.firstBytes.append(p.load(as: UInt8.self))
      }
      usleep(2000)  // a slow disk: the caller fills the other buffer meanwhile
      defer { log.lock.withLock { log.writing -= 1 } }
      if log.lock.withLock({ log.firstBytes.count }) == 3 {
        errno = ENOSPC
        return -1
      }
      return System.write(fd, p, n)
    }
    let writer = BlockWriter(descriptor: fd, capacity: Self.capacity, calls: calls)
    // Buffer k starts with byte k.
    let data = (0..<8).flatMap { k in [UInt8](repeating: UInt8(k), count: Self.capacity) }
    var failures: [Int32] = []
    for k in 0..<8 {
      let e = data[(k * Self.capacity)..<((k + 1) * Self.capacity)].withUnsafeBytes {
        writer.append($0)
      }
      if let e {
        failures.append(e)
        break
      }
    }
    // The third write failed: the append that filled the fourth buffer says so, and stops.
    #expect(failures == [ENOSPC])
    #expect(log.firstBytes == [0, 1, 2])
    #expect(!log.overlapped)
    #expect(
      Array(try Data(contentsOf: URL(fileURLWithPath: path))) == Array(data[..<(2 * Self.capacity)])
    )
  }

  /// The writing thread flushes after every `flushInterval` bytes it writes (rounded up to whole
  /// buffers), after those writes and before the next; a failed flush stops the appends as a
  /// failed write does. Five full buffers with a flush every two: w w f w w f w, then
  /// `finish()` writes the 100-byte tail, unflushed (the final flush is ``StagedFile``'s).
  @Test(arguments: [false, true]) func theWritingThreadFlushesAsItGoes(flushFails: Bool) throws {
    let path = scratchFolder() + "/out.bin"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    defer { close(fd) }
    final class Log: @unchecked Sendable {
      let lock = NSLock()
      var calls: [Character] = []
    }
    let log = Log()
    var calls = BlockWriter.Calls()
    calls.setDirect = { _, _ in true }  // pretended: the file stays buffered
    calls.write = { fd, p, n in
      log.lock.withLock { log.calls.append("w") }
      return System.write(fd, p, n)
    }
    calls.flush = { _ in
      log.lock.withLock { log.calls.append("f") }
      if flushFails {
        errno = EIO
        return -1
      }
      return 0
    }
    // 1.5 buffers asked for: rounded up to 2.
    let writer = BlockWriter(
      descriptor: fd, capacity: Self.capacity, flushInterval: Self.capacity * 3 / 2, calls: calls)
    #expect(writer.flushInterval == 2 * Self.capacity)
    let data = Self.bytes(5 * Self.capacity + 100)
    var failure: Int32?
    for k in 0..<6 where failure == nil {
      let piece = data[(k * Self.capacity)..<min(data.count, (k + 1) * Self.capacity)]
      failure = piece.withUnsafeBytes { writer.append($0) }
    }
    if flushFails {
      // The flush after the second write failed: the append that filled the third buffer
      // (waiting for the second's write to free its slot) says so, and nothing more is written.
      #expect(failure == EIO)
      #expect(log.calls == ["w", "w", "f"])
    } else {
      #expect(failure == nil)
      #expect(writer.finish() == nil)
      #expect(log.calls == ["w", "w", "f", "w", "w", "f", "w", "w"])
      #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == data)
    }
  }

  /// Through the public path: a report larger than the default buffer, written in pieces made
  /// as they are written, lands whole and atomically.
  @Test func aLargeReportLandsWhole() throws {
    let folder = scratchFolder()
    let path = folder + "/report.json"
    let data = Self.bytes(2 * BlockWriter.defaultCapacity + 12_345)
    let pieceSize = 1_000_003
    let pieces = stride(from: 0, to: data.count, by: pieceSize).map {
      Array(data[$0..<min(data.count, $0 + pieceSize)])
    }
    try OutputFile.write(chunks: ByteChunks(pieces), to: path)
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == data)
    #expect(names(folder) == ["report.json"])
  }
}
