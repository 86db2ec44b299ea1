import ARRCore

/// Reads the extra columns of `accounts.csv` (any column the loader does not know) as
/// ``SnapshotColumn``s: numeric or true/false columns are kept, one value per account, text
/// columns stay ignored.
///
/// A second, separate pass over the file, run only when it has extra columns: the main reader
/// stays as fast as before for files without them, and this pass never rejects a row (the main
/// reader has judged every row; a row it skipped is skipped here too).
enum SnapshotReader {
  /// The snapshot columns of `source`, in header order, and the names of the extra columns
  /// that stay ignored (text).
  /// - Parameters:
  ///   - source: `accounts.csv`.
  ///   - accounts: What the main reader accepted (ids and their account index).
  /// - Returns: The snapshots (values in account order) and the text columns' names.
  /// - Throws: `ARRQualityError` 66 when the file cannot be read again.
  /// - Complexity: O(bytes + accounts × extra columns).
  static func read(_ source: ByteSource, accounts: AccountsResult) throws(ARRQualityError) -> (
    snapshots: [SnapshotColumn], ignored: [String]
  ) {
    guard !accounts.summary.ignoredColumns.isEmpty else { return ([], []) }
    var scratch = ProblemLog(isLenient: true)
    guard let header = try CSVHeader.read(from: source, log: &scratch),
      let idColumn = header.index(of: "account_id")
    else { return ([], accounts.summary.ignoredColumns) }
    // A column without a name (a trailing delimiter, a spreadsheet's row numbers) is never a
    // snapshot: a signal needs a name to be reported by. It stays ignored, as in monthly.csv.
    let extra = header.keys.indices.filter {
      !AccountsReader.known.contains(header.keys[$0]) && !header.keys[$0].isEmpty
    }
    // The index, not the list: the company has taken the list by now (CompanyLoader.build).
    let count = accounts.index.count
    var cells = [[Substring]](
      repeating: [Substring](repeating: "", count: count), count: extra.count)
    let bytes = try source.allBytes()
    bytes.withUnsafeBufferPointer { buffer in
      guard let p = buffer.baseAddress else { return }
      var fields = FieldList()
      var position = header.dataStart
      while position < buffer.count {
        let outcome = CSVScanner.scanRecord(
          p, end: buffer.count, from: position, isFinal: true, fields: &fields)
        guard case .record(let next, _) = outcome else {
          if case .badQuote(_, let next, _) = outcome {
            position = next
            continue
          }
          return
        }
        position = next
        guard !CSVScanner.isBlank(fields), idColumn < fields.count else { continue }
        let id = CSVScanner.string(of: fields[idColumn], in: p)
          .trimmingCharacters(in: " \t")
        guard let account = accounts.index.find(id) else { continue }
        for (k, column) in extra.enumerated() where column < fields.count {
          cells[k][account] = Substring(CSVScanner.string(of: fields[column], in: p))
        }
      }
    }
    var snapshots: [SnapshotColumn] = []
    var ignored: [String] = []
    var k = 0
    for column in header.keys.indices where !AccountsReader.known.contains(header.keys[column]) {
      guard k < extra.count, extra[k] == column else {
        ignored.append(header.displayName(column))
        continue
      }
      defer { k += 1 }
      guard let kind = SnapshotColumn.kind(of: cells[k]) else {
        ignored.append(header.names[column])
        continue
      }
      snapshots.append(
        SnapshotColumn(
          name: header.names[column], kind: kind,
          values: cells[k].map { SnapshotColumn.value($0, as: kind) ?? .nan }))
    }
    return (snapshots, ignored)
  }
}

extension CompanyLoader {
  /// Keeps the extra numeric or true/false columns of `accounts.csv` as snapshots
  /// (``SnapshotReader``): they leave the ignored columns and a note names them. In an earlier
  /// view (`--as-of` before the data's end) they describe the accounts later, so they are left
  /// out, as the other snapshot columns are.
  /// - Complexity: O(bytes of accounts.csv) when it has extra columns, else O(1).
  static func addSnapshots(
    to company: inout Company, from source: ByteSource, accounts: AccountsResult,
    isEarlierView: Bool
  ) throws(ARRQualityError) {
    let read = try SnapshotReader.read(source, accounts: accounts)
    guard !read.snapshots.isEmpty else { return }
    let names = read.snapshots.map(\.name)
    if isEarlierView {
      company.dataQuality.notes.append(
        "accounts.csv columns \(names.joined(separator: ", ")) describe the accounts today and "
          + "are left out")
      return
    }
    company.snapshotColumns = read.snapshots
    if let k = company.dataQuality.files.firstIndex(where: { $0.file == AccountsReader.file }) {
      company.dataQuality.files[k].ignoredColumns = read.ignored
    }
    company.dataQuality.notes.append(
      "accounts.csv columns kept as snapshots (today's values, not scored): "
        + names.joined(separator: ", "))
  }
}

extension String {
  /// The text without leading and trailing characters of `set`.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) { s.removeFirst() }
    while let c = s.last, set.contains(c) { s.removeLast() }
    return String(s)
  }
}
