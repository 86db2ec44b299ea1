import ARRCore
import Testing

@testable import ARRInput

/// Zuora's invoice items table (`docs/import.md`, "Invoice ledger"): `charge_date`,
/// `charge_amount` and `transaction_currency` beside `account_id` and the item's service period.
/// Trial 14: fivetran/dbt_zuora's `invoice_item_data.csv` was "shape not recognised".
@Suite struct ZuoraInvoiceItemTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "invoice_item.csv", bytes: Array(text.utf8))])
  }

  /// The seed's shape, columns cut: four monthly usage items charged together on 15 January 2016
  /// for August to November 2015, in yen, tax in `tax_amount` (8%), and a deleted item. Each
  /// item is its service month's revenue: 570,860, 646,000, 716,210 and 695,300 yen (the
  /// items are out of order in the file, October's after November's); the tax is not read; the
  /// deleted item (999,999) is skipped.
  @Test func itemsAreReadByServicePeriodInTheirCurrency() throws {
    let c = try read(
      """
      id,_fivetran_deleted,account_id,balance,charge_amount,charge_amount_home_currency,charge_date,charge_name,home_currency,invoice_id,quantity,service_end_date,service_start_date,tax_amount,tax_mode,transaction_currency,unit_price
      ii1,FALSE,acc1,570860,570860,,2016-01-15 23:23:00.000000,Transaction Charge,USD,inv1,33580,2015-08-31,2015-08-01,45668,TaxExclusive,JPY,17
      ii2,FALSE,acc1,646000,646000,,2016-01-15 23:24:00.000000,Transaction Charge,USD,inv2,38000,2015-09-30,2015-09-01,51680,TaxExclusive,JPY,17
      ii3,FALSE,acc1,695300,695300,,2016-01-15 23:26:00.000000,Transaction Charge,USD,inv3,40900,2015-11-30,2015-11-01,55624,TaxExclusive,JPY,17
      ii4,FALSE,acc1,716210,716210,,2016-01-15 23:25:00.000000,Transaction Charge,USD,inv4,42130,2015-10-31,2015-10-01,57296,TaxExclusive,JPY,17
      ii5,TRUE,acc1,999999,999999,,2016-01-15 23:27:00.000000,Transaction Charge,USD,inv5,1,2015-10-31,2015-10-01,0,TaxExclusive,JPY,17
      """)
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.log.currency == "JPY")
    #expect(c.firstMonth == Month(year: 2015, month: 8))
    let row = c.mrrRow("acc1") + c.oneTimeRow("acc1")
    let yen: Int64 = 570_860 + 646_000 + 716_210 + 695_300
    #expect(row.reduce(0, +) == yen * 100)
    let months: [Int64] = [57_086_000, 64_600_000, 71_621_000, 69_530_000]
    #expect(Array(c.mrrRow("acc1").prefix(4)) == months)
    #expect(c.log.files[0].rowsSkipped == 1)
    // The tax column beside a plain amount: a finding that it may include tax.
    #expect(c.log.findings.contains { $0.contains("\"charge_amount\", beside a tax column") })
  }

  /// `transaction_currency` is the currency: items in two currencies are refused, not summed.
  @Test func twoTransactionCurrenciesAreRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        account_id,charge_date,charge_amount,transaction_currency,home_currency
        a,2024-01-05,100.00,EUR,USD
        b,2024-01-05,100.00,USD,USD
        """)
    }
    #expect(error.message.contains("amounts in 2 currencies"))
  }
}
