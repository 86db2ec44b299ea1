import ARRCore

extension MonthlyTableReader {
  /// Replaces the table's cells by the change log's levels (``ChangeLog/reading(_:accounts:span:)``),
  /// counts what carrying added in the tie-out's source (the carried months are not in the file;
  /// the identity holds because the source grows by what the cells grow), and says so in a note;
  /// findings for keys that paid before their first row and for starts while paying.
  /// - Parameters:
  ///   - reading: The levels of the kept rows through the last month read.
  ///   - eventColumn: The column of event labels; `nil` for a log without labels, which a
  ///     finding names, with the other reading.
  ///   - subscription: The subscription id column, when levels are carried per subscription.
  /// - Complexity: O(keys × months).
  static func readChangeLog(
    _ reading: ChangeLog.Reading, into data: inout CubeData, file: String, header: [String],
    layout: MonthlyTableLayout, eventColumn: Int?, subscription: Int?, log: inout ImportLog
  ) {
    let span = data.monthCount
    if reading.hasOverflowed { log.tieOut.hasOverflowed = true }
    func total(_ cells: [Int64]) -> Int64 {
      var sum: Int64 = 0
      for v in cells {
        let (s, o) = sum.addingReportingOverflow(v)
        if o { log.tieOut.hasOverflowed = true } else { sum = s }
      }
      return sum
    }
    let (added, isOverflow) = total(reading.cells).subtractingReportingOverflow(total(data.cells))
    if isOverflow {
      log.tieOut.hasOverflowed = true
    } else {
      log.tieOut.add(added, to: \.sourceCents)
    }
    data.cells = reading.cells
    let last = data.firstMonth.adding(months: span - 1)
    let carriedBy =
      subscription.map { "subscription (\"\(header[$0])\")" } ?? "customer"
    let months = reading.carriedMonths
    let evidence =
      eventColumn.map {
        "column \"\(header[$0])\" holds events such as new, upgrade or cancelled, and the rows "
          + "skip months"
      }
      ?? "no label: the rows skip months, never repeat a customer's amount, and end in rows of 0"
    log.notes.append(
      "\(file): a plan change log (\(evidence)): each row's \"\(header[layout.amount])\" "
        + "is the \(carriedBy)'s MRR from its month until its next row (an end's is 0), carried "
        + "through \(last), the last month read (the file gives no export date); \(CountText.grouped(months)) "
        + "month\(months == 1 ? "" : "s") carried, \(Money.decimalString(cents: added)) counted in "
        + "the tie-out's source as read")
    // Unlabelled, the reading is the rows' shape alone: said where findings are read, with
    // the other reading (session 22, lead; trial 22, T22-19).
    if eventColumn == nil {
      log.findings.append(
        "\(file): read as a log of MRR changes without labels: each customer's rows skip months, "
          + "no row repeats the amount before it, and rows of 0 end customers, as a table of "
          + "changes writes them and an invoice list does not; each \"\(header[layout.amount])\" "
          + "is carried until the customer's next row (\(Money.decimalString(cents: added)) added "
          + "by carrying). If the rows are invoices, pass --values billings")
    }
    if let first = reading.paidBefore.first {
      let n = reading.paidBefore.count
      log.findings.append(
        "\(file): \(CountText.grouped(n)) \(subscription == nil ? "customer" : "subscription")\(n == 1 ? "" : "s") "
          + "first appear\(n == 1 ? "s" : "") with a change or an end, not a start (first "
          + "\"\(data.accounts[first.account].id)\" on line \(first.line)): paid before that row "
          + "at a level the log does not give, so the months before it read as 0 and the bridge "
          + "counts that revenue as new; export the log from the subscriptions' starts")
    }
    if let first = reading.startsWhilePaying.first {
      let n = reading.startsWhilePaying.count
      log.findings.append(
        "\(file): \(CountText.grouped(n)) start row\(n == 1 ? "" : "s") for a \(subscription == nil ? "customer" : "subscription") still "
          + "paying (first \"\(data.accounts[first.account].id)\" on line \(first.line)): read as "
          + "replacing its level"
          + (subscription == nil
            ? "; if customers hold several subscriptions at once, export a subscription id "
              + "column so that each is carried apart" : ""))
    }
  }
}
