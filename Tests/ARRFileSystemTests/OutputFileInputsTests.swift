import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRFileSystem

/// `OutputFile.refuseReplacing(inputs:with:)`: an output that would replace an input is
/// refused before anything is written (trial 25, T25-6).
@Suite(.scratchFolders) struct OutputFileInputsTests {
  /// The same file, by the same path, another spelling or a link: refused, naming both.
  @Test func theInputItselfIsRefusedWhateverItsSpelling() throws {
    let folder = scratchFolder()
    let input = folder + "/in.csv"
    try Array("customer,2024-01\nA,100\n".utf8).write(to: input)
    _ = symlink(input, folder + "/link.csv")
    for output in [input, folder + "/./in.csv", folder + "/link.csv"] {
      let error = #expect(throws: ARRQualityError.self) {
        try OutputFile.refuseReplacing(inputs: [input], with: output)
      }
      #expect(error?.kind == .invalidArgument)
      #expect(error?.message.contains("is the input '\(input)'") == true)
    }
  }

  /// A data file inside an input folder (at any depth) is refused; a report file beside the
  /// data, a new file, stdout and an unrelated file are not.
  @Test func dataFilesInsideAnInputFolderAreRefusedOthersAreNot() throws {
    let folder = scratchFolder()
    let company = folder + "/company"
    try FileManager.default.createDirectory(
      atPath: company + "/sub", withIntermediateDirectories: true)
    for name in ["monthly.csv", "company.json", "sub/billings.xlsx", "report.md", "report.json"] {
      try Array("x".utf8).write(to: company + "/" + name)
    }
    try Array("x".utf8).write(to: folder + "/elsewhere.csv")
    for output in ["monthly.csv", "company.json", "sub/billings.xlsx"] {
      let error = #expect(throws: ARRQualityError.self) {
        try OutputFile.refuseReplacing(inputs: [company], with: company + "/" + output)
      }
      #expect(error?.message.contains("inside the input folder '\(company)'") == true)
    }
    for output in [
      company + "/report.md", company + "/report.json", company + "/new.csv",
      folder + "/elsewhere.csv", "-",
    ] {
      try OutputFile.refuseReplacing(inputs: [company], with: output)
    }
    try OutputFile.refuseReplacing(inputs: [company], with: nil)
  }
}

extension Array where Element == UInt8 {
  fileprivate func write(to path: String) throws {
    try Data(self).write(to: URL(fileURLWithPath: path))
  }
}
