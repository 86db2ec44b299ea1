import ARRCore

extension CubeReader {
  /// Roles read since the tenth session beside a customer's terms: a column under one of their
  /// names whose cells do not all read as that fact is another column (review 10, F6: `past
  /// due` holding an amount, `licenses` holding an edition refused customer lists that had
  /// imported), so it is not read as the fact but listed as ignored, with a note.
  static let checkedFactRoles: [CubeLayout.Role] = [
    .trialStatus, .trialEndDate, .cancelDate, .seatsPurchased, .seatsActive, .integrations,
    .committedMRR, .pastDue, .cac, .termMonths,
  ]

  /// Drops from `roles` each of ``checkedFactRoles`` whose column has a cell that does not read
  /// as the fact; the column joins `ignored`, and a note names the first such cell.
  /// - Complexity: O(rows × roles checked).
  static func dropUnreadFacts(
    _ roles: inout [CubeLayout.Role: Int], ignored: inout [String], rows: [ImportTable.Record],
    header: [String], file: String, dateOrder: DateOrder?, amounts: AmountCells,
    notes: inout [String]
  ) {
    for role in checkedFactRoles {
      guard let c = roles[role] else { continue }
      for r in rows where c < r.cells.count && !r.cells[c].isEmpty {
        let s = r.cells[c]
        guard let expected = whyNot(s, role: role, dateOrder: dateOrder, amounts: amounts) else {
          continue
        }
        roles[role] = nil
        let name = c < header.count ? header[c] : role.rawValue
        ignored.append(name)
        notes.append(
          "\(file): column \"\(name)\" is not read as \(role.rawValue): \(FieldMessages.quoted(s)) "
            + "on line \(r.line) is not \(expected); listed as ignored")
        break
      }
    }
  }

  /// What `text` should have been to read as `role`, or `nil` when it reads.
  private static func whyNot(
    _ text: String, role: CubeLayout.Role, dateOrder: DateOrder?, amounts: AmountCells
  ) -> String? {
    switch role {
    case .trialStatus:
      return TermText.trialStatus(text) == nil ? "a trial status (none, active, …, yes/no)" : nil
    case .trialEndDate, .cancelDate:
      // A date that reads two ways, no order decided (a customer list under --lenient), is a
      // date: a bad cell of its row, not a column of something else (review 37, R37-4).
      return NoValueCells.isNoValue(text) || MonthHeader.date(text, order: dateOrder) != nil
        || (dateOrder == nil && LedgerDate.isAmbiguous(text))
        ? nil : "a date"
    case .seatsPurchased, .seatsActive, .integrations, .termMonths:
      return (try? ScalarParsers.count(text)) == nil ? "a whole number ≥ 0" : nil
    case .committedMRR, .cac:
      return (amounts.hundredthsIfAny(text) ?? -1) < 0 ? "an amount ≥ 0" : nil
    case .pastDue:
      return ScalarParsers.bool(text) == nil ? "true or false" : nil
    default:
      return nil
    }
  }
}
