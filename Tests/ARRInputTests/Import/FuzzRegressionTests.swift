import ARRCore
import ARRFileSystem
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

/// Inputs that once crashed the importer fuzz target (`Fuzz/Regressions/importer-*`), replayed
/// as the target runs them: each must import or fail with a data error, never trap.
@Suite struct FuzzRegressionTests {
  static let folder = Repository.path("Fuzz/Regressions/")

  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasPrefix("importer-") }.sorted()

  @Test func thereAreRegressionInputs() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test(arguments: inputs)
  func aFormerCrashIsADataErrorOrAnImport(name: String) throws {
    let file = Importer.SourceFile(name: "room.csv", bytes: try InputFile.read(Self.folder + name))
    for (values, isLenient) in [(ImportValues.auto, false), (.billings, true)] {
      do {
        let imported = try Importer.read(
          [file], options: ImportOptions(values: values, isLenient: isLenient))
        #expect(try imported.company().log.tieOut.isBalanced)
      } catch {
        #expect(error.kind == .invalidData || error.kind == .invalidArgument)
      }
    }
  }
}
