import ARRCore

/// Paddle Classic's subscription users export (`docs/import.md`, "Paddle Classic"; trial 41,
/// T41-8): one row per subscription, `subscription_id, plan_id, user_id, user_email, state,
/// signup_date, last_payment_amount, last_payment_date, next_payment_amount,
/// next_payment_date, paused_at, paused_from, update_url, cancel_url`. Its amounts are per
/// payment and its interval is the plan's, which the export does not give; before, the table
/// was refused with the advice to rename `next_payment_amount` "monthly price", which read a
/// yearly $490 plan as $490 a month.
///
/// The rule: each row's payment interval is the months between its last and its next payment
/// dates (whole months, ±3 days), else the interval most rows of its plan show; its price is
/// its next payment's amount (the current price), else its last one's. The table is rewritten
/// as a subscriptions table read by ``SubscriptionTableReader`` (`customer_id` the user id,
/// `customer_name` the email, `price` per `billing cycle`), with states read as their words
/// say: `deleted` ends when its last payment's period does (the day before its next payment
/// would have fallen), `paused` is the documented paused row, `trialing` a trial.
enum PaddleClassicUsers {
  /// Headers (normalised) only Paddle Classic's export writes together.
  static let marks: Set<String> = [
    "update url", "cancel url", "paused from", "paused at", "next payment date",
    "last payment date", "signup date",
  ]

  /// Months between payments the subscriptions table reads as a cycle, with its word.
  static let cycles: [Int: String] = [1: "monthly", 3: "quarterly", 6: "semiannual", 12: "annual"]

  /// Rewrites `table` as a subscriptions table when its header is Paddle Classic's subscription
  /// users export; leaves any other table as it is.
  /// - Throws: `.invalidData` naming each row whose interval no date gives, or whose payments
  ///   are months apart that no billing cycle holds.
  /// - Complexity: O(rows).
  static func take(from table: inout ImportTable, notes: inout [String])
    throws(ARRQualityError)
  {
    guard let header = table.records.first else { return }
    let keys = header.cells.map(CubeLayout.normalized)
    guard keys.filter({ marks.contains($0) }).count >= 4 else { return }
    func column(_ names: String...) -> Int? {
      names.lazy.compactMap { keys.firstIndex(of: $0) }.first
    }
    guard let user = column("user id", "user email"), let state = column("state", "status"),
      let signup = column("signup date"), let lastDate = column("last payment date"),
      let nextDate = column("next payment date"),
      let nextAmount = column("next payment amount"), let lastAmount = column("last payment amount")
    else { return }
    let email = column("user email")
    let plan = column("plan id", "plan")
    let nextCurrency = column("next payment currency")
    let lastCurrency = column("last payment currency")
    let file = table.file
    let body = table.records.dropFirst()
    func cell(_ r: ImportTable.Record, _ c: Int?) -> String {
      guard let c, c < r.cells.count else { return "" }
      return r.cells[c]
    }
    func date(_ r: ImportTable.Record, _ c: Int) -> CivilDate? {
      LedgerDate.parse(cell(r, c), order: nil)
    }
    // Each row's own interval, and each plan's commonest.
    var own = [Int: Int]()
    var byPlan = [String: [Int: Int]]()
    for r in body {
      guard let a = date(r, lastDate), let b = date(r, nextDate), let m = months(from: a, to: b)
      else { continue }
      own[r.line] = m
      byPlan[cell(r, plan), default: [:]][m, default: 0] += 1
    }
    let planMonths = byPlan.compactMapValues { counts in
      counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
    var problems = [InputProblem]()
    var rows = [ImportTable.Record]()
    var counts = [Int: Int]()
    for r in body {
      let status = CubeLayout.normalized(cell(r, state))
      let planID = cell(r, plan)
      guard let m = own[r.line] ?? planMonths[planID] else {
        problems.append(
          InputProblem(
            file: file, line: r.line, column: nextDate + 1,
            message: "no payment interval: the row has no last and next payment dates a whole "
              + "number of months apart, and no other row of plan \"\(planID)\" has (expected "
              + "the plan's interval; a Paddle Classic amount is per payment, not per month)"))
        continue
      }
      guard let word = cycles[m] else {
        problems.append(
          InputProblem(
            file: file, line: r.line, column: nextDate + 1,
            message: "payments \(m) months apart: no billing cycle the reader holds (expected "
              + "1, 3, 6 or 12 months)"))
        continue
      }
      counts[m, default: 0] += 1
      let price = cell(r, nextAmount).isEmpty ? cell(r, lastAmount) : cell(r, nextAmount)
      let currency = cell(r, nextCurrency).isEmpty ? cell(r, lastCurrency) : cell(r, nextCurrency)
      var end = ""
      var word_ = status
      if status == "deleted" {
        word_ = "cancelled"
        // Paid through the day before the next payment would have fallen; never paid, it ends
        // at signup.
        let last = date(r, lastDate)
        end =
          (last.map { ServicePeriod.adding(months: m, to: $0) } ?? date(r, signup)).map {
            "\(CivilDate(daysSinceEpoch: $0.daysSinceEpoch - (last == nil ? 0 : 1)))"
          } ?? ""
      }
      rows.append(
        ImportTable.Record(
          line: r.line,
          cells: [
            cell(r, user), cell(r, email), planID, word_,
            date(r, signup).map { "\($0)" } ?? cell(r, signup), end, price, word, currency,
          ]))
    }
    if !problems.isEmpty { throw .problems(problems, in: file) }
    let used: Set<Int> = Set(
      [
        user, email, plan, state, signup, lastDate, nextDate, nextAmount, lastAmount, nextCurrency,
        lastCurrency,
      ].compactMap { $0 })
    let unread = header.cells.indices.filter { !used.contains($0) && !header.cells[$0].isEmpty }
      .map { header.cells[$0] }
    let cyclesRead = counts.keys.sorted().map {
      "\(Counted.phrase(counts[$0]!, "row")) \(cycles[$0]!)"
    }
    notes.append(
      "\(file): read as Paddle Classic's subscription users export: each price is the next "
        + "payment's amount (the last one's when none is due) per the months between the last "
        + "and next payment dates, or the interval its plan's other rows show ("
        + cyclesRead.joined(separator: ", ") + "); \"deleted\" ends when its last payment's "
        + "period does, \"paused\" is read as paused"
        + (unread.isEmpty ? "" : "; not read: " + unread.joined(separator: ", ")))
    table.records =
      [
        ImportTable.Record(
          line: header.line,
          cells: [
            "customer_id", "customer_name", "plan", "status", "start_date", "end_date", "price",
            "billing cycle", "currency",
          ])
      ] + rows
  }

  /// Whole months from `a` to `b` (1…36), the days within 3 of each other (a payment on the
  /// 31st falls on the 28th–30th of a shorter month); `nil` otherwise.
  static func months(from a: CivilDate, to b: CivilDate) -> Int? {
    let m = b.month.months(since: a.month)
    guard (1...36).contains(m) else { return nil }
    let shifted = ServicePeriod.adding(months: m, to: a)
    return abs(b.days(since: shifted)) <= 3 ? m : nil
  }
}
