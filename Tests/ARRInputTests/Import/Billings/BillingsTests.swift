import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A billings cube: one row per account (amounts in whole units, `nil` for an empty cell),
/// months from January 2024.
func billingsCube(
  _ rows: [(String, [Int?])], segment: String? = nil, contracts: [String: String]? = nil
) -> String {
  let months = rows.map(\.1.count).max() ?? 0
  var text = "Customer" + (segment == nil ? "" : ",Segment") + (contracts == nil ? "" : ",Contract")
  for m in 0..<months { text += "," + Month(year: 2024, month: 1).adding(months: m).description }
  text += "\n"
  for (name, amounts) in rows {
    text +=
      name + (segment.map { "," + $0 } ?? "") + (contracts.map { "," + ($0[name] ?? "") } ?? "")
    for m in 0..<months {
      text += "," + (m < amounts.count ? amounts[m].map(String.init) ?? "" : "")
    }
    text += "\n"
  }
  return text
}

private func row(_ months: Int, _ invoices: [Int: Int]) -> [Int?] {
  (0..<months).map { invoices[$0] }
}

@Suite struct BillingsTests {
  static let options = ImportOptions(values: .billings)

  func mrr(_ c: ImportedCompany, _ account: Int) -> [Int64] {
    Array(c.mrr[(account * c.monthCount)..<((account + 1) * c.monthCount)])
  }

  @Test func anAnnualRhythmSpreadsFlatWithResidualAndDeferred() throws {
    // 1,000.00 billed every 12 months, the renewal a month late: 100000 / 12 = 8333.33, residual
    // 4 cents per invoice; the late renewal covers months 12–23 (service continues).
    let c = try importCube(
      billingsCube([
        ("A", row(20, [0: 1000, 13: 1000])),
        ("M", row(20, Dictionary(uniqueKeysWithValues: (0..<20).map { ($0, 100) }))),
      ]),
      options: Self.options)
    #expect(mrr(c, 0) == Array(repeating: 8_333, count: 20))
    let a = c.accounts[0]
    #expect(a.billingCadence == .annual)
    #expect(a.contractType == .annual)
    #expect(a.inferred == [.billingCadence, .contractType, .contractEndDate])
    #expect(a.contractEndDate == CivilDate("2025-12-31"))
    #expect(a.rules.contains(.rhythmAnnual))
    // Deferred: the renewal's months 20–23 (4 × 8333), residual 2 × 4 cents.
    #expect(c.log.tieOut.deferredCents == 4 * 8_333)
    #expect(c.log.tieOut.residualCents == 8)
    #expect(try c.checkedTieOut().isBalanced)
  }

  @Test func quarterlyAndMonthlyRhythms() throws {
    let c = try importCube(
      billingsCube([
        ("Q", row(12, [0: 300, 3: 300, 6: 300, 9: 300])),
        ("M", row(12, Dictionary(uniqueKeysWithValues: (0..<12).map { ($0, 50) }))),
      ]), options: Self.options)
    #expect(mrr(c, 0) == Array(repeating: 10_000, count: 12))
    #expect(c.accounts[0].billingCadence == .quarterly)
    #expect(c.accounts[0].contractType == nil)
    #expect(mrr(c, 1) == Array(repeating: 5_000, count: 12))
    #expect(c.accounts[1].billingCadence == .monthly)
  }

  @Test func anAddOnConfirmedByTheRenewalIsSpreadToTheRenewal() throws {
    // 1,200 a year; a 350 add-on billed in month 5 (7 months left); the renewal steps up to 1,800.
    let c = try importCube(
      billingsCube([
        ("A", row(18, [0: 1200, 5: 350, 12: 1800])), ("B", row(18, [0: 10, 1: 10, 2: 10])),
      ]),
      options: Self.options)
    let m = mrr(c, 0)
    #expect(m[0] == 10_000)
    #expect(m[5] == 10_000 + 5_000)
    #expect(m[11] == 15_000)
    #expect(m[12] == 15_000)
    #expect(c.accounts[0].rules.contains(.addOnConfirmed))
    #expect(c.oneTime[0..<18].allSatisfy { $0 == 0 })
  }

  @Test func anOffCycleInvoiceWithoutStepUpIsOneTime() throws {
    let c = try importCube(
      billingsCube([
        ("A", row(18, [0: 1200, 5: 350, 12: 1200])), ("B", row(18, [0: 10, 1: 10, 2: 10])),
      ]),
      options: Self.options)
    #expect(mrr(c, 0)[5] == 10_000)
    #expect(c.oneTime[5] == 35_000)
    #expect(c.accounts[0].rules.contains(.offCycleOneTime))
  }

