import ARRCore

/// Two things Stripe's subscriptions export says beside a live status that change what a
/// subscription bills (`docs/import.md`, "Stripe exports"; trial 41, T41-10 and T41-12):
///
/// - **Paused collection** (`Pause Collection Behavior` `void`, `keep_as_draft` or
///   `mark_uncollectible`, `Pause Collection Resumes At`): Stripe keeps the status `active`
///   but collects nothing while paused (its own MRR leaves such subscriptions out). A
///   subscription paused at as-of is read as a paused table row is: not billed in the as-of
///   month, a finding, and its price resuming the range's high end. Before, it billed its full
///   price silently (+$9,600 of ARR on 13% of the fixture's headline).
/// - **A coupon named without its terms** (`Coupon` `25OFF`): the export gives neither percent
///   nor duration, so the price is read at list, an upper bound; a finding gives the ARR of the
///   live subscriptions carrying one, and the range's low end reads them free (a 100% coupon
///   on a design partner is a classic way an ARR figure grows). A row whose percent off is read
///   (``StripeSubscriptionsReader/Role/discount``) is not counted: its discount is known.
enum StripePauseAndCoupon {
  /// Whether `s`'s collection is paused at `asOf`: a live paid status, a pause behaviour, no
  /// resume date or one after the as-of month, and dates that bill it at as-of. A pause
  /// resuming within the as-of month is read as billed there.
  static func isCollectionPaused(_ s: StripeSubscription, at asOf: Month) -> Bool {
    guard s.pauseBehavior != nil, s.status.isPaying,
      s.mrr != nil, s.isBilled(asOf)
    else { return false }
    return s.pauseResumesAt.map { $0.month > asOf } ?? true
  }

  /// Whether `s` carries a coupon whose terms are unknown and bills at `asOf`.
  static func hasUnknownCoupon(_ s: StripeSubscription, at asOf: Month) -> Bool {
    s.coupon != nil && s.discount == 0 && !s.isCouponTermsRead && s.status.isPaying
      && (s.mrr ?? 0) > 0 && s.isBilled(asOf) && !isCollectionPaused(s, at: asOf)
  }

  /// Per account (in `groups` order), the MRR that resuming paused collection adds at `asOf`
  /// (`resume`, the high end) and the MRR of subscriptions carrying a coupon of unknown terms
  /// (`coupon`, off at the low end); appends a finding for each kind present.
  /// - Complexity: O(subscriptions).
  static func check(
    _ groups: [(customer: String, subs: [StripeSubscription])], asOf: Month, file: String,
    headers: [StripeSubscriptionsReader.Role: String], currency: String?, log: inout ImportLog
  ) -> (resume: [Int64], coupon: [Int64]) {
    var resume = [Int64](repeating: 0, count: groups.count)
    var coupon = [Int64](repeating: 0, count: groups.count)
    var paused = [(customer: String, sub: StripeSubscription)]()
    var couponed = [(customer: String, sub: StripeSubscription)]()
    var live = 0
    for (a, group) in groups.enumerated() {
      for s in group.subs {
        if s.status.isPaying, s.isBilled(asOf) { live += 1 }
        if isCollectionPaused(s, at: asOf), let mrr = s.mrr {
          resume[a] = Money.saturatingSum(resume[a], mrr)
          paused.append((group.customer, s))
        } else if hasUnknownCoupon(s, at: asOf), let mrr = s.mrr {
          coupon[a] = Money.saturatingSum(coupon[a], mrr)
          couponed.append((group.customer, s))
        }
      }
    }
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    func arr(_ rows: [(customer: String, sub: StripeSubscription)]) -> Int64 {
      Money.saturatingProduct(
        rows.reduce(Int64(0)) { Money.saturatingSum($0, $1.sub.mrr ?? 0) }, times: 12)
    }
    if let first = paused.min(by: { $0.sub.line < $1.sub.line }) {
      let one = paused.count == 1
      let resumes = first.sub.pauseResumesAt.map { ", resumes \($0)" } ?? ", no resume date"
      log.findings.append(
        "\(file): \(Counted.phrase(paused.count, "subscription", verb: ("has", "have"))) "
          + "collection paused (\"\(headers[.pauseBehavior] ?? "pause_collection")\" "
          + "\(first.sub.pauseBehavior ?? ""), \"\(first.customer)\" on line \(first.sub.line)"
          + "\(resumes)): Stripe keeps the status active but collects nothing while paused, so "
          + "\(one ? "it is" : "they are") not billed in \(asOf) and not in headline ARR (the "
          + "export does not say when the pause began: the months before are billed by the "
          + "dates); if \(one ? "it resumes" : "they resume"), headline ARR is "
          + "\(money(arr(paused))) higher: given as the range")
    }
    if let first = couponed.min(by: { $0.sub.line < $1.sub.line }) {
      let one = couponed.count == 1
      log.findings.append(
        "\(file): \(CountText.grouped(couponed.count)) of \(CountText.grouped(live)) live "
          + "subscription\(live == 1 ? "" : "s") carr\(one ? "ies" : "y") a coupon whose terms "
          + "the export does not give (\"\(headers[.coupon] ?? "coupon")\" "
          + "\(ShownText.bounded(first.sub.coupon ?? "")) on line \(first.sub.line), "
          + "\"\(first.customer)\"): \(one ? "its price is" : "their prices are") read at list, "
          + "\(money(arr(couponed))) of headline ARR, an upper bound; a coupon still in force "
          + "lowers it (to nothing for a free one), so the range's low end leaves "
          + "\(one ? "it" : "them") out; export the coupons' percent off (`percent_off`) or the "
          + "invoice line items to read what \(one ? "it bills" : "they bill")")
    }
    return (resume, coupon)
  }
}
