import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A monthly table: one row per customer and month, a cube's long form. Expected cells are
/// worked by hand from the rows.
@Suite struct MonthlyTableTests {
  /// A revenue table as BI tools template it: the month, the customer, the plan, the MRR and its
  /// movement type, and two dimensions.
  static let template = """
    month,customer_id,plan,mrr,mrr_type,industry,region
    2024-01-01,CUST-001,Pro,399,New,FinTech,Europe
    2024-02-01,CUST-001,Pro,399,Retained,FinTech,Europe
    2024-03-01,CUST-001,Pro,450,Expansion,FinTech,Europe
    2024-04-01,CUST-001,Pro,0,Churned,FinTech,Europe
    2024-01-01,CUST-002,Basic,99,New,Health,US
    2024-02-01,CUST-002,Basic,99,Retained,Health,US
    2024-04-01,CUST-002,Basic,149,Expansion,Health,US
    2024-03-01,CUST-003,Pro,399.50,New,Retail,US
    """

  @Test func eachRowIsItsCustomersMonthAndAMonthWithoutARowHasNoRevenue() throws {
    let c = try importCube(Self.template, name: "mrr.csv")
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.mrrRow("CUST-001") == [39_900, 39_900, 45_000, 0])
    // No row for March: no revenue in March (a month away, then back).
    #expect(c.mrrRow("CUST-002") == [9_900, 9_900, 0, 14_900])
    #expect(c.mrrRow("CUST-003") == [0, 0, 39_950, 0])
    #expect(c.log.files[0].rowsRead == 8 && c.log.files[0].rowsUsed == 8)
    #expect(c.log.files[0].ignoredColumns == ["plan", "mrr_type", "industry", "region"])
    // The conversion checks the tie-out itself (an internal error when it does not hold).
    let conversion = try c.company(name: "t")
    #expect(conversion.company.accounts.count == 3)
    #expect(conversion.log.tieOut.isBalanced)
  }

  /// The silent error this shape fixes: with a start date beside the month, the table used to
  /// read as a subscriptions table, each row a subscription running on from its start, so a
  /// customer's MRR counted once per month listed (12 times here).
  @Test func aStartDateBesideTheMonthIsAFactNotASubscription() throws {
    var text = "customer_id,month,mrr,start_date,segment\n"
    for c in 0..<3 {
      for m in 1...12 { text += "C\(c),2024-\(m < 10 ? "0" : "")\(m),100,2024-01-01,smb\n" }
    }
    let company = try importCube(text, name: "mrr.csv")
    #expect(company.log.files[0].shape == .monthly)
    for c in 0..<3 {
      #expect(company.mrrRow("C\(c)") == [Int64](repeating: 10_000, count: 12))
      #expect(company.account("C\(c)")?.startDate == CivilDate(year: 2024, month: 1, day: 1))
      #expect(company.account("C\(c)")?.segment == "smb")
    }
  }

  static let messy = """
    Revenue by customer
    Customer Name,Billing Month,MRR (USD),Segment
    Acme,01/03/2024,"1,000.00",smb
    Acme,01/04/2024,"1,000.00",smb
    Beta,01/03/2024,500,mid
    Beta,01/04/2024,250,mid
    Beta,01/04/2024,250,mid

    Total,01/04/2024,1500,
    """

  /// A title line, a blank row, rows of one customer-month added up, a totals row checked, and
  /// dates that are month starts only when read day first.
  @Test func titleTotalsRepeatsAndDayFirstMonthStarts() throws {
    let c = try importCube(Self.messy, name: "rev.csv")
    #expect(c.firstMonth == Month(year: 2024, month: 3))
    #expect(c.mrrRow("Acme") == [100_000, 100_000])
    #expect(c.mrrRow("Beta") == [50_000, 50_000])
    #expect(c.account("Beta")?.segment == "mid")
    let file = c.log.files[0]
    #expect(file.rowsRead == 7 && file.rowsUsed == 5 && file.rowsSkipped == 2)
    #expect(file.skipped[.title] == 1 && file.skipped[.totals] == 1 && file.blankLines == 1)
    #expect(
      c.log.findings.contains(
        "rev.csv: 1 customer-month is on several rows (one per plan or product?), added up: "
          + "first \"Beta\" in 2024-04, 2 rows"))
    #expect(c.log.notes.contains("rev.csv: 1 totals row equals its month's sum"))
    #expect(
      c.log.notes.contains(
        "rev.csv: day/month order dmy: only that reading makes every date the first or last day "
          + "of its month"))
  }

  @Test func aTotalsRowThatDiffersIsAFinding() throws {
    let text = "customer,month,mrr\nA,2024-01,100\nB,2024-01,50\nTotal,2024-01,160\nA,2024-02,5\n"
    let c = try importCube(text, name: "rev.csv")
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("rev.csv: 1 totals row differs from the sum of the month's rows: 2024-01")
      })
  }

  @Test func badCellsAreNamedAtTheirLineAndColumn() throws {
    let text = "customer_id,month,mrr\nA,2024-01,100\nA,2024-13,100\nB,2024-02,abc\n,2024-02,5\n"
    do {
      _ = try importCube(text, name: "bad.csv")
      Issue.record("expected an error")
    } catch let error as ARRQualityError {
      #expect(
        error.problems.map(\.description) == [
          "bad.csv:3:2: month \"2024-13\" is not a month (expected e.g. 2024-01, Jan-24, "
            + "2024-01-31 or 1/31/2024)",
          "bad.csv:4:3: \"abc\" is not an amount (expected e.g. 1234.50, $1,234.50 or "
            + "(1,234.50))",
          "bad.csv:5:1: no customer id or name (expected a value in this column)",
        ])
    } catch {
      Issue.record("unexpected \(error)")
    }
    let lenient = try importCube(text, options: ImportOptions(isLenient: true), name: "bad.csv")
    #expect(lenient.log.files[0].rowsUsed == 1 && lenient.log.files[0].skipped[.badRow] == 3)
    #expect(lenient.mrrRow("A") == [10_000])
  }

  /// An amount headed `arr` is annual, as a cube's annual label: asked, then read ÷ 12.
  @Test func anARRColumnNeedsValuesARR() throws {
    let text = "customer_id,month,arr\nA,2024-01,12000\nA,2024-02,12000\nB,2024-02,2400\n"
    do {
      _ = try importCube(text, name: "arr.csv")
      Issue.record("expected --values arr to be asked for")
    } catch let error as ARRQualityError {
      #expect(error.message.contains("\"arr\" says the cells are annual recurring revenue"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    let c = try importCube(text, options: ImportOptions(values: .arr), name: "arr.csv")
    #expect(c.mrrRow("A") == [100_000, 100_000])
    #expect(c.mrrRow("B") == [0, 20_000])
  }

  /// Dates that read either way and are not all month starts or ends under one order: asked,
  /// then read as told.
  @Test func anUndecidedDayMonthOrderIsAskedFor() throws {
    let text = "customer,month,mrr\nA,03/05/2024,100\nA,03/06/2024,100\n"
    do {
      _ = try importCube(text, name: "rev.csv")
      Issue.record("expected --date-order to be asked for")
    } catch let error as ARRQualityError {
      #expect(error.message.contains("read either day first or month first"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    let c = try importCube(text, options: ImportOptions(dateOrder: .dmy), name: "rev.csv")
    #expect(c.firstMonth == Month(year: 2024, month: 5))
    #expect(c.mrrRow("A") == [10_000, 10_000])
  }

  /// Months after `--as-of` are left out and counted in the tie-out.
  @Test func monthsAfterAsOfAreLeftOutAndTiedOut() throws {
    let text = "customer,month,mrr\nA,2024-01,100\nA,2024-02,100\nA,2024-03,100\n"
    let c = try importCube(
      text, options: ImportOptions(asOf: Month(year: 2024, month: 2)), name: "rev.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000])
    #expect(c.log.tieOut.afterAsOfCents == 10_000)
    #expect(c.log.tieOut.sourceCents == 30_000)
    #expect(try c.company(name: "t").log.tieOut.isBalanced)
  }

  /// Shapes that were read before stay as they were: a ledger (a date and an amount), a
  /// subscriptions table whose `date` column sits beside an end column, a wide cube.
  @Test func otherShapesAreNotTakenForAMonthlyTable() throws {
    let ledger = "customer,date,amount\nA,2024-01-15,100\nA,2024-02-15,100\n"
    #expect(try importCube(ledger, name: "l.csv").log.files[0].shape == .ledger)
    let subscriptions =
      "customer_id,date,start_date,end_date,mrr\nA,2024-01-05,2024-01-01,2024-06-30,100\n"
    #expect(try importCube(subscriptions, name: "s.csv").log.files[0].shape == .subscriptions)
    let cube = "customer,month,2024-01,2024-02,2024-03\nA,x,1,2,3\n"
    #expect(try importCube(cube, name: "c.csv").log.files[0].shape == .cube)
  }

  @Test func theShapeCanBeGiven() throws {
    let c = try importCube(Self.template, options: ImportOptions(shape: .monthly), name: "m.csv")
    #expect(c.mrrRow("CUST-003") == [0, 0, 39_950, 0])
    #expect(ImportShape(rawValue: "monthly") == .monthly)
  }

}

/// The review of the monthly table (ninth session): readings that came out wrong silently, each
/// now right or refused.
@Suite struct MonthlyTableReviewTests {
  func failure(_ text: String, options: ImportOptions = ImportOptions()) -> String? {
    do {
      _ = try importCube(text, options: options, name: "t.csv")
      return nil
    } catch let error as ARRQualityError {
      return error.message + error.problems.map(\.description).joined()
    } catch {
      return "\(error)"
    }
  }

  /// A customer list with the MRR of one date (`as_of_date`) is a list beside a cube, not a
  /// one-month revenue file.
  @Test func oneMonthIsAListNotAMonthlyTable() throws {
    let list = "customer_id,segment,mrr,as_of_date\nA,smb,100,2024-02-29\nB,mid,50,2024-02-29\n"
    let cube = "customer_id,2024-01,2024-02,2024-03\nA,100,100,100\nB,50,50,0\n"
    let c = try ImportFixtures.read([("cube.csv", cube), ("list.csv", list)])
    #expect(c.log.files.map(\.shape) == [.cube, .cube])
    #expect(c.log.files[1].valuesReason == "customer list (facts only)")
    #expect(c.account("B")?.segment == "mid")
    #expect(c.mrrRow("B") == [5_000, 5_000, 0])
  }

  /// Daily MRR snapshots: each month's MRR is its last snapshot (Jan 31 × 100 = 3,100 before);
  /// daily revenue is added up.
  @Test func snapshotsFinerThanMonthsTakeTheMonthsLast() throws {
    var text = "date,customer,mrr\n"
    for d in 1...31 { text += "2024-01-\(d < 10 ? "0" : "")\(d),a,\(d == 31 ? 120 : 100)\n" }
    for d in 1...29 { text += "2024-02-\(d < 10 ? "0" : "")\(d),a,100\n" }
    let c = try importCube(text, name: "daily.csv")
    #expect(c.mrrRow("a") == [12_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == 30 * 10_000 + 28 * 10_000)
    #expect(try c.company().log.tieOut.isBalanced)
    let flow = text.replacingOccurrences(of: "date,customer,mrr", with: "date,customer,revenue")
    #expect(
      try importCube(flow, options: ImportOptions(values: .mrr), name: "d.csv").mrrRow("a")
        == [310_000 + 2_000, 290_000])
  }

  /// A currency column in two currencies is refused; `value` (a metrics table's) is no amount.
  @Test func currenciesAndMetricsTables() throws {
    let money = "customer,month,currency,amount\na,2024-01,USD,100\na,2024-02,EUR,92\n"
    #expect(failure(money)?.contains("EUR") == true)
    let metrics =
      "customer_id,month,metric,value\na,2024-01,mrr,100\na,2024-01,seats,10\n"
      + "a,2024-02,mrr,100\n"
    #expect(failure(metrics)?.contains("shape not recognised") == true)
  }

  /// Movements with the sign in the label (`churn 150`) are a movements log whose losses are
  /// sizes (refused before session 21); a churn at 0 is a level.
  @Test func unsignedMovementsAreAMovementsLog() throws {
    let text =
      "month,customer_id,movement,amount\n2024-01,a,new_biz,100\n2024-02,a,expansion,50\n"
      + "2024-03,a,churn,150\n"
    let c = try importCube(text, name: "m.csv")
    #expect(c.log.files[0].shape == .movements)
    #expect(c.mrrRow("a") == [10_000, 15_000, 0])
  }

  /// A customer called Total Wine is a customer; a row named Total is the totals row.
  @Test func totalWineIsACustomer() throws {
    let text =
      "customer,month,mrr\nAcme,2024-01,100\nTotal Wine,2024-01,50\nAcme,2024-02,100\n"
      + "Total Wine,2024-02,50\nTotal,2024-02,150\n"
    let c = try importCube(text, name: "t.csv")
    #expect(c.mrrRow("Total Wine") == [5_000, 5_000])
    #expect(c.log.files[0].skipped[.totals] == 1)
  }

  /// A row with a blank id takes the id its name has on the other rows.
  @Test func aBlankIdTakesTheIdOfItsName() throws {
    let text =
      "customer_id,customer_name,month,mrr\n1,Acme,2024-01,100\n,Acme,2024-02,100\n"
      + "1,Acme,2024-03,100\n"
    let c = try importCube(text, name: "t.csv")
    #expect(c.accounts.map(\.id) == ["1"])
    #expect(c.mrrRow("1") == [10_000, 10_000, 10_000])
  }

  /// A subscriptions table with a snapshot date stays a subscriptions table; a monthly table
  /// with contract start and end columns is read as one.
  @Test func startAndEndColumnsDecideBetweenTheShapes() throws {
    let subs =
      "customer_id,start_date,mrr,snapshot_date\na,2023-01-01,100,2024-06-30\n"
      + "b,2023-06-01,50,2024-05-31\n"
    #expect(try importCube(subs, name: "s.csv").log.files[0].shape == .subscriptions)
    let monthly =
      "customer_id,month,mrr,start_date,end_date\na,2024-01,100,2023-06-01,2025-05-31\n"
      + "a,2024-02,100,2023-06-01,2025-05-31\nb,2024-01,10,2024-01-01,2024-12-31\n"
    let c = try importCube(monthly, name: "m.csv")
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.mrrRow("a") == [10_000, 10_000])
    #expect(c.account("a")?.contractEndDate == CivilDate(year: 2025, month: 5, day: 31))
  }

  /// A ledger typed by deal (New Business, Upgrade, Downgrade, Renewal) is a ledger.
  @Test func dealTypesAreNotMovements() throws {
    let text =
      "date,customer,type,amount\n2024-01-15,a,New Business,1200\n"
      + "2024-06-15,a,Upgrade,600\n2024-09-15,b,Downgrade,300\n2025-01-15,a,Renewal,1200\n"
    #expect(try importCube(text, name: "l.csv").log.files[0].shape == .ledger)
  }

  /// `--values arr` reads an `arr` column when an `mrr` one is there too.
  @Test func valuesARRTakesTheARRColumn() throws {
    let text = "customer,month,mrr,arr\na,2024-01,100,1200\na,2024-02,100,1200\n"
    #expect(try importCube(text, name: "t.csv").mrrRow("a") == [10_000, 10_000])
    #expect(
      try importCube(text, options: ImportOptions(values: .arr), name: "t.csv").mrrRow("a")
        == [10_000, 10_000])
  }

  /// Customers come in the order of their ids, whatever the rows' order.
  @Test func theRowsOrderDoesNotMatter() throws {
    let rows = ["b,2024-01,5", "a,2024-01,100", "c,2024-02,7", "a,2024-02,100", "b,2024-02,5"]
    let one = try importCube("customer,month,mrr\n" + rows.joined(separator: "\n"), name: "t.csv")
    let other = try importCube(
      "customer,month,mrr\n" + rows.reversed().joined(separator: "\n"), name: "t.csv")
    #expect(one.accounts.map(\.id) == ["a", "b", "c"])
    #expect(one.accounts.map(\.id) == other.accounts.map(\.id))
    #expect(one.mrr == other.mrr)
  }

  /// `--as-of` outside the months is refused, for a monthly table as for a cube (one rule,
  /// ``CubeReader/lastMonth(first:last:asOf:file:)``).
  @Test(arguments: [(1, "before the first month"), (5, "after the last month")])
  func anAsOfOutsideTheMonthsIsRefused(month: Int, says: String) {
    let monthly = "customer,month,mrr\na,2024-02,100\na,2024-03,100\n"
    let cube = "customer,2024-02,2024-03,2024-04\na,1,2,3\n"
    for text in [monthly, cube] {
      #expect(
        failure(text, options: ImportOptions(asOf: Month(year: 2024, month: month)))?
          .contains(says) == true)
    }
  }

  /// A negative cell under an amount headed `mrr` is a negative MRR at its cell, not a credit
  /// note making the whole table billings (twelfth session: B's -10 turned every customer's MRR
  /// into invoices, B quarterly at 16.67). `--lenient` sets it to zero and reads the rest as
  /// MRR; under a flow's header (`amount`) a negative cell still says invoices with a credit.
  @Test func aNegativeCellUnderMRRIsAnErrorNotBillings() throws {
    let text = """
      month,customer_id,mrr
      2024-01,A,100
      2024-02,A,100
      2024-03,A,100
      2024-01,B,50
      2024-02,B,-10
      2024-03,B,50
      """
    // The refusal names both ways on (trial 56, T56-202: a real MRR table's 99 negative cells,
    // 0.07% of its MRR, pointed to billings only; --lenient reads it right).
    #expect(
      failure(text)?.contains(
        "MRR \"-10\" is negative (expected an amount ≥ 0: a credit netting the customer's MRR "
          + "below zero is read as zero, each cell reported, with --lenient; if the cells are "
          + "invoices with credits, use --values billings)") == true)
    let c = try importCube(text, options: ImportOptions(isLenient: true), name: "mrr.csv")
    #expect(c.log.files[0].values == .mrr)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("B") == [5_000, 0, 5_000])
    #expect(c.log.tieOut.leftOutCents == -1_000)
    let flow = text.replacingOccurrences(
      of: "month,customer_id,mrr", with: "month,customer_id,amount")
    #expect(try importCube(flow, name: "ledger.csv").log.files[0].values == .billings)
  }
}
