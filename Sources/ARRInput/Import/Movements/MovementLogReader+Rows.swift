import ARRCore

extension MovementLogReader {
  /// The rows of a movements log read so far: its accounts (in order of first row) and
  /// movements.
  struct Rows {
    var events: [MovementLog.Event] = []
    /// The amount's cell text of each event, for messages.
    var texts: [String] = []
    var accounts: [ImportedAccount] = []
    var index: [String: Int] = [:]
    /// Currencies seen, each with its first line.
    var currencies: [String: Int] = [:]
    /// The months of the rows read (before `--as-of`).
    var first: Month?
    var last: Month?

    /// Reads one row; its problems (`file:line:column`), none when it is read.
    mutating func read(
      _ cells: [String], line: Int, layout: MovementLogLayout, months: [String: Month],
      order: DateOrder?, amounts: AmountCells, file: String
    ) -> [InputProblem] {
      func cell(_ c: Int?) -> String { c.map { $0 < cells.count ? cells[$0] : "" } ?? "" }
      var problems = [InputProblem]()
      func problem(_ column: Int, _ message: String) {
        problems.append(InputProblem(file: file, line: line, column: column + 1, message: message))
      }
      let idText = cell(layout.id)
      let nameText = cell(layout.name)
      let key = idText.isEmpty ? nameText : idText
      if key.isEmpty {
        problem(layout.customer, "no customer id or name (expected a value in this column)")
      }
      let dateText = cell(layout.date)
      let month = months[dateText]
      if month == nil {
        problem(
          layout.date,
          "date \(FieldMessages.quoted(dateText)) is not a date or a month (expected e.g. "
            + "2024-01-15, 2024-01 or 1/15/2024)")
      }
      let typeText = cell(layout.type)
      let kind = MovementKind.of(typeText)
      if kind == nil {
        problem(
          layout.type,
          "movement type \(FieldMessages.quoted(typeText)) is not known (expected new, "
            + "expansion, contraction, churn or reactivation, in any of the spellings "
            + "docs/import.md lists, such as new_biz, upgrade, downgrade, cancelled)")
      }
      let text = cell(layout.amount)
      var cents: Int64?
      if text.isEmpty {
        if let kind, kind != .churn && kind != .newCancelled {
          problem(
            layout.amount,
            "no amount for a \(kind.words) movement (only a churn may leave it blank: its level "
              + "after is 0)")
        }
      } else {
        do throws(AmountUnit.MinorFailure) {
          var named: String?
          if let c = layout.currency {
            named = CubeReader.rowCurrency(
              cell(c), column: c, line: line, file: file, named: layout.headerCurrency,
              problems: &problems)
          }
          cents = try amounts.hundredths(text, currency: named ?? layout.headerCurrency)
          if let named, problems.isEmpty, currencies[named] == nil { currencies[named] = line }
          if cents != 0, problems.isEmpty,
            let code = CurrencySigns.code(amount: text, named: layout.headerCurrency),
            currencies[code] == nil
          {
            currencies[code] = line
          }
        } catch {
          problem(layout.amount, amounts.message(text, error))
        }
      }
      var levelAfter: Int64?
      let levelText = cell(layout.levelAfter)
      if let c = layout.levelAfter, !levelText.isEmpty {
        do throws(AmountUnit.MinorFailure) {
          levelAfter = try amounts.hundredths(levelText, currency: layout.headerCurrency)
        } catch {
          problem(c, amounts.message(levelText, error))
        }
      }
      guard problems.isEmpty, let month, let kind else { return problems }
      let a: Int
      if let existing = index[key] {
        a = existing
        if accounts[a].name == nil && !nameText.isEmpty { accounts[a].name = nameText }
      } else {
        a = accounts.count
        index[key] = a
        accounts.append(
          ImportedAccount(id: key, name: nameText.isEmpty ? nil : nameText, source: (file, line)))
      }
      first = min(first ?? month, month)
      last = max(last ?? month, month)
      // Months since the first are set once every row is read; the month's ordinal until then.
      events.append(
        MovementLog.Event(
          account: a, month: Int(month.ordinal),
          day: MonthHeader.date(dateText, order: order), line: line, kind: kind, cents: cents,
          levelAfter: levelAfter))
      texts.append(text)
      return []
    }
  }
}
