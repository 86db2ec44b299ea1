import ARRCore
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
    let text = "customer,month,mrr\nA,2024-01,100\nB,2024-01,50\nTotal,2024-01,160\n"
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
