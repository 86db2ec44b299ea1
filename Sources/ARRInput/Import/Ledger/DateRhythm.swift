import ARRCore

/// Each customer's invoice dates read both day first and month first, asked when no cell
/// decides the day/month order (every date reads both ways: a ledger billed on the 1st to the
/// 12th of each month): a customer billed every month on one day reads, in the order the file
/// is written in, as the same day of consecutive months, and in the other as consecutive days
/// of one month (`docs/import.md`, "Day/month order from the lines' rhythm").
///
/// Decided (session 36, imp; hostile trial 35, H35-2): a US ledger billed on the 1st
/// (`02/01/2025`) read with `--date-order dmy` put each customer's six monthly invoices on the
/// first six days of January, as of 2025-01, headline $370,374 for a hand $73,809, without a
/// word. A customer counts when it has 3 distinct dates or more; an order is the rhythm's when
/// it spaces at least half of those customers a month apart and the other order spaces none.
struct DateRhythm: Sendable {
  /// The rows below the header.
  var body: ArraySlice<ImportTable.Record>
  /// The columns naming the customer, in preference (its id, then its name).
  var customer: [Int]
  /// The column dating each line.
  var date: Int

  /// One customer's dates, read one way.
  struct Customer: Sendable {
    /// The customer's key (``CustomerKey/plain(_:)``, as the reader keys its lines).
    var key: String
    /// Its first and last dated cells in line order, for a message.
    var first: (text: String, line: Int)
    var last: (text: String, line: Int)
    /// Its distinct dates read in the order asked, sorted.
    var dates: [CivilDate]
    /// How many lines it has.
    var lines: Int
  }

  /// What the rhythm says of one order.
  struct Reading: Sendable {
    /// Customers with 3 distinct dates or more.
    var counted: Int
    /// Those the order spaces a month apart (the same day of consecutive months) and the other
    /// order crowds into consecutive days of one month.
    var spaced: [Customer]
  }

  /// How `order` reads the customers' dates (``Reading``).
  func reading(_ order: DateOrder) -> Reading {
    let other: DateOrder = order == .mdy ? .dmy : .mdy
    var byKey = [String: Int]()
    var seen = [(key: String, cells: [(text: String, line: Int)])]()
    for r in body {
      guard date < r.cells.count, !r.cells[date].isEmpty,
        let c = customer.first(where: { $0 < r.cells.count && !r.cells[$0].isEmpty })
      else { continue }
      let key = CustomerKey.plain(r.cells[c])
      if let i = byKey[key] {
        seen[i].cells.append((r.cells[date], r.line))
      } else {
        byKey[key] = seen.count
        seen.append((key, [(r.cells[date], r.line)]))
      }
    }
    var counted = 0
    var spaced = [Customer]()
    for (key, cells) in seen {
      guard let these = Self.dates(cells, order), these.count >= 3,
        let those = Self.dates(cells, other)
      else { continue }
      counted += 1
      guard Self.isMonthly(these), Self.isConsecutiveDays(those) else { continue }
      spaced.append(
        Customer(
          key: key, first: cells[0], last: cells[cells.count - 1], dates: these,
          lines: cells.count))
    }
    return Reading(counted: counted, spaced: spaced)
  }

  /// The order only one reading gives a monthly rhythm (at least half of the customers with 3
  /// dates or more spaced a month apart, none the other way), with its reading; `nil` when
  /// neither or both do.
  func decided() -> (order: DateOrder, reading: Reading)? {
    let mdy = reading(.mdy)
    let dmy = reading(.dmy)
    for (order, these, those) in [(DateOrder.mdy, mdy, dmy), (.dmy, dmy, mdy)]
    where !these.spaced.isEmpty && those.spaced.isEmpty && 2 * these.spaced.count >= these.counted {
      return (order, these)
    }
    return nil
  }

