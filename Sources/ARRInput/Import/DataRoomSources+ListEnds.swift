import ARRCore

extension DataRoomSources {
  /// Refuses a customer list with an end column beside a subscriptions table without one
  /// (`docs/import.md`, "Subscriptions table": a second file with an end column is an error).
  /// Joined as a list, its ends were read as contracts' renewal dates, and the table's
  /// subscriptions, with no end of their own, billed past them (decided, session 29, t28c lane;
  /// trial 28, T28-9: novasaas' `customers.csv` with its `subscriptions.csv`, 49 `Churned`
  /// rows with an `end_date`, read $349,800 for $308,052, the ends honoured by hand).
  /// - Throws: `ARRQualityError.data` naming the list, its end column and the table.
  static func refuseListEnds(
    _ lists: [(accounts: [ImportedAccount], index: Int)], tableIndex: Int, log: ImportLog
  ) throws(ARRQualityError) {
    let tableEnd = SubscriptionTableReader.Role.end.rawValue + ": "
    guard !log.files[tableIndex].recognisedColumns.contains(where: { $0.hasPrefix(tableEnd) })
    else { return }
    let listEnd = CubeLayout.Role.endDate.rawValue + ": "
    for list in lists {
      guard
        let column = log.files[list.index].recognisedColumns.first(where: {
          $0.hasPrefix(listEnd)
        })?.dropFirst(listEnd.count)
      else { continue }
      let table = log.files[tableIndex].file
      throw .data(
        "\(log.files[list.index].file): an end column (\"\(column)\") beside the subscriptions "
          + "table \(table), which has none: joined as a customer list, its ends would be read "
          + "as contracts' renewal dates while \(table)'s subscriptions bill on past them "
          + "(expected one table holding each subscription's start, end and price: add the end "
          + "column to \(table), joined on the customer, and pass that table alone)")
    }
  }
}
