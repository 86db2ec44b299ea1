import ARRCore
import ARRFileSystem
import ARRTestSupport
import ARRWorkbook

/// The committed fixtures made by `Scripts/make-workbook-fixtures.py`.
enum Fixtures {
  static let folder = Repository.path("Tests/ARRWorkbookTests/Fixtures/")

  static func bytes(_ name: String) throws -> [UInt8] {
    try InputFile.read(folder + name)
  }

  static func workbook(_ name: String, limits: ZipLimits = .standard) throws -> Workbook {
    try Workbook(bytes: try bytes(name), fileName: name, limits: limits)
  }

  /// The error opening (or reading every sheet of) a workbook throws, if any.
  static func error(opening bytes: [UInt8], named name: String = "book.xlsx")
    -> ARRQualityError?
  {
    do {
      let workbook = try Workbook(bytes: bytes, fileName: name)
      for sheet in workbook.sheets where sheet.isWorksheet { _ = try workbook.worksheet(sheet) }
      return nil
    } catch {
      return error
    }
  }
}
