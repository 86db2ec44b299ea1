import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the command line writes bytes: a file descriptor when run as a program, a buffer when
/// a test runs a command in-process.
public protocol ByteStream: AnyObject {
  /// Writes every chunk, in order.
  /// - Returns: `nil` on success, else the `errno` of the failure.
  func write(chunks: [[UInt8]]) -> Int32?
  /// Whether a person is watching it (a terminal): progress is shown there.
  var isTerminal: Bool { get }
}

/// A stream onto an open file descriptor (1 for standard output, 2 for standard error).
public final class FileDescriptorStream: ByteStream {
  public let descriptor: Int32

  public init(descriptor: Int32) { self.descriptor = descriptor }

  public func write(chunks: [[UInt8]]) -> Int32? {
    OutputFile.writeFully(descriptor, chunks: chunks)
  }

  public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// A stream that keeps what is written, for running commands in-process in tests.
public final class BufferStream: ByteStream {
  public private(set) var bytes: [UInt8] = []
  public let isTerminal: Bool

  public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

  public func write(chunks: [[UInt8]]) -> Int32? {
    for c in chunks { bytes += c }
    return nil
  }

  /// What was written, decoded as UTF-8.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
