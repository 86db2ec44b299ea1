import ARRCore
import Testing

@testable import ARRInput

/// Bare `start_date` / `end_date` beside an invoice's date are a line's service period (trial
/// 51, T51-12: an Orb line-items export's were ignored, usage billed in arrears dated by its
/// invoice, headline −73%, committed 0).
@Suite struct BareStartEndColumnsTests {
  static func table(_ lines: [[String]]) -> ImportTable {
    ImportTable(
      file: "t.csv",
      records: lines.enumerated().map { ImportTable.Record(line: $0.offset + 1, cells: $0.element) }
    )
  }

  /// Beside `invoice_date` (or a bare `date`), `start_date` and `end_date` are read as the
  /// service period; beside a creation time, or with one of them alone, not.
  @Test func theColumnsAreReadBesideAnInvoiceDate() throws {
    for date in ["invoice_date", "Date", "issued_at"] {
      let t = Self.table([
        ["customer_id", date, "amount", "start_date", "end_date"],
        ["A", "2026-10-01", "100", "2026-10-01", "2026-10-31"],
      ])
      let layout = try #require(LedgerLayout.find(in: t, dialect: .ledger), "\(date)")
      #expect(layout.columns[.serviceStart] == 3, "\(date)")
      #expect(layout.columns[.serviceEnd] == 4, "\(date)")
    }
    for header in [
      ["customer_id", "created_at", "amount", "start_date", "end_date"],
      ["customer_id", "invoice_date", "amount", "start_date", "cancel_date"],
    ] {
      let t = Self.table([header, ["A", "2026-10-01", "100", "2026-10-01", "2026-10-31"]])
      let layout = LedgerLayout.find(in: t, dialect: .ledger)
      #expect(layout?.columns[.serviceStart] == nil, "\(header)")
      #expect(layout?.columns[.serviceEnd] == nil, "\(header)")
    }
  }

  /// By hand: a plan of 2,000 a month billed ahead on the 1st with usage of the month before
  /// (September 1,500, October 6,000, invoiced on 1 October and 1 November), and an annual
  /// commit of 120,000 for 2026: the last month every line covers is 2026-10 (usage billed in
  /// arrears), where MRR is 2,000 + 6,000 + 10,000 = 18,000 (read by invoice date, as of
  /// 2026-11: 2,000 + 6,000 and the commit's year by its size).
  @Test func usageInArrearsSetsTheAsOfMonth() throws {
    let text = """
      invoice_id,customer_id,invoice_date,line_item_name,amount,start_date,end_date
      i1,atlas,2026-09-01,Pro Plan,2000.00,2026-09-01,2026-09-30
      i2,atlas,2026-10-01,Pro Plan,2000.00,2026-10-01,2026-10-31
      i2,atlas,2026-10-01,Tokens overage,1500.00,2026-09-01,2026-09-30
      i3,atlas,2026-11-01,Pro Plan,2000.00,2026-11-01,2026-11-30
      i3,atlas,2026-11-01,Tokens overage,6000.00,2026-10-01,2026-10-31
      i4,cirrus,2026-01-01,Enterprise commit - annual,120000.00,2026-01-01,2026-12-31
      """
    let c = try importLedger(text)
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("atlas").last == 800_000)
    #expect(c.mrrRow("cirrus").last == 1_000_000)
  }
}
