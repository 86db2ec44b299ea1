import ARRCore
import ARRInput

extension ImportFixtures {
  /// Text files imported as the command line imports them, in the order given: a cube beside a
  /// customer list (`[("cube.csv", cube), ("list.csv", list)]`), a ledger beside a subscriptions
  /// table, one tab or file per year. The files' names are the ones messages and notes cite.
  /// - Throws: what ``Importer/read(_:options:)`` throws.
  public static func read(
    _ files: [(name: String, text: String)], options: ImportOptions = ImportOptions()
  ) throws(ARRQualityError) -> ImportedCompany {
    try Importer.read(
      files.map { Importer.SourceFile(name: $0.name, bytes: Array($0.text.utf8)) },
      options: options)
  }
}
