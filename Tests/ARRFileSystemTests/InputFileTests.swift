import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRFileSystem

/// `InputFile`: regular files, pipes and FIFOs read safely; devices and folders refused.
@Suite(.scratchFolders) struct InputFileTests {
  @Test func aRegularFileIsReadWhole() throws {
    let path = scratchFolder() + "/w.json"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("{\"a\": 1}".utf8)))
    #expect(try InputFile.read(path) == Array("{\"a\": 1}".utf8))
  }

  @Test func aFileOverTheLimitIsRefusedBeforeReading() throws {
    let path = scratchFolder() + "/big.json"
    #expect(
      FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x20, count: 2_000)))
    do {
      _ = try InputFile.read(path, limit: 1_000)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(error.message.hasPrefix("\(path): larger than 1000 bytes, the limit for this input"))
    }
  }

  @Test func devZeroIsRefusedAsADevice() {
    do {
      _ = try InputFile.read("/dev/zero")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .missingInput)
      #expect(
        error.message
          == "/dev/zero: is a device, expected a file (or a pipe, or - for standard input)")
    }
  }

  @Test func aFolderIsRefused() {
    let folder = scratchFolder()
    #expect(throws: ARRQualityError.self) { try InputFile.read(folder) }
  }

  @Test func aMissingFileSaysSo() {
    do {
      _ = try InputFile.read("/nonexistent-arr-quality/w.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .missingInput)
      #expect(error.message == "/nonexistent-arr-quality/w.json: no such file")
    }
  }

  @Test func aFIFOWithNoWriterFailsPromptly() throws {
    let path = scratchFolder() + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    let start = ContinuousClock.now
    do {
      _ = try InputFile.read(path)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .missingInput)
      #expect(error.message.contains("a FIFO with no writer"))
    }
    // The wait is InputFile.writerWait (2 s); well under the 60 s a hang would be cut at.
    #expect(ContinuousClock.now - start < .seconds(30))
  }

  @Test func aFIFOWithAWriterIsReadAsAStream() throws {
    let path = scratchFolder() + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    let payload = [UInt8](repeating: 0x41, count: 200_000)
    let writer = Thread {
      let fd = open(path, O_WRONLY)
      _ = payload.withUnsafeBytes { OutputFile.writeFully(fd, $0) }
      close(fd)
    }
    writer.start()
    #expect(try InputFile.read(path, limit: 1 << 20) == payload)
  }

  @Test func aPipeOverTheLimitIsRefused() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let writeEnd = fds[1]
    let writer = Thread {
      _ = [UInt8](repeating: 1, count: 5_000).withUnsafeBytes {
        OutputFile.writeFully(writeEnd, $0)
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(fds[0]) }
    do {
      _ = try InputFile.readAll(fds[0], name: "pipe", limit: 1_000)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .invalidData)
    }
  }
}
