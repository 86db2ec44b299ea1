import ARRCore
import ARRFileSystem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a CSV's bytes come from: memory, or a file read in chunks with `pread` so a 500 MB
/// file never sits in memory whole.
struct ByteSource: Sendable {
  enum Storage: Sendable {
    case memory([UInt8])
    case file(descriptor: Int32, size: Int)
  }
  let storage: Storage
  /// The name used in messages (`monthly.csv`).
  let name: String

  var size: Int {
    switch storage {
    case .memory(let b): return b.count
    case .file(_, let size): return size
    }
  }

  /// Feeds `range` to `body` in chunks. `body` gets the bytes, their count and whether they
  /// reach the end of the range; it returns how many bytes it consumed (whole records) and
  /// whether to stop. Unconsumed bytes are offered again with the next chunk.
  /// - Throws: `ARRQualityError` 66 when a read fails.
  /// - Complexity: O(range) plus the work of `body`.
  func read(
    _ range: Range<Int>, chunkSize: Int,
    _ body: (UnsafePointer<UInt8>, Int, Bool) -> (consumed: Int, stop: Bool)
  ) throws(ARRQualityError) {
    switch storage {
    case .memory(let bytes):
      if range.isEmpty {
        var dummy: UInt8 = 0
        _ = withUnsafePointer(to: &dummy) { body($0, 0, true) }
        return
      }
      _ = bytes.withUnsafeBufferPointer { b in
        body(b.baseAddress! + range.lowerBound, range.count, true)
      }
    case .file(let fd, _):
      var capacity = max(chunkSize, 16)
      var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      defer { buffer.deallocate() }
      var carry = 0
      var position = range.lowerBound
      while true {
        let want = min(capacity - carry, range.upperBound - position)
        var got = 0
        while got < want {
          let n = pread(fd, buffer + carry + got, want - got, off_t(position + got))
          if n < 0 {
            if errno == EINTR { continue }
            throw ARRQualityError(kind: .missingInput, message: "\(name): read failed")
          }
          if n == 0 { break }
          got += n
        }
        position += got
        let available = carry + got
        let isFinal = position >= range.upperBound || got < want
        let (consumed, stop) = body(UnsafePointer(buffer), available, isFinal)
        if stop || isFinal { return }
        carry = available - consumed
        if consumed > 0 && carry > 0 { (buffer).update(from: buffer + consumed, count: carry) }
        if carry == capacity {
          // One record is longer than the buffer: double it.
          let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
          bigger.update(from: buffer, count: carry)
          buffer.deallocate()
          buffer = bigger
          capacity *= 2
        }
      }
    }
  }

  /// Opens `path`; `nil` when it does not exist. A regular file is read in chunks from disk; a
  /// pipe or FIFO is read whole into memory first (at most ``InputFile/streamLimit`` bytes),
  /// then scanned like a file; a folder or device is refused (``InputFile/open(_:)``).
  /// - Throws: `ARRQualityError` `.missingInput` when it exists but cannot be read.
  /// - Parameter expected: What the file should be, for a refusal of binary data: when given,
  ///   the first bytes are checked before anything else is read (``FileSniff``).
  static func open(path: String, name: String, expected: String? = nil) throws(ARRQualityError)
    -> ByteSource?
  {
    var st = stat()
    guard stat(path, &st) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw ARRQualityError(
        kind: .missingInput, message: "\(path): cannot be read (\(describeErrno(errno)))")
    }
    let (fd, kind) = try InputFile.open(path)
    switch kind {
    case .regular(let size):
      let source = ByteSource(storage: .file(descriptor: fd, size: size), name: name)
      if let expected {
        let prefix: [UInt8]
        do throws(ARRQualityError) {
          prefix = try source.prefix(FileSniff.prefixCount)
        } catch {
          source.close()
          throw error
        }
        if let refusal = FileSniff.prefixRefusal(prefix, name: path, expected: expected) {
          source.close()
          throw refusal
        }
      }
      return source
    case .stream:
      defer { _ = closeDescriptor(fd) }
      let bytes = try InputFile.readAll(
        fd, name: path, limit: InputFile.streamLimit,
        check: expected.map { e -> ([UInt8]) -> ARRQualityError? in
          { FileSniff.prefixRefusal($0, name: path, expected: e) }
        })
      return ByteSource(storage: .memory(bytes), name: name)
    }
  }

  private static func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.close(fd)
    #else
      Darwin.close(fd)
    #endif
  }

  /// Closes the file, if any.
  func close() {
    if case .file(let fd, _) = storage {
      #if canImport(Glibc)
        _ = Glibc.close(fd)
      #else
        _ = Darwin.close(fd)
      #endif
    }
  }

  /// The first `count` bytes (all of them when fewer).
  /// - Throws: `ARRQualityError` 66 when a read fails.
  func prefix(_ count: Int) throws(ARRQualityError) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(min(count, size))
    try read(0..<min(count, size), chunkSize: max(count, 16)) { p, n, _ in
      out.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
      return (n, true)
    }
    return out
  }

  /// The whole content (for the small `company.json`).
  func allBytes() throws(ARRQualityError) -> [UInt8] {
    if case .memory(let b) = storage { return b }
    var out = [UInt8]()
    out.reserveCapacity(size)
    try read(0..<size, chunkSize: 1 << 16) { p, n, _ in
      out.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
      return (n, false)
    }
    return out
  }
}

extension ByteSource {
  /// True when something exists at `path` (following links).
  static func exists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0
  }

  /// True when `path` is a folder; false when it does not exist.
  /// - Throws: `ARRQualityError` 66 when it exists but is not a folder.
  static func isDirectory(_ path: String) throws(ARRQualityError) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    guard (st.st_mode & S_IFMT) == S_IFDIR else {
      throw ARRQualityError(kind: .missingInput, message: "\(path): is a file, expected a folder")
    }
    return true
  }

  /// The sub-folders of `path` that hold an `accounts.csv`, sorted; empty when `path` cannot
  /// be listed.
  /// - Complexity: O(entries in the folder).
  static func companyFolders(in path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      guard !name.hasPrefix(".") else { continue }
      var st = stat()
      if stat(path + "/" + name + "/accounts.csv", &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
        names.append(name)
      }
    }
    return names.sorted()
  }
}
