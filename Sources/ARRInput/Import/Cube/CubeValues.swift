import ARRCore

/// Decides whether a cube's cells are MRR or billings (`--values auto`; `docs/import.md`).
///
/// Billings show **periodic lumps**: an account whose every payment is a lone month (nothing the
/// month before or after) and two of them 3–7, 11–13, 23–25 or 35–37 months apart (a quarterly,
/// semiannual, annual or multi-year rhythm, a renewal a month early or late). Normalised MRR
/// almost never does: that would be one-month stays, a churn and a reactivation exactly a
/// billing period apart. (Runs of paid months, as MRR shows, are never lumps, but for an annual
/// fee billed on top of monthly usage: ``BillingsSpreader/annualLumps(_:)-(UnsafeBufferPointer<Int64>)``.) The cells are billings
/// when at least ``minimumAccounts`` accounts and ``minimumShare`` of the accounts paid at least
/// twice show it, or when any cell is negative (a credit note: MRR is never negative) unless the
/// amount's header names MRR or ARR (a monthly table's `mrr`): then the header says what the
/// cells are, and a negative one is an error at its cell, not a sign of invoices.
enum CubeValues {
  static let minimumAccounts = 3
  static let minimumShare = 0.02
  static let lumpGaps: Set<Int> = [3, 4, 5, 6, 7, 11, 12, 13, 23, 24, 25, 35, 36, 37]

  /// What `--values auto` decided, why in words, and the accounts that pay in periodic lumps.
  struct Decision: Sendable {
    var values: ImportValues
    var reason: String
    /// The accounts (indices into the cube's accounts) that pay only in lone months a billing
    /// period apart.
    var lumps: [Int] = []
    /// Accounts that paid at least twice.
    var paidTwice = 0
    /// Billings decided on negative cells alone: the accounts' lumps would not have said
    /// invoices. A monthly rhythm then says nothing of billing that MRR would not (session 35,
    /// H35-5: one credit turned every steady account "billed monthly", QA −18%).
    var isOnNegativesAlone = false

    /// MRR decided on thin evidence: some accounts pay in periodic lumps, too few to call the
    /// cells billings, and no header names the amounts a level (review 13, F4: 2 annual payers
    /// among 10 monthly ones were read as MRR, 5.2 times the billings reading, with no range).
    /// The other reading is then priced in the headline's range, and a finding says so.
    func isGuess(_ data: CubeData) -> Bool {
      values == .mrr && !lumps.isEmpty && data.levelHeader == nil
    }
  }

  /// The decision and why, in words.
  static func decide(_ data: CubeData) -> Decision {
    let months = data.monthCount
    var paidTwice = 0
    var periodic = 0
    var lumps = [Int]()
    var annualLumps = 0
    for a in data.accounts.indices {
      var last = -1
      var paid = 0
      var isPeriodic = false
      var isLone = true
      for m in 0..<months where data.cells[a * months + m] > 0 {
        paid += 1
        if last >= 0 && lumpGaps.contains(m - last) { isPeriodic = true }
        if last >= 0 && last == m - 1 { isLone = false }
        last = m
      }
      if paid >= 2 { paidTwice += 1 }
      if isPeriodic && isLone {
        periodic += 1
        lumps.append(a)
      } else if paid >= BillingsSpreader.lumpMinimumMonths {
        // An annual fee on top of monthly amounts that vary (usage): a lump recurring a year on
        // is an invoice, never a level of MRR (trial 32, T32-21).
        let isAnnualLump = data.cells.withUnsafeBufferPointer {
          !BillingsSpreader.annualLumps(
            UnsafeBufferPointer(rebasing: $0[a * months..<(a + 1) * months])
          ).isEmpty
        }
        if isAnnualLump {
          periodic += 1
          annualLumps += 1
          lumps.append(a)
        }
      }
    }
    // A name saying MRR (`mrr.csv`) says what the cells are: negative cells are then no sign of
    // invoices (session 28, t28c lane; trial 28, T28-6: roadmunk's real `mrr.csv`, 99 negative
    // cells of 431,000, was read as billings, $10.23M for $10.39M, the report not saying why).
    let share = paidTwice == 0 ? 0 : Double(periodic) / Double(paidTwice)
    let percent = (share * 1000).rounded() / 10
    let isLumpy = periodic >= minimumAccounts && share >= minimumShare
    if let n = data.negatives.first, data.levelHeader == nil, data.mrrLabel == nil {
      return Decision(
        values: .billings,
        reason:
          "billings: \(CountText.grouped(data.negatives.count)) negative cell\(data.negatives.count == 1 ? "" : "s") "
          + "(first on line \(n.line), \"\(n.text)\"): MRR is never negative, a credit note is",
        lumps: lumps, paidTwice: paidTwice, isOnNegativesAlone: !isLumpy)
    }
    if isLumpy {
      return Decision(
        values: .billings,
        reason:
          "billings: \(periodic) of \(paidTwice) accounts paid at least twice (\(percent)%) pay "
          + "only in lone months 3, 6, 12, 24 or 36 months apart\(annualLumpWords(annualLumps)), "
          + "as invoices do",
        lumps: lumps, paidTwice: paidTwice)
    }
    var negatives = ""
    let named =
      data.levelHeader.map { "\"\($0)\"" }
      ?? data.mrrLabel.map { "\($0.place)\"\($0.text)\"" }
    if let named, let n = data.negatives.first {
      negatives =
        "; \(CountText.grouped(data.negatives.count)) negative cell\(data.negatives.count == 1 ? "" : "s") (first on "
        + "line \(n.line), \"\(n.text)\") not taken for credit notes: \(named) names recurring revenue, not invoices"
    }
    return Decision(
      values: .mrr,
      reason:
        "mrr: \(periodic) of \(paidTwice) accounts paid at least twice (\(percent)%) pay only "
        + "in lone months a billing period apart\(annualLumpWords(annualLumps)) (reading the cells as invoices needs at least "
        + "\(minimumAccounts) such accounts and \(Int(minimumShare * 100))% of those paying twice)"
        + negatives,
      lumps: lumps, paidTwice: paidTwice)
  }

  /// The accounts counted that pay an annual lump on top of monthly amounts, in words (none:
  /// nothing said).
  static func annualLumpWords(_ count: Int) -> String {
    count == 0
      ? ""
      : ", or every month with a lump at least 3 times the months around it recurring 12 months "
        + "on (\(count) of them: an annual fee on top of usage)"
  }
}
