import ARRCore

extension MovementLogReader {
  /// How the log was read: the rule, the losses' signs, the as-of month (`last`; after the
  /// log's last movement, in `dataLast`, the levels carried forward), rows after it.
  static func notes(
    _ reading: MovementLog.Reading, file: String, header: [String], layout: MovementLogLayout,
    signs: MovementLog.Signs, last: Month, dataLast: Month, afterAsOf: Int, total: Int64,
    currency: String?, log: inout ImportLog
  ) {
    log.notes.append(
      "\(file): an MRR movements log (column \(FieldMessages.quoted(header[layout.type])) holds "
        + "movement types, \(FieldMessages.quoted(header[layout.amount])) the change in MRR): "
        + "each customer's MRR is rebuilt by adding its movements in date order, a month's MRR "
        + "the level after its last movement that month, carried through months without one, "
        + (last > dataLast
          ? "through \(last) (--as-of: the log's last movement is in \(dataLast), the levels "
            + "carried forward); losses are "
          : "through \(last), the last month the log covers; losses are ")
        + (signs == .signed
          ? "written negative" : "written as positive sizes and subtracted")
        + "; a churn sets the level to 0. The tie-out's source is the levels rebuilt "
        + "(\(Money.text(cents: total, currency: currency)) over every customer-month), the log's amounts "
        + "being changes")
    // Levels carried past the log's last movement are read as facts by every figure over those
    // months: a finding, not only a note (trial 30, T30-19: `--as-of 2030-12` on a log ending
    // 2024-04 gave "1 account paid in 2029-12 and it paid in 2030-12 too", trailing NDR 100%).
    if last > dataLast {
      let carried = last.months(since: dataLast)
      log.findings.append(
        "\(file): the log's last movement is in \(dataLast), \(Counted.phrase(carried, "month")) "
          + "before the as-of month \(last) (--as-of): the levels are carried forward as if the "
          + "log were complete through \(last), with no movement observed; if it was exported "
          + "earlier, the figures over those months (trailing NDR and GRR, the backtest year, "
          + "cohorts) measure nothing. --as-of \(dataLast) reads what the log shows")
    }
    if afterAsOf > 0 {
      log.notes.append(
        "\(file): \(Counted.phrase(afterAsOf, "movement")) dated after \(last) (--as-of) "
          + "\(afterAsOf == 1 ? "is" : "are") not read into any month")
    }
    if reading.newCancelled > 0 {
      log.notes.append(
        "\(file): \(Counted.phrase(reading.newCancelled, "customer")) new and cancelled within a "
          + "month (new_cancelled): MRR 0 after, and in no month's bridge")
    }
  }

  /// What a reviewer should know: customers left out, a log that may be cut by date, churns
  /// whose amount is not the level they end, starts of customers already paying.
  static func findings(
    _ reading: MovementLog.Reading, file: String, first: Month, asOf: Month,
    all: [ImportedAccount], kept: Set<Int>, amount: (Int64) -> String, level: String?,
    log: inout ImportLog
  ) {
    // Customers starting mid-life say the log began after the company's first customers: one
    // cut by date (the last N months, a data room's usual export). Those with a movement in it
    // are opened or left out below; those with none are not in it at all, and nothing can be
    // said of what they pay (session 22, review lane).
    let unseen =
      "a customer with no movement in the log since \(first) is not in it at all: counted in "
      + "no figure, at neither end of the headline's range, so MRR is understated by whatever "
      + "such customers pay; export the log from the company's first movement, or a table of "
      + "MRR per customer and month"
    if let f = reading.opened.first, reading.midLife.isEmpty {
      let n = reading.opened.count
      log.findings.append(
        "\(file): the log may be cut by date: \(Counted.phrase(n, "customer")) "
          + "\(n == 1 ? "starts" : "start") mid-life (first "
          + "\(FieldMessages.quoted(all[f.account].id)) on line \(f.line)), read from the level "
          + "column; " + unseen)
    }
    if let f = reading.opened.first, let level {
      let n = reading.opened.count
      log.notes.append(
        "\(file): \(Counted.phrase(n, "customer")) \(n == 1 ? "starts" : "start") mid-life (the "
          + "first movement is not a new one; first \(FieldMessages.quoted(all[f.account].id)) on "
          + "line \(f.line)): the MRR before the log is read from \(FieldMessages.quoted(level)), "
          + "the level after that movement less its change (\(amount(f.level)) for the first), "
          + "from the log's first month")
    }
    let levels = reading.levelMismatches.filter { kept.contains($0.account) }
    if let f = levels.first, let level {
      log.findings.append(
        "\(file): \(Counted.phrase(levels.count, "row")) whose \(FieldMessages.quoted(level)) is "
          + "not the MRR the movements rebuild (first \(FieldMessages.quoted(all[f.account].id)) on "
          + "line \(f.line): \(amount(f.cents)) given, \(amount(f.before)) rebuilt): the rebuilt "
          + "level is read; a movement missing or counted twice?")
    }
    if let f = reading.midLife.first {
      let n = reading.midLife.count
      var net: Int64 = 0
      var least: Int64 = 0
      for m in reading.midLife {
        net = net &+ m.net
        least = least &+ m.least
      }
      log.findings.append(
        "\(file): the log may be cut by date: \(Counted.phrase(n, "customer")) "
          + "\(n == 1 ? "starts" : "start") mid-life: the first movement is not a new one (first "
          + "\(FieldMessages.quoted(all[f.account].id)) on line \(f.line)), so the MRR before the "
          + "log is not known; left out of every figure (their movements net \(amount(net)); "
          + "by them \(n == 1 ? "it pays" : "they pay") at least \(amount(least)) a month in "
          + "\(asOf), the headline range's other end), so MRR is understated by whatever they "
          + "pay; and " + unseen)
    }
    if !reading.belowZero.isEmpty {
      let f = reading.belowZero[0]
      log.findings.append(
        "\(file): \(Counted.phrase(reading.belowZero.count, "customer")) left out (--lenient): "
          + "a contraction takes the MRR below 0 (first \(FieldMessages.quoted(all[f.account].id)) "
          + "on line \(f.line), from \(amount(f.before)))")
    }
    let mismatches = reading.churnMismatches.filter { kept.contains($0.account) }
    if let f = mismatches.first {
      log.findings.append(
        "\(file): \(Counted.phrase(mismatches.count, "churn")) whose amount is not the MRR "
          + "\(mismatches.count == 1 ? "it ends" : "they end") (first \(FieldMessages.quoted(all[f.account].id)) "
          + "on line \(f.line): \(amount(f.cents)) for an MRR of \(amount(f.before))): the level "
          + "is set to 0 all the same, and the log's churn for the month differs from the "
          + "bridge's by the difference")
    }
    let starts = reading.startsWhilePaying.filter { kept.contains($0.account) }
    if let f = starts.first {
      log.findings.append(
        "\(file): \(Counted.phrase(starts.count, "new or reactivation movement")) for a customer "
          + "already paying (first \(FieldMessages.quoted(all[f.account].id)) on line \(f.line), "
          + "paying \(amount(f.before))): read as adding to its MRR (a second subscription?)")
    }
  }
}
