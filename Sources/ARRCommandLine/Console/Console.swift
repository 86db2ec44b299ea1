import ARRQuality

/// The command line's two output streams and the rules for writing to them: results to standard
/// output (or `--output`), errors and progress to standard error.
public struct Console {
  public let standardOutput: any ByteStream
  public let standardError: any ByteStream
  /// True when standard error is a terminal: long work then shows progress there.
  public let showsProgress: Bool
  /// True when the process ends as soon as the command returns (``ARRQualityTool/main()``):
  /// a command may then leave its large results for the exit to free
  /// (``keepUntilExit(_:)``).
  public var isProcessEnding = false

  public init(standardOutput: any ByteStream, standardError: any ByteStream) {
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.showsProgress = standardError.isTerminal
  }

  /// The process's standard output and standard error.
  public static var standard: Console {
    Console(
      standardOutput: FileDescriptorStream(descriptor: 1),
      standardError: FileDescriptorStream(descriptor: 2))
  }

  /// Writes a command's result to standard output; a failed write (a full disk, a closed pipe)
  /// is an output error (74), never a silent success.
  /// - Throws: `ARRQualityError` of kind `.outputFailed`.
  public func writeResult(chunks: [[UInt8]]) throws(ARRQualityError) {
    if let failure = standardOutput.write(chunks: chunks) {
      throw ARRQualityError(
        kind: .outputFailed, message: "standard output: write failed (\(describeErrno(failure)))")
    }
  }

  /// Writes `text` as the result: see ``writeResult(chunks:)``.
  public func writeResult(_ text: String) throws(ARRQualityError) {
    try writeResult(chunks: [Array(text.utf8)])
  }

  /// Writes a result made of pieces (a large report), without joining them, atomically to
  /// `path` when given (`--output`), else to standard output.
  /// - Throws: `ARRQualityError` 73/74 naming the path.
  public func emit(chunks: [[UInt8]], to path: String?) throws(ARRQualityError) {
    try emit(chunks: ByteChunks(chunks), to: path)
  }

  /// ``emit(chunks:to:)`` for pieces made as they are written (``ByteChunks``): a large report
  /// is never whole in memory.
  public func emit(chunks: ByteChunks, to path: String?) throws(ARRQualityError) {
    if let path {
      try OutputFile.write(chunks: chunks, to: path)
    } else {
      try chunks.forEachPiece { (piece) throws(ARRQualityError) in try writeResult(chunks: [piece])
      }
    }
  }

  /// ``emit(chunks:to:)`` for text.
  public func emit(_ text: String, to path: String?) throws(ARRQualityError) {
    try emit(chunks: [Array(text.utf8)], to: path)
  }

  /// Writes `text` to standard error; a failure there has nowhere to be reported.
  public func writeError(_ text: String) {
    _ = standardError.write(chunks: [Array(text.utf8)])
  }

  /// Says what a command that prints no result wrote (`generate`, `--report-dir`): on standard
  /// error, and only when standard output is a terminal, so a person sees it and a script's
  /// output stays as it was.
  public func note(_ text: String) {
    if standardOutput.isTerminal { writeError(text + "\n") }
  }

  /// Replaces the progress line on a terminal; prints nothing otherwise.
  public func progress(_ text: String) {
    if showsProgress { writeError("\u{1B}[2K\r\(text)") }
  }

  /// Clears the progress line.
  public func endProgress() {
    if showsProgress { writeError("\u{1B}[2K\r") }
  }
}
