import ARRCore

extension MovementLogReader {
  /// How the log was read: the rule, the losses' signs, the as-of month, rows after it.
  static func notes(
    _ reading: MovementLog.Reading, file: String, header: [String], layout: MovementLogLayout,
    signs: MovementLog.Signs, last: Month, afterAsOf: Int, total: Int64, currency: String?,
    log: inout ImportLog
  ) {
    log.notes.append(
      "\(file): an MRR movements log (column \(FieldMessages.quoted(header[layout.type])) holds "
        + "movement types, \(FieldMessages.quoted(header[layout.amount])) the change in MRR): "
        + "each customer's MRR is rebuilt by adding its movements in date order, a month's MRR "
        + "the level after its last movement that month, carried through months without one, "
        + "through \(last), the last month the log covers; losses are "
        + (signs == .signed
          ? "written negative" : "written as positive sizes and subtracted")
        + "; a churn sets the level to 0. The tie-out's source is the levels rebuilt "
        + "(\(Money.text(cents: total, currency: currency)) over every customer-month), the log's amounts "
        + "being changes")
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

  /// What a reviewer should know: customers left out, churns whose amount is not the level
  /// they end, starts of customers already paying.
  static func findings(
    _ reading: MovementLog.Reading, file: String, accounts: [ImportedAccount],
    all: [ImportedAccount], kept: Set<Int>, amount: (Int64) -> String, level: String?,
    log: inout ImportLog
  ) {
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
      for m in reading.midLife { net = net &+ m.net }
      log.findings.append(
        "\(file): \(Counted.phrase(n, "customer")) \(n == 1 ? "starts" : "start") mid-life: "
          + "the first movement is not a new one (first \(FieldMessages.quoted(all[f.account].id)) "
          + "on line \(f.line)), so the MRR before the log is not known; left out of every "
          + "figure (their movements net \(amount(net))), so MRR is understated by whatever "
          + "they pay; export the log from the company's first movement, or a table of MRR per "
          + "customer and month")
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
