// CubeReader: a row's metadata cells read into its customer's facts, and a customer's rows merged.
import ARRCore

extension CubeReader {
  /// Reads the metadata cells into `facts`; a date cell saying no value (`N/A`) is blank,
  /// counted in `noValue`.
  /// - Parameters:
  ///   - amounts: How the file's amounts read (`--amounts cents`, the decimal comma), for a
  ///     committed MRR column.
  ///   - terms: The file's term cells read so far (``TermReadings``).
  ///   - columns: `layout.roles` by ordinal, when the caller made them once for its rows (a
  ///     dictionary lookup per role and row was a twentieth of a large cube's reading).
  static func readFacts(
    _ cells: [String], layout: CubeLayout, header: [String], into facts: inout ImportedAccount,
    line: Int, file: String, amounts: AmountCells, problems: inout [InputProblem],
    noValue: inout NoValueCells, terms: inout TermReadings,
    columns: RoleColumns<CubeLayout.Role>? = nil
  ) {
    let columns = columns ?? RoleColumns(layout.roles)
    func cell(_ role: CubeLayout.Role) -> (String, Int)? {
      guard let c = columns[role], c < cells.count, !cells[c].isEmpty else { return nil }
      return (cells[c], c)
    }
    func problem(_ c: Int, _ message: String) {
      problems.append(InputProblem(file: file, line: line, column: c + 1, message: message))
    }
    if let (s, _) = cell(.segment) { facts.segment = s }
    if let (s, c) = cell(.status) {
      facts.status = ImportedAccount.StatedStatus(
        text: s, column: c < header.count ? header[c] : "status", file: file, line: line)
    }
    if let (s, _) = cell(.contractType) {
      facts.contractType = terms.contractType(s)
      if facts.contractType == nil { facts.unreadContractType = s }
    }
    if let (s, _) = cell(.billingCadence) { facts.billingCadence = terms.billingCadence(s) }
    if let (s, c) = cell(.trialStatus) {
      if let t = TermText.trialStatus(s) {
        facts.trialStatus = t
        facts.trialStatusCell = TermText.isYesNo(s) ? .answer : .word
      } else {
        problem(
          c,
          FieldMessages.choice(
            "trial_status", s, allowed: EnumParser.trialStatusesAllowed + ", yes or no"))
      }
    }
    for (role, path) in countFacts {
      guard let (s, c) = cell(role) else { continue }
      do throws(CountError) {
        facts[keyPath: path] = Int(try ScalarParsers.count(s))
      } catch {
        problem(c, FieldMessages.count(role.rawValue, s, error))
      }
    }
    if let (s, c) = cell(.committedMRR) {
      do throws(AmountUnit.MinorFailure) {
        let v = try amounts.hundredths(s)
        if v < 0 {
          problem(c, "committed_mrr \(FieldMessages.quoted(s)) is negative (expected ≥ 0)")
        } else {
          facts.committedMRR = v
        }
      } catch {
        problem(c, "committed_mrr: " + amounts.message(s, error))
      }
    }
    if let (s, c) = cell(.cac) {
      do throws(AmountUnit.MinorFailure) {
        let v = try amounts.hundredths(s)
        if v < 0 {
          problem(c, "cac \(FieldMessages.quoted(s)) is negative (expected ≥ 0)")
        } else {
          facts.cac = v
        }
      } catch {
        problem(c, "cac: " + amounts.message(s, error))
      }
    }
    if let (s, c) = cell(.pastDue) {
      facts.isPastDue = ScalarParsers.bool(s)
      if facts.isPastDue == nil { problem(c, FieldMessages.bool("past_due", s)) }
    }
    for (role, path) in dateFacts {
      guard let (s, c) = cell(role) else { continue }
      if NoValueCells.isNoValue(s) {
        noValue.add(s, line: line, header: c < header.count ? header[c] : role.rawValue)
      } else if let d = MonthHeader.date(s, order: layout.dateOrder) {
        facts[keyPath: path] = d
      } else if layout.dateOrder == nil && LedgerDate.isAmbiguous(s) {
        // No order decided (a customer list under --lenient): a date, but which one is not
        // known (review 37, R37-4: it was called "not a date").
        problems.append(
          InputProblem(
            file: file, line: line, column: c + 1,
            message:
              "\(role.rawValue) \"\(s)\" reads two ways (month/day or day/month) and no date in "
              + "the file decides (pass --date-order)"))
      } else {
        problems.append(
          InputProblem(
            file: file, line: line, column: c + 1,
            message:
              "\(role.rawValue) \"\(s)\" is not a date (expected e.g. 2025-03-01, 3/1/2025 or Mar 2025)"
          ))
      }
    }
  }