  /// The finding when `given` (`--date-order`) is the order the rhythm does not take: the
  /// customers it crowds into consecutive days of one month, which the other order spaces a
  /// month apart; `nil` otherwise.
  func contradicts(_ given: DateOrder, file: String) -> (text: String, accounts: [String])? {
    guard let (order, reading) = decided(), order != given else { return nil }
    let example = reading.spaced[0]
    let days = Self.dates([example.first, example.last], given) ?? []
    let names = reading.spaced.prefix(5).map { "\"\($0.key)\"" }.joined(separator: ", ")
    let more = reading.spaced.count > 5 ? " and \(reading.spaced.count - 5) more" : ""
    let (givenWords, otherWords) =
      given == .dmy ? ("day first", "month first") : ("month first", "day first")
    let span = days.count == 2 ? ", read \(days[0]) to \(days[1])" : ""
    let runs = [order, given].map { o in lastMonth(o).map { "\($0)" } ?? "?" }
    return (
      "\(file): every date reads both day first and month first, and --date-order "
        + "\(given.rawValue) (\(givenWords)) puts the lines of \(reading.spaced.count) of the "
        + "\(reading.counted) customers billed on 3 dates or more on consecutive days of one month "
        + "(\(names)\(more)): \"\(example.key)\"'s \(example.lines) lines, \"\(example.first.text)\" "
        + "(line \(example.first.line)) to \"\(example.last.text)\" (line \(example.last.line))"
        + "\(span). Read \(otherWords) (--date-order \(order.rawValue)) they fall on the same day "
        + "of consecutive months (\(example.dates[0]) to \(example.dates[example.dates.count - 1])), "
        + "as monthly billing does, and the file runs to \(runs[0]) (to \(runs[1]) as "
        + "read): check the order the file is "
        + "written in",
      reading.spaced.map(\.key)
    )
  }

  /// The month of the latest date the column holds read in `order`.
  func lastMonth(_ order: DateOrder) -> Month? {
    var last: CivilDate?
    for r in body where date < r.cells.count && !r.cells[date].isEmpty {
      if let d = LedgerDate.parse(r.cells[date], order: order), last.map({ d > $0 }) ?? true {
        last = d
      }
    }
    return last.map { Month(year: $0.parts.year, month: $0.parts.month) }
  }

  /// The note when the rhythm decides the order of `file`, whose dates read both ways.
  static func note(
    file: String, order: DateOrder, reading: Reading, example: (text: String, line: Int)
  ) -> String {
    let c = reading.spaced[0]
    let (words, otherWords, other) =
      order == .mdy ? ("month first", "day first", "dmy") : ("day first", "month first", "mdy")
    return
      "\(file): dates read \(words) (\(order.rawValue)): every date reads both ways (\"\(example.text)\" "
      + "on line \(example.line)) and nothing else in the file decides, but read \(words) the "
      + "lines of \(reading.spaced.count) of \(reading.counted) customers billed on 3 dates or "
      + "more fall on the same day of consecutive months (\"\(c.key)\": \(c.dates[0]) to "
      + "\(c.dates[c.dates.count - 1])), and read \(otherWords) on consecutive days of one "
      + "month; pass --date-order \(other) if the file is written \(otherWords)"
  }

  /// The distinct days `cells` name read in `order`, sorted; `nil` when one is not a date.
  static func dates(_ cells: [(text: String, line: Int)], _ order: DateOrder) -> [CivilDate]? {
    var days = Set<CivilDate>()
    for cell in cells {
      guard let d = LedgerDate.parse(cell.text, order: order) else { return nil }
      days.insert(d)
    }
    return days.sorted()
  }

  /// Whether sorted `dates` fall on one day of consecutive months.
  static func isMonthly(_ dates: [CivilDate]) -> Bool {
    zip(dates, dates.dropFirst()).allSatisfy { a, b in
      let (p, q) = (a.parts, b.parts)
      return p.day == q.day && (q.year * 12 + q.month) - (p.year * 12 + p.month) == 1
    }
  }

  /// Whether sorted `dates` are consecutive days of one month.
  static func isConsecutiveDays(_ dates: [CivilDate]) -> Bool {
    zip(dates, dates.dropFirst()).allSatisfy { a, b in
      b.daysSinceEpoch - a.daysSinceEpoch == 1 && a.parts.month == b.parts.month
    }
  }
}
