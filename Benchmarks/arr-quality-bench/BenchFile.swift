#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the benchmark writes in buffered pieces (generated companies run to hundreds of MB, so
/// they are never held whole). A half-written company is never used: the benchmark marks a
/// folder complete (`.complete`) only after every file is written.
struct BenchFile {
  /// The failure to open or write a benchmark file.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  private let handle: UnsafeMutablePointer<FILE>
  private let path: String

  /// Opens `path` for writing (truncating it), runs `body`, closes the file.
  /// - Throws: ``Failure`` when the file cannot be opened or written; what `body` throws.
  static func write(_ path: String, _ body: (inout BenchFile) throws -> Void) throws {
    guard let handle = fopen(path, "wb") else {
      throw Failure(description: "\(path): cannot create (\(String(cString: strerror(errno))))")
    }
    var file = BenchFile(handle: handle, path: path)
    defer { fclose(handle) }
    try body(&file)
    if fflush(handle) != 0 { throw Failure(description: "\(path): write failed") }
  }

  /// Writes `bytes` and empties them (keeping their capacity for the next piece).
  /// - Throws: ``Failure`` on a short write (a full disk).
  mutating func append(_ bytes: inout [UInt8]) throws {
    let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    guard written == bytes.count else { throw Failure(description: "\(path): write failed") }
    bytes.removeAll(keepingCapacity: true)
  }
}
