import ARRCore
import Testing

@testable import ARRInput

/// Account facts the revenue contradicts or does not show, in a company folder (trial 37,
/// T37-15 and T37-24; `docs/input.md`, "Facts the revenue contradicts").
@Suite struct RevenueFactsLoaderTests {
  /// A1 pays $100 a month from 2024-01 with start_date 2024-05-01 (after the as-of month) and
  /// A2 $50 from 2024-02 with start_date 2024-03-01: tenure is read from 2024-01 and 2024-02.
  /// A3 starts 2024-02-15 and pays from 2024-02, the same month: no conflict. ARR of the two:
  /// 12 × (100 + 50) = $1,800.00.
  @Test func aStartAfterTheFirstPaidMonthIsTheFirstPaidMonth() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date",
        "A1,monthly,monthly,2024-05-01", "A2,monthly,monthly,2024-03-01",
        "A3,monthly,monthly,2024-02-15"),
      monthly: csv(
        "account_id,month,mrr",
        "A1,2024-01,100", "A1,2024-02,100", "A1,2024-03,100",
        "A2,2024-02,50", "A2,2024-03,50", "A3,2024-02,70", "A3,2024-03,70"))
    #expect(c.accounts.map(\.startDate.description) == ["2024-01-01", "2024-02-01", "2024-02-15"])
    #expect(c.accounts.map { $0.inferred.contains(.startDate) } == [true, true, false])
    #expect(
      c.dataQuality.notes.contains(
        "start_date after the first month of revenue for 2 accounts (A1: start_date 2024-05-01, "
          + "MRR from 2024-01; also A2): an account cannot pay before it starts, so tenure is "
          + "read from the first month of revenue (start_date marked inferred); $1,800.00 of ARR "
          + "in 2024-03. A renewal or re-signing date in the start_date column?"))
    #expect(
      c.dataQuality.notes.contains("fields inferred rather than read, by accounts: start_date 2"))
  }

  /// One-time revenue before the start is no conflict (a setup fee before go-live), nor is an
  /// account whose MRR begins in its start month.
  @Test func oneTimeRevenueBeforeTheStartIsNoConflict() throws {
    let c = try load(
      accounts: csv("account_id,contract_type,start_date", "A1,monthly,2024-02-01"),
      monthly: csv(
        "account_id,month,mrr,one_time", "A1,2024-01,0,500", "A1,2024-02,100,0",
        "A1,2024-03,100,0"))
    #expect(c.accounts[0].startDate.description == "2024-02-01")
    #expect(!c.dataQuality.notes.contains { $0.hasPrefix("start_date after") })
  }

  /// B (annual since 2023-06-01) has no row, C (usage since 2024-02-01) rows of 0: said, with
  /// their terms. T (an active trial) and L (starting after the as-of month) are left out of
  /// it; A pays. No figure moves: the as-of MRR is A's $100.
  @Test func accountsWithNoRevenueAreSaidWithTheirTerms() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,trial_status,trial_end_date",
        "A,monthly,monthly,2024-01-01,,", "B,annual,annual,2023-06-01,,",
        "C,usage,in_arrears,2024-02-01,,", "T,monthly,monthly,2024-03-01,active,2024-04-01",
        "L,monthly,monthly,2024-09-01,,"),
      monthly: csv(
        "account_id,month,mrr", "A,2024-01,100", "A,2024-02,100", "A,2024-03,100",
        "C,2024-02,0", "C,2024-03,0"))
    #expect(
      c.dataQuality.notes.contains(
        "2 accounts in accounts.csv, started by 2024-03 and not in trial, have no recurring "
          + "revenue in monthly.csv (no row, or rows of 0): B (annual, since 2023-06-01), C "
          + "(usage, since 2024-02-01); counted as never paid. Ids that differ between the "
          + "files, or an export that misses customers? No figure counts them either way"))
    #expect((0..<5).map { c.revenue.mrr(account: $0, month: 2) } == [10_000, 0, 0, 0, 0])
  }

  /// In an earlier view the months through the as-of month are read: C pays from 2024-03, so
  /// at `--as-of 2024-02` it has no revenue "through 2024-02"; at the data's end nothing is
  /// said.
  @Test func anEarlierViewReadsTheMonthsThroughIt() throws {
    let accounts = csv(
      "account_id,contract_type,start_date", "A,monthly,2024-01-01", "C,monthly,2024-01-01")
    let monthly = csv(
      "account_id,month,mrr", "A,2024-01,100", "A,2024-02,100", "A,2024-03,100",
      "C,2024-03,40")
    let earlier = try load(
      accounts: accounts, monthly: monthly, options: LoadOptions(asOf: Month(year: 2024, month: 2)))
    #expect(
      earlier.dataQuality.notes.contains {
        $0.hasPrefix(
          "1 account in accounts.csv, started by 2024-02 and not in trial, has no recurring "
            + "revenue in monthly.csv through 2024-02 (no row, or rows of 0): C (monthly, since "
            + "2024-01-01)")
      })
    let whole = try load(accounts: accounts, monthly: monthly)
    #expect(!whole.dataQuality.notes.contains { $0.contains("no recurring revenue") })
    // C's start (2024-01-01) is before its first paid month: no conflict either.
    #expect(!whole.dataQuality.notes.contains { $0.hasPrefix("start_date after") })
  }

  /// ``CompanyLoader/revenueFacts(_:revenue:first:asOf:isEarlierView:currency:parallelFrom:)``'s pass
  /// over the cells, on compact and wide cells (A3's last month beyond `Int32` widens them) and
  /// on an earlier view whose rows are longer than its months, from 2024-01. A0 starts 2024-05-01 and
  /// pays from 2024-03 (its start moves there); A1 never pays (named); A2, with no start, pays
  /// from 2024-04 after a negative month (inferred 2024-04-01); A3 starts 2024-01-15 and pays
  /// from 2024-01 (no conflict); A4, with no start, never pays (past the as-of month). In the
  /// three-month view A2's payment is after it: A2 and A4 read 2024-04-01, not started.
  @Test func theOnePassReadsEveryLayoutAlike() {
    let mrr: [Int64] = [
      0, 0, 500, 700,
      0, 0, 0, 0,
      -300, 0, 0, 900,
      100, 0, 0, 0,
      0, -100, 0, 0,
    ]
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
    func account(_ id: String, _ start: CivilDate?) -> Account {
      Account(
        id: id, contractType: .monthly, billingCadence: .monthly,
        startDate: start ?? CivilDate(daysSinceEpoch: 0), inferred: start == nil ? .startDate : [])
    }
    let accounts = [
      account("A0", day(2024, 5, 1)), account("A1", day(2024, 1, 1)), account("A2", nil),
      account("A3", day(2024, 1, 15)), account("A4", nil),
    ]
    let first = Month(year: 2024, month: 1)
    var wide = mrr
    wide[15] = 1 << 40
    for values in [mrr, wide] {
      let whole = RevenueMatrix(
        accountCount: 5, monthCount: 4, mrr: values, usage: nil, oneTimeByMonth: [0, 0, 0, 0])
      #expect(whole.isMRRWide == (values == wide))
      let wholeStarts = ["2024-03-01", "2024-01-01", "2024-04-01", "2024-01-15", "2024-05-01"]
      let viewStarts = ["2024-03-01", "2024-01-01", "2024-04-01", "2024-01-15", "2024-04-01"]
      for (m, asOf, starts, arr) in [
        (whole, Month(year: 2024, month: 4), wholeStarts, "$84.00"),
        (whole.prefix(months: 3), Month(year: 2024, month: 3), viewStarts, "$60.00"),
      ] {
        // One range, and one range per account (their facts joined in account order).
        for threshold in [Int.max, 1] {
          var list = accounts
          let notes = CompanyLoader.revenueFacts(
            &list, revenue: m, first: first, asOf: asOf, isEarlierView: m.monthCount == 3,
            currency: "USD", parallelFrom: threshold)
          #expect(list.map(\.startDate.description) == starts)
          #expect(
            list.map { $0.inferred.contains(.startDate) } == [true, false, true, false, true])
          let through = m.monthCount == 3 ? " through 2024-03" : ""
          let inferred = m.monthCount == 3 ? 2 : 1
          #expect(
            notes == [
              "start_date inferred for 2 accounts as the first month with revenue; \(inferred) "
                + "with no revenue in the data count as not started",
              "start_date after the first month of revenue for 1 account (A0: start_date "
                + "2024-05-01, MRR from 2024-03): an account cannot pay before it starts, so "
                + "tenure is read from the first month of revenue (start_date marked inferred); "
                + "\(arr) of ARR in \(asOf). A renewal or re-signing date in the start_date column?",
              "1 account in accounts.csv, started by \(asOf) and not in trial, has no recurring "
                + "revenue in monthly.csv\(through) (no row, or rows of 0): A1 (monthly, since "
                + "2024-01-01); counted as never paid. Ids that differ between the files, or an "
                + "export that misses customers? No figure counts them either way",
            ])
        }
      }
    }
  }
}
