import ARRQuality

/// Invoices a company's accounts would have been billed, from its values: a realistic billings
/// cube, not the inverse of the importer's spreading rules. Deterministic.
///
/// - Monthly cadence (annual contracts billed monthly included): the month's MRR each month.
/// - In arrears: last month's MRR, billed the month after.
/// - Quarterly / annual / upfront: the period (3, 12 or 24 months) × the MRR at the renewal,
///   renewals on the start month's anniversary and about one in six a month late; a mid-term
///   price rise is billed at once as an add-on prorated by days to the period's end; a mid-term
///   fall waits for the renewal.
/// - One-off fees: about one account in seven pays a setup fee of twice its first MRR with its
///   first invoice; about one in twenty gets a credit note of a tenth of an invoice two months later.
enum BillingsFixture {
  /// What was billed: cents per account × month of `company`.
  static func invoices(_ company: Company) -> [Int64] {
    let n = company.monthCount
    var out = [Int64](repeating: 0, count: company.accounts.count * n)
    for (a, account) in company.accounts.enumerated() {
      let x = (0..<n).map { company.revenue.mrr(account: a, month: $0) }
      let h = hash(account.id)
      var billed = [Int64](repeating: 0, count: n)
      switch account.billingCadence {
      case .monthly:
        billed = x
      case .inArrears:
        for m in 1..<max(1, n) { billed[m] = x[m - 1] }
      default:
        let period =
          account.billingCadence == .quarterly ? 3 : account.billingCadence == .annual ? 12 : 24
        // The contract starts with its first paid month (after a trial) when that is within the
        // data; earlier starts keep their anniversary.
        var start = company.offset(of: account.startDate.month)
        if start >= 0, let paid = (start..<n).first(where: { x[$0] > 0 }) { start = paid }
        var anchor = start
        while anchor < n {
          let end = anchor + period
          if anchor >= 0 && x[anchor] > 0 {
            let late = hash(account.id + "\(anchor)") % 6 == 0 && anchor + 1 < n ? 1 : 0
            billed[anchor + late] += Int64(period) * x[anchor]
          }
          // Price rises within the period: prorated by days to the period's end.
          let lo = max(anchor + 1, 1)
          for m in lo..<max(lo, min(end, n)) where x[m] > x[m - 1] && x[m - 1] > 0 {
            let delta = x[m] - x[m - 1]
            let month = company.month(at: m)
            let days = CivilDate.daysIn(month: month.month, year: month.year)
            let day = 1 + Int(hash(account.id + "d\(m)") % UInt64(days))
            let fraction = Double(days - day + 1) / Double(days)
            let months = Double(end - m - 1) + fraction
            billed[m] += Int64((Double(delta) * months).rounded())
          }
          anchor = end
        }
      }
      if let first = billed.firstIndex(where: { $0 > 0 }) {
        if h % 7 == 0 { billed[first] += 2 * x[first] }
        if h % 20 == 3 && first + 2 < n { billed[first + 2] -= billed[first] / 10 }
      }
      for m in 0..<n { out[a * n + m] = billed[m] }
    }
    return out
  }

  /// FNV-1a of `text`.
  static func hash(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}
