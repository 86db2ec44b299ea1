import ARRCore

/// A hand-made company that exercises every rung of the ARR ladder (three months, cents).
///
/// | account | terms | MRR | recurring | committed |
/// |---|---|---|---|---|
/// | A | monthly | 100, 100, 100 | 100 | 0 |
/// | B | annual | 500, 500, 500 | 500 | 500 |
/// | T1 | monthly, active trial | 0, 20, 20 | 0 (trial) | 0 |
/// | T2 | annual, expired trial | 0, 0, 10 | 0 (trial) | 0 |
/// | P | pilot | 0, 300, 300 | 0 (pilot) | 0 |
/// | PT | pilot, active trial | 0, 0, 5 | 0 (trial first) | 0 |
/// | U | usage | 30, 60, 120 | 70 | 0 |
/// | U2 | usage | 1.00, 1.00, 1.01 | 1.00 (3.01 / 3) | 0 |
/// | V | usage, $40 minimum | 0, 0, 90 | 90 (first paid in the as-of month) | 40 |
/// | M | monthly, $200 minimum | 80, 80, 80 | 80 | 80 (capped) |
///
/// Headline MRR $1,226.01, recurring $841.00, committed $620.00; one-time $999.99 in the
/// as-of month.
enum LadderCompany {
  static func make(reportedARR: Int64? = nil, oneTime: [Int64] = [0, 0, 99_999]) -> Company {
    typealias T = TestCompanies
    return T.company(
      [
        (T.account("A"), [10_000, 10_000, 10_000]),
        (T.account("B", .annual), [50_000, 50_000, 50_000]),
        (T.account("T1", trial: .active), [0, 2_000, 2_000]),
        (T.account("T2", .annual, trial: .expired), [0, 0, 1_000]),
        (T.account("P", .pilot), [0, 30_000, 30_000]),
        (T.account("PT", .pilot, trial: .active), [0, 0, 500]),
        (T.account("U", .usage), [3_000, 6_000, 12_000]),
        (T.account("U2", .usage), [100, 100, 101]),
        (T.account("V", .usage, committed: 4_000), [0, 0, 9_000]),
        (T.account("M", committed: 20_000), [8_000, 8_000, 8_000]),
      ], oneTime: oneTime, reportedARR: reportedARR)
  }
}
