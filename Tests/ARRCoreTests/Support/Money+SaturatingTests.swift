import ARRCore
import Testing

@Suite("Saturating sums and products of cents")
struct MoneySaturatingTests {
  @Test(
    arguments: [
      (Int64(5), Int64(7), Int64(12)),
      (Int64.max - 1, 1, Int64.max),
      (Int64.max - 1, 2, Int64.max),
      (Int64.max, Int64.max, Int64.max),
      (Int64.min + 1, -2, Int64.min),
      (-5, 3, -2),
    ] as [(Int64, Int64, Int64)])
  func sums(a: Int64, b: Int64, sum: Int64) {
    #expect(Money.saturatingSum(a, b) == sum)
  }

  /// 768,614,336,404,564,650 × 12 = 9,223,372,036,854,775,800 fits; one more cent does not.
  @Test(
    arguments: [
      (Int64(768_614_336_404_564_650), Int64(12), Int64(9_223_372_036_854_775_800)),
      (Int64(768_614_336_404_564_651), 12, Int64.max),
      (Int64(-768_614_336_404_564_651), 12, Int64.min),
      (Int64(768_614_336_404_564_651), -12, Int64.min),
      (Int64(-3), -4, 12),
    ] as [(Int64, Int64, Int64)])
  func products(a: Int64, k: Int64, product: Int64) {
    #expect(Money.saturatingProduct(a, times: k) == product)
  }
}