  /// The count facts and where each goes (made once, not for every row).
  private static let countFacts:
    [(CubeLayout.Role, any WritableKeyPath<ImportedAccount, Int?> & Sendable)] = [
      (.seatsPurchased, \ImportedAccount.seatsPurchased), (.seatsActive, \.seatsActive),
      (.integrations, \.integrations), (.termMonths, \.termMonths),
    ]

  /// The date facts and where each goes.
  private static let dateFacts:
    [(CubeLayout.Role, any WritableKeyPath<ImportedAccount, CivilDate?> & Sendable)] =
      [
        (.startDate, \ImportedAccount.startDate), (.endDate, \.contractEndDate),
        (.trialEndDate, \.trialEndDate), (.cancelDate, \.cancelDate),
      ]

  /// Keeps the first non-empty fact of a customer's rows; a conflicting later one is recorded.
  /// - Parameters:
  ///   - other: A later row's facts.
  ///   - a: The customer's facts so far.
  ///   - account: The customer's index, which the conflicts carry.
  ///   - conflicts: Where a differing later value is recorded (``FactConflict``).
  static func merge(
    _ other: ImportedAccount, into a: inout ImportedAccount, account: Int,
    conflicts: inout [FactConflict]
  ) {
    func pick<T: Equatable>(_ path: WritableKeyPath<ImportedAccount, T?>, _ label: String) {
      guard let v = other[keyPath: path] else { return }
      if let have = a[keyPath: path] {
        if have != v {
          conflicts.append(
            FactConflict(
              account: account, id: a.id, fact: label, file: other.source.file,
              line: other.source.line, keptLine: a.source.line))
        }
      } else {
        a[keyPath: path] = v
      }
    }
    pick(\.name, "name")
    pick(\.segment, "segment")
    pick(\.contractType, "contract type")
    if a.contractType == nil {
      a.unreadContractType = a.unreadContractType ?? other.unreadContractType
    }
    pick(\.billingCadence, "billing cadence")
    if let s1 = a.startDate, let e1 = a.contractEndDate, let s2 = other.startDate,
      let e2 = other.contractEndDate, s2 > e1 || s1 > e2
    {
      // Successive terms of one customer (a renewal's row beside the first term's, as a
      // revenue-recognition schedule lists each invoice): one span, from the first start to
      // the last end (trial 50, T50-13: the first row's end was kept, the renewal's term lost
      // and its committed ARR with it).
      a.startDate = min(s1, s2)
      a.contractEndDate = max(e1, e2)
    } else {
      pick(\.startDate, "start date")
      pick(\.contractEndDate, "end date")
    }
    pick(\.trialEndDate, "trial end date")
    pick(\.cancelDate, "cancel date")
    pick(\.seatsPurchased, "seats purchased")
    pick(\.seatsActive, "seats active")
    pick(\.integrations, "integrations")
    pick(\.committedMRR, "committed MRR")
    pick(\.cac, "CAC")
    pick(\.termMonths, "term (months)")
    pick(\.isPastDue, "past due")
    if let s = other.status {
      if let have = a.status {
        if CubeLayout.normalized(have.text) != CubeLayout.normalized(s.text) {
          conflicts.append(
            FactConflict(
              account: account, id: a.id, fact: "status", file: other.source.file,
              line: other.source.line, keptLine: a.source.line))
        }
      } else {
        a.status = s
      }
    }
    if a.trialStatus == .none {
      a.trialStatus = other.trialStatus
      a.trialStatusCell = a.trialStatusCell ?? other.trialStatusCell
    }
  }
}
