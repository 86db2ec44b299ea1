import ARRCore

/// A won deal whose annual or monthly value is blank, priced from its amount and its term in
/// months (`docs/import.md`, "Subscriptions table", "A deal's amount"; session 51, crm lane;
/// trial 50, T50-10).
///
/// HubSpot's deals export fills `Annual recurring revenue` for subscriptions only: a paid pilot
/// of 15,000 over 3 months, its ARR blank, and a free proof of concept of amount 0 stopped the
/// run ("no price"), so the file was refused. Decided: in a deals table, a row whose price cell
/// is blank, with an amount (the table's `Amount`, a deal's total) and a term in months, bills
/// the amount ÷ the term each month; an amount of 0 bills nothing (a free POC, no problem). A
/// row with neither stays a problem.
extension SubscriptionTableReader {
  /// The deal's total and its term in months, when `amount` reads as money (≥ 0) and `term` as
  /// a term of months, and the table's price is an annual or monthly value; `nil` otherwise.
  static func dealTotal(
    amount: String?, term: String, basis: Basis, cells: AmountCells
  ) -> (cents: Int64, months: Int)? {
    guard basis == .annual || basis == .monthly, let amount, !isBlank(amount),
      let months = SubscriptionTermLength.months(term), months > 0,
      let cents = try? cells.hundredths(amount, currency: nil), cents >= 0
    else { return nil }
    return (cents, months)
  }
}
