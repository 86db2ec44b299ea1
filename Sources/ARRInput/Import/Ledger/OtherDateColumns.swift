import ARRCore

/// The date columns of a file that the reader does not read, asked for the day/month order when
/// the dates it reads decide none (``LedgerDate/order(of:file:given:others:title:rhythm:column:notes:findings:)``).
///
/// Decided (session 25, lane t25b; trial 22, T22-14): a Xero sales-invoice export dated every
/// invoice on the 1st (`01/02/2023`, either order) and was refused for `--date-order`, though its
/// `DueDate` column (`15/02/2023`) is day first on every line; an export writes one order for
/// all its date columns. A column counts when every non-empty cell is a numeric date
/// (``isNumericDate(_:)``) and its cells decide one order (``LedgerDate/order(of:)``). Columns
/// deciding different orders leave the question open: refused, naming both.
struct OtherDateColumns: Sendable {
  /// The rows below the header.
  var body: ArraySlice<ImportTable.Record>
  /// The header's cells.
  var header: [String]
  /// The columns whose cells were already asked (left out here).
  var read: Set<Int>

  /// A day/month order one other column decides, and the note saying so; `nil` when none does.
  /// - Throws: `.invalidData` when two columns decide different orders.
  /// - Complexity: O(rows × columns), only when the dates read decide nothing.
  func decide(file: String) throws(ARRQualityError) -> (order: DateOrder, note: String)? {
    var found = [(column: String, order: DateOrder, cell: (text: String, line: Int))]()
    for (c, name) in header.enumerated() where !read.contains(c) && !name.isEmpty {
      var cells = [(text: String, line: Int)]()
      var isDates = true
      for r in body where c < r.cells.count && !r.cells[c].isEmpty {
        guard Self.isNumericDate(r.cells[c]) else {
          isDates = false
          break
        }
        cells.append((r.cells[c], r.line))
      }
      guard isDates, case .success(let order?) = LedgerDate.order(of: cells),
        let cell = cells.first(where: { Self.decides($0.text) == order })
      else { continue }
      found.append((name, order, cell))
    }
    guard let first = found.first else { return nil }
    if let other = found.first(where: { $0.order != first.order }) {
      throw .data(
        "\(file): the dates read decide no day/month order, and the file's other date columns "
          + "disagree: \(FieldMessages.quoted(first.column)) is written "
          + "\(first.order.words) (\"\(first.cell.text)\" on line \(first.cell.line)), "
          + "\(FieldMessages.quoted(other.column)) \(other.order.words) "
          + "(\"\(other.cell.text)\" on line \(other.cell.line)); pass --date-order mdy or "
          + "--date-order dmy")
    }
    let columns = found.map { FieldMessages.quoted($0.column) }
    return (
      first.order,
      "\(file): dates read \(first.order.words) (\(first.order.rawValue)): the dates read "
        + "decide no order (every one reads both ways), and the file's other date "
        + "column\(columns.count == 1 ? "" : "s") \(columns.joined(separator: ", ")) "
        + "\(columns.count == 1 ? "is" : "are") written so (\"\(first.cell.text)\" on line "
        + "\(first.cell.line)); an export writes one order for all its dates"
    )
  }

  /// The order `text` alone decides (a first number above 12 or dots: day first; a second
  /// above 12: month first), as ``LedgerDate/order(of:)`` reads each cell.
  static func decides(_ text: String) -> DateOrder? {
    guard case .success(let order) = LedgerDate.order(of: [(text, 0)]) else { return nil }
    return order
  }

  /// Whether `text` is a numeric date day or month first: three runs of digits split by one
  /// `/`, `.` or `-` (a time after a space allowed), the first two of one or two digits, the
  /// last of two or four.
  static func isNumericDate(_ text: String) -> Bool {
    let date = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
    guard let separator = date.first(where: { "/.-".contains($0) }) else { return false }
    let parts = date.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) })
    else { return false }
    guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return false }
    return parts[0].count <= 2 && parts[1].count <= 2
      && (parts[2].count == 2 || parts[2].count == 4)
  }
}
