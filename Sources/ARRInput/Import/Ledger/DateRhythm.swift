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
/// the customers it spaces a month apart hold at least half of those customers' lines and more
/// than twice the lines the other order spaces (session 37, imp; retest 36, N2: a top-up
/// customer spaced the other way made `--date-order mdy` on a day-first ledger pass silently).
///
/// Decided (session 37, imp; review 36 #2): the two readings are each other's transpose, so the
/// dates alone never tell monthly billing on the 1st from daily lines on the 1st to the 6th of
/// January (`01/03/2025`..`10/03/2025`, two customers' daily lines in March written day first,
/// read month first as ten months on the 3rd: $1,680 for a hand $16,800). The order is taken
/// only when the file breaks the mirror (``Reading/breaksTheMirror``): the customers it spaces
/// fall on different days of the month (read the other way their daily lines would sit in
/// different months on the same days), or at least half of them have a line whose description
/// names a monthly term (`Pro plan - monthly`, ``TermText``). Otherwise the file is refused,
/// asking for `--date-order`, and a given order is not second-guessed.
struct DateRhythm: Sendable {
  /// The rows below the header.
  var body: ArraySlice<ImportTable.Record>
  /// The columns naming the customer, in preference (its id, then its name).
  var customer: [Int]
  /// The column dating each line.
  var date: Int
  /// The column describing each line, if any (``Customer/isDescribedMonthly``).
  var description: Int? = nil

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
    /// Its first line whose description names a monthly term (``TermText/contractType(_:)``),
    /// if any.
    var monthlyLine: (text: String, line: Int)?
  }

  /// What the rhythm says of one order.
  struct Reading: Sendable {
    /// Customers with 3 distinct dates or more.
    var counted: Int
    /// Their lines.
    var countedLines: Int
    /// Those the order spaces a month apart (the same day of consecutive months) and the other
    /// order crowds into consecutive days of one month.
    var spaced: [Customer]

    /// The lines of ``spaced``.
    var spacedLines: Int { spaced.reduce(0) { $0 + $1.lines } }

    /// Whether the file says this reading is not the other's transpose: the spaced customers
    /// fall on two days of the month or more (read the other way, their consecutive days would
    /// sit in different months), or at least half of them have a line describing a monthly term.
    var breaksTheMirror: Bool {
      Set(spaced.map { $0.dates[0].parts.day }).count >= 2
        || 2 * spaced.filter { $0.monthlyLine != nil }.count >= spaced.count
    }
  }

  /// How `order` reads the customers' dates (``Reading``).
  func reading(_ order: DateOrder) -> Reading {
    var byKey = [String: Int]()
    var seen = [
      (key: String, cells: [(text: String, line: Int)], monthly: (text: String, line: Int)?)
    ]()
    for r in body {
      guard date < r.cells.count, !r.cells[date].isEmpty,
        let c = customer.first(where: { $0 < r.cells.count && !r.cells[$0].isEmpty })
      else { continue }
      let key = CustomerKey.plain(r.cells[c])
      let i: Int
      if let known = byKey[key] {
        i = known
      } else {
        i = seen.count
        byKey[key] = i
        seen.append((key, [], nil))
      }
      seen[i].cells.append((r.cells[date], r.line))
      if seen[i].monthly == nil, let d = description, d < r.cells.count, !r.cells[d].isEmpty,
        TermText.contractType(r.cells[d]) == .monthly
      {
        seen[i].monthly = (r.cells[d], r.line)
      }
    }
    var counted = 0
    var countedLines = 0
    var spaced = [Customer]()
    for (key, cells, monthly) in seen {
      guard let these = Self.dates(cells, order), these.count >= 3,
        let those = Self.dates(cells, order.other)
      else { continue }
      counted += 1
      countedLines += cells.count
      guard Self.isMonthly(these), Self.isConsecutiveDays(those) else { continue }
      spaced.append(
        Customer(
          key: key, first: cells[0], last: cells[cells.count - 1], dates: these,
          lines: cells.count, monthlyLine: monthly))
    }
    return Reading(counted: counted, countedLines: countedLines, spaced: spaced)
  }

  /// The order whose reading gives the customers' lines a monthly rhythm (those it spaces a
  /// month apart hold at least half of the counted customers' lines and more than twice the
  /// lines the other order spaces) and breaks the mirror (``Reading/breaksTheMirror``), with
  /// its reading; `nil` otherwise.
  func decided() -> (order: DateOrder, reading: Reading)? {
    let mdy = reading(.mdy)
    let dmy = reading(.dmy)
    for (order, these, those) in [(DateOrder.mdy, mdy, dmy), (.dmy, dmy, mdy)]
    where 2 * these.spacedLines >= these.countedLines
      && these.spacedLines > 2 * those.spacedLines && these.breaksTheMirror
    {
      return (order, these)
    }
    return nil
  }

  /// Why the reading is not the other's transpose, for a message: the days of the month its
  /// customers are billed on, or an example of a line describing a monthly term.
  static func mirrorBreak(_ reading: Reading) -> String {
    let days = Set(reading.spaced.map { $0.dates[0].parts.day }).sorted()
    if days.count >= 2 {
      let shown = days.prefix(4).map { "\($0)" }.joined(separator: ", ")
      return
        "they are billed on different days of the month (\(shown)\(days.count > 4 ? ", …" : "")), "
        + "and read the other way their lines would fill the same days of different months"
    }
    let described = reading.spaced.filter { $0.monthlyLine != nil }
    let example = described[0].monthlyLine!
    return
      "\(described.count) of them describe a monthly term (\(FieldMessages.quoted(example.text)) on line "
      + "\(example.line))"
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
    let span = days.count == 2 ? ", read \(days[0]) to \(days[1])" : ""
    let runs = [order, given].map { o in lastMonth(o).map { "\($0)" } ?? "?" }
    return (
      "\(file): every date reads both day first and month first, and --date-order "
        + "\(given.rawValue) (\(given.words)) puts the lines of \(reading.spaced.count) of the "
        + "\(reading.counted) customers billed on 3 dates or more on consecutive days of one month "
        + "(\(names)\(more)): \"\(example.key)\"'s \(example.lines) lines, \"\(example.first.text)\" "
        + "(line \(example.first.line)) to \"\(example.last.text)\" (line \(example.last.line))"
        + "\(span). Read \(order.words) (--date-order \(order.rawValue)) they fall on the same day "
        + "of consecutive months (\(example.dates[0]) to \(example.dates[example.dates.count - 1])), "
        + "as monthly billing does; \(Self.mirrorBreak(reading)); the file runs to \(runs[0]) (to \(runs[1]) as "
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

  /// The information finding when the rhythm decides the order of `file`, whose dates read
  /// both ways: the decision moves every month, so it names the month the file runs to read
  /// each way (review 36 #7).
  func note(
    file: String, order: DateOrder, reading: Reading, example: (text: String, line: Int)
  ) -> String {
    let c = reading.spaced[0]
    let (words, otherWords) = (order.words, order.other.words)
    let runs = [order, order.other].map { o in lastMonth(o).map { "\($0)" } ?? "?" }
    return
      "\(file): dates read \(words) (\(order.rawValue)), so the file runs to \(runs[0]) (to "
      + "\(runs[1]) read \(otherWords)): every date reads both ways (\"\(example.text)\" on line "
      + "\(example.line)) and nothing else in the file decides, but read \(words) the lines of "
      + "\(reading.spaced.count) of \(reading.counted) customers billed on 3 dates or more fall "
      + "on the same day of consecutive months (\"\(c.key)\": \(c.dates[0]) to "
      + "\(c.dates[c.dates.count - 1])), and read \(otherWords) on consecutive days of one "
      + "month; \(Self.mirrorBreak(reading)); pass --date-order \(order.other.rawValue) if the "
      + "file is written \(otherWords)"
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