  @Test func aMonthlySpikeAboveEqualNeighboursIsAOneTimeFee() throws {
    let c = try importCube(
      billingsCube([("A", row(6, [0: 100, 1: 100, 2: 600, 3: 100, 4: 100, 5: 100]))]),
      options: Self.options)
    #expect(mrr(c, 0) == Array(repeating: 10_000, count: 6))
    #expect(c.oneTime[2] == 50_000)
    #expect(c.accounts[0].rules.contains(.monthlySpikeFee))
  }

  @Test func aSinglePaymentIsDecidedBySizeAndPriced() throws {
    // Five monthly accounts at 100 a month; Y pays 1,200 once in the last month: 12× the typical
    // monthly invoice, so a term payment spread over the dominant long rhythm (annual, from Z).
    var rows: [(String, [Int?])] = (1...5).map {
      ("M\($0)", row(14, Dictionary(uniqueKeysWithValues: (0..<14).map { ($0, 100) })))
    }
    rows.append(("Y", row(14, [13: 1200])))
    rows.append(("Z", row(14, [0: 2400, 12: 2400])))
    rows.append(("S", row(14, [13: 90])))
    // Contract types given, so every account's terms are known and the company converts.
    let contracts = Dictionary(uniqueKeysWithValues: rows.map { ($0.0, "monthly") })
    let c = try importCube(billingsCube(rows, contracts: contracts), options: Self.options)
    let y = c.accounts[5]
    #expect(mrr(c, 5)[13] == 10_000)
    #expect(y.rules.contains(.singlePaymentTerm))
    #expect(y.billingCadence == .annual)
    #expect(y.ambiguousMRR?.low == 10_000)
    #expect(y.ambiguousMRR?.high == 120_000)
    let s = c.accounts[7]
    #expect(s.rules.contains(.singlePaymentMonthly))
    #expect(mrr(c, 7)[13] == 9_000)
    let converted = try c.company()
    let summary = try #require(converted.company.dataQuality.imported)
    let headline =
      12 * c.mrr.enumerated().filter { $0.offset % 14 == 13 }.map(\.element).reduce(0, +)
    #expect(summary.ambiguousARRLow <= headline)
    #expect(summary.ambiguousARRHigh >= headline + 12 * 110_000)
    #expect(
      summary.rules.contains {
        $0.rule == "single_payment_term_by_size" && $0.accounts == 1 && $0.arrCents == 120_000
      })
  }

  /// The term a single payment is read as dates its end, as a rhythm's last term does (render
  /// review 38, R38-3: billings' 46 such accounts, $9.18M, sat in "no end date"). The same
  /// company with no contract types given: Y's 1,200 in month 13 is spread over 12 months, so
  /// its term ends on the last day of month 24 (13 + 12 − 1), inferred; Z's rhythm of 2,400
  /// every 12 months ends its last term (from month 12) on month 23's last day, as before. Y
  /// alone is committed on a single payment's size: 12 × 100.00 = 1,200.00 of committed ARR
  /// that would be 0 were the payment one month's revenue.
  @Test func aSinglePaymentsTermDatesItsEnd() throws {
    var rows: [(String, [Int?])] = (1...5).map {
      ("M\($0)", row(14, Dictionary(uniqueKeysWithValues: (0..<14).map { ($0, 100) })))
    }
    rows.append(("Y", row(14, [13: 1200])))
    rows.append(("Z", row(14, [0: 2400, 12: 2400])))
    let c = try importCube(billingsCube(rows), options: Self.options)
    let y = c.accounts[5]
    #expect(y.rules.contains(.singlePaymentTerm))
    #expect(y.contractEndDate == CivilDate.lastDay(of: c.firstMonth.adding(months: 24)))
    #expect(y.inferred.contains(.contractEndDate))
    #expect(c.accounts[6].contractEndDate == CivilDate.lastDay(of: c.firstMonth.adding(months: 23)))
    let converted = try c.company()
    let summary = try #require(converted.company.dataQuality.imported)
    #expect(summary.singlePaymentCommittedARR == 120_000)
    #expect(y.contractType == nil || converted.company.accounts[5].terms.contractType == .annual)
  }

  /// A term-sized payment and one smaller invoice the month after (session 17, import lane:
  /// trial 16, R3, an annual 12,000 and an onboarding 1,500 read as a monthly rhythm, 12,000 of
  /// MRR, a contraction and a churn). Five monthly accounts at 100; B pays 1,200 in month 2 and
  /// 150 in month 3; R pays 1,200 then 150 in each of the next three months. By hand: B has no
  /// rhythm (its one continuation was the drop), so its 1,200 is a single payment, 12 times
  /// the typical monthly invoice (100): 100 a month over months 2–13; its 150, under half of
  /// the 1,200 and inside its term, is off-cycle, one-time in month 3 (no confirmed add-ons).
  /// B's as-of (month 13) range: 0 (the 1,200 as a month's or a quarter's revenue) to 100 +
  /// 150 ÷ 11 = 113.64 (the 150 as an add-on over the 11 months left). R's 150s run three
  /// months on at the monthly rhythm: monthly as before, its first month's excess over the two
  /// equal months after it, 1,050, one-time, 150 a month in months 2–5.
  @Test func aSmallerInvoiceAfterATermPaymentIsOffCycleToItsTerm() throws {
    var rows: [(String, [Int?])] = (1...5).map {
      ("M\($0)", row(14, Dictionary(uniqueKeysWithValues: (0..<14).map { ($0, 100) })))
    }
    rows.append(("B", row(14, [2: 1200, 3: 150])))
    rows.append(("R", row(14, [2: 1200, 3: 150, 4: 150, 5: 150])))
    let c = try importCube(billingsCube(rows), options: Self.options)
    #expect(mrr(c, 5) == [0, 0] + Array(repeating: 10_000, count: 12))
    #expect(
      Array(c.oneTime[(5 * 14)..<(6 * 14)]) == [0, 0, 0, 15_000] + Array(repeating: 0, count: 10))
    let b = c.accounts[5]
    #expect(b.rules.contains(.singlePaymentTerm) && b.rules.contains(.offCycleUnconfirmed))
    #expect(b.ambiguousMRR?.low == 0 && b.ambiguousMRR?.high == 11_364)
    #expect(mrr(c, 6) == [0, 0, 15_000, 15_000, 15_000, 15_000] + Array(repeating: 0, count: 8))
    #expect(
      Array(c.oneTime[(6 * 14)..<(7 * 14)]) == [0, 0, 105_000] + Array(repeating: 0, count: 11))
    #expect(c.accounts[6].billingCadence == .monthly)
  }

  /// The off-cycle note counts invoices and the accounts they are on, as the rules table does:
  /// A's 350 add-on is confirmed by the step up to 1,800; C's 350 and D's 350 and 200 are not
  /// (renewals stay at 1,200): 1 add-on on 1 account, 3 one-time invoices on 2 accounts. E's
  /// credit of 300 in month 5 is confirmed by the step down to 900 (300 ≥ half of 300 × 12 ÷ 7)
  /// and is a recurring credit, not an add-on.
  @Test func theOffCycleNoteCountsInvoicesAndAccountsLikeTheRulesTable() throws {
    let c = try importCube(
      billingsCube([
        ("A", row(18, [0: 1200, 5: 350, 12: 1800])),
        ("C", row(18, [0: 1200, 5: 350, 12: 1200])),
        ("D", row(18, [0: 1200, 3: 350, 8: 200, 12: 1200])),
        ("E", row(18, [0: 1200, 5: -300, 12: 900])),
        ("B", row(18, [0: 10, 1: 10, 2: 10])),
      ]),
      options: Self.options)
    #expect(
      c.log.notes.contains(
        "off-cycle invoices without a later renewal to confirm them are read as one-time "
          + "revenue: a renewal confirms 1 off-cycle invoice as an add-on (on 1 account) and 3 "
          + "off-cycle invoices as one-time (on 2 accounts), and add-ons are assumed only when "
          + "they outnumber one-time invoices"))
    #expect(c.accounts[0].rules.contains(.addOnConfirmed))
    #expect(c.accounts.filter { $0.rules.contains(.addOnConfirmed) }.count == 1)
    #expect(c.accounts.filter { $0.rules.contains(.offCycleOneTime) }.count == 2)
    #expect(c.accounts[3].rules.contains(.creditConfirmed))
    #expect(!c.accounts[3].rules.contains(.addOnConfirmed))
  }

  @Test func creditsNeverDriveAMonthBelowZero() throws {
    let c = try importCube(
      billingsCube([("A", row(4, [0: 100, 1: 100, 2: -500, 3: 100]))]), options: Self.options)
    #expect(mrr(c, 0).allSatisfy { $0 >= 0 })
    #expect(c.log.tieOut.leftOutCents == -50_000)
    #expect(try c.checkedTieOut().isBalanced)
  }

  @Test func valuesAutoSeesPeriodicLumps() throws {
    let rows: [(String, [Int?])] =
      (1...4).map { ("A\($0)", row(16, [0: 1200, 12: 1200])) }
      + [("M", row(16, Dictionary(uniqueKeysWithValues: (0..<16).map { ($0, 100) })))]
    let c = try importCube(billingsCube(rows))
    #expect(c.log.files[0].values == .billings)
    #expect(c.log.files[0].valuesReason.hasPrefix("billings: 4 of 5 accounts"))
    let flat = try importCube(
      billingsCube([("M", row(16, Dictionary(uniqueKeysWithValues: (0..<16).map { ($0, 100) })))]))
    #expect(flat.log.files[0].values == .mrr)
  }

  /// A term of R months billed before the first month F (2024-01) covers at most F … F + R − 2:
  /// annual terms leave 2024-01 … 2024-11 incomplete; 2024-12 is covered only by terms billed
  /// 2024-01 … 2024-12, all in the data (session 18, report: the first R months were marked).
  @Test func theMonthsBeforeTheFirstFullRhythmAreIncomplete() throws {
    let c = try importCube(
      billingsCube([("A", row(20, [0: 1200, 12: 1200]))]), options: Self.options)
    #expect(c.log.incompleteThrough == Month(year: 2024, month: 11))
    #expect(c.log.notes.contains { $0.contains("so 2024-01–2024-11 are incomplete") })
  }

  /// P11: a 12-month export of annual terms (2024-01 … 2024-12) is complete at its as-of month
  /// 2024-12; 11 months are not (2024-12 would need a term billed in 2023-12). Quarterly terms
  /// over 12 months leave 2024-01 and 2024-02 (a quarter billed in 2023-12 covers them).
  @Test func aFullYearOfAnnualTermsIsCompleteAtItsAsOfMonth() throws {
    // M pays 100 every month; A's and B's single payments, 12× that, read as annual terms.
    func company(_ n: Int) throws -> ImportedCompany {
      let monthly = Dictionary(uniqueKeysWithValues: (0..<n).map { ($0, 100) })
      return try importCube(
        billingsCube([("M", row(n, monthly)), ("A", row(n, [0: 1200])), ("B", row(n, [5: 1200]))]),
        options: Self.options)
    }
    let year = try company(12)
    #expect(year.accounts[1].rules.contains(.singlePaymentTerm))
    #expect(year.log.incompleteThrough == Month(year: 2024, month: 11))
    #expect(try company(11).log.incompleteThrough == Month(year: 2024, month: 11))
    let quarterly = try importCube(
      billingsCube([("Q", row(12, [0: 300, 3: 300, 6: 300, 9: 300]))]), options: Self.options)
    #expect(quarterly.log.incompleteThrough == Month(year: 2024, month: 2))
  }

  @Test func inferredTermsCarryTheMonthTheRhythmWasSeen() throws {
    // Monthly accounts at 1,000 make a 1,200 annual payment look monthly-sized to the size rule
    // (1.2×, under the 2.5× threshold), so the annual rhythm is known only at the renewal.
    var rows: [(String, [Int?])] = (1...5).map {
      ("M\($0)", row(20, Dictionary(uniqueKeysWithValues: (0..<20).map { ($0, 1000) })))
    }
    rows.append(("A", row(20, [2: 1200, 14: 1200])))
    rows.append(("B", row(20, [0: 24000, 12: 24000])))
    let c = try importCube(billingsCube(rows), options: Self.options)
    #expect(c.accounts[5].inferredFrom == Month(year: 2025, month: 3))
    // B's first payment is 24× the typical month: the size rule already said annual.
    #expect(c.accounts[6].inferredFrom == Month(year: 2024, month: 1))
  }

  /// A list's "Annual upfront" beside invoices 12 months apart is a year paid in advance: each
  /// invoice spread over 12 months (review 13, F2: read as upfront, a 24- or 36-month spread gave
  /// Acme 500 a month, then 1,000 from the second invoice on). Acme 12,000 in Jan-24 and
  /// Jan-25: 1,000 a month; Beta the same with "Annual".
  @Test func annualUpfrontIsAnnual() throws {
    let months = (0..<24).map { "\(Month(year: 2024, month: 1).adding(months: $0))" }
    func row(_ name: String, at first: Int) -> String {
      ([name] + (0..<24).map { $0 == first || $0 == first + 12 ? "12000" : "0" }).joined(
        separator: ",")
    }
    let cube =
      (["Customer," + months.joined(separator: ",")]
      + [row("Acme", at: 0), row("Beta", at: 1)]).joined(separator: "\n")
    let list = "customer,billing frequency\nAcme,Annual upfront\nBeta,Annual\n"
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("list.csv", list)], options: ImportOptions(values: .billings))
    #expect(c.mrrRow("Acme") == Array(repeating: 100_000, count: 24))
    #expect(c.mrrRow("Beta") == [0] + Array(repeating: 100_000, count: 23))
    #expect(c.account("Acme")?.billingCadence == .annual)
  }
}
