import ARRCore

/// How ``CompanyLoader`` treats the input.
public struct LoadOptions: Sendable {
  /// Skip bad rows and go on (recording each in ``DataQuality/skipped``) instead of failing.
  public var isLenient: Bool
  /// The month to measure at (`--as-of`); wins over `company.json`'s `as_of`. Rows after it
  /// are left out of every figure and counted in ``DataQuality/rowsAfterAsOf``.
  public var asOf: Month?
  /// The company's currency (`--currency`), an ISO code; wins over `company.json`'s, as
  /// ``asOf`` does over its as_of. The loader needs it while reading: amounts with more
  /// decimals than the product keeps say the currency's cause (``CurrencyDigits``). Set after
  /// creating the options (`nil`: company.json's, else USD, assumed).
  public var currency: String? = nil
  /// The company's name (`--company-name`): wins over `company.json`'s name and over one
  /// derived from the input's path, which then names nothing (render review 25, finding 5: a
  /// report titled after `billings-cube` is the first line pasted into a board deck). Set after
  /// creating the options (`nil`: company.json's, else the path's).
  public var companyName: String? = nil

  /// Creates options.
  /// - Parameters:
  ///   - isLenient: Skip bad rows instead of failing (default `false`).
  ///   - asOf: The as-of month, or `nil` for `company.json`'s or the latest month in the data.
  public init(isLenient: Bool = false, asOf: Month? = nil) {
    self.isLenient = isLenient
    self.asOf = asOf
  }
}
